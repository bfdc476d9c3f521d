package io.zonebrief.render.excel;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.FactWords;
import io.zonebrief.render.NumberStyle;
import java.time.YearMonth;

/**
 * The Chinese words the workbook shows for enum values, so that every sheet says the same; the words
 * for nature, subject and time are the briefing's ({@link FactWords}).
 */
final class Labels {

    private static final String NO_PERIOD = "未注明";

    private Labels() {
    }

    static String modality(Modality m) {
        return switch (m) {
            case ACTUAL -> "实际";
            case TARGET -> "目标";
            case UNKNOWN -> "未知";
        };
    }

    /** 实际, 目标, 计划, 拟签约/在谈, 预计, 政策标准 or 未明. */
    static String nature(Nature n) {
        return FactWords.nature(n);
    }

    static String subject(SubjectKind k) {
        return FactWords.subject(k);
    }

    /** 期间, 时点 or 无. */
    static String periodKind(PeriodKind k) {
        return FactWords.periodKind(k);
    }

    /**
     * The qualifier words as the article wrote them next to the figure's number (以上 in 200亿元以上,
     * 不低于, 余, 近…), or "" for an exact number; without a figure whose value and qualifier are
     * those shown, the word the qualifier stands for.
     *
     * @param figure the figure the value comes from, or null
     */
    static String qualifier(Qualifier q, double value, Figure figure) {
        boolean own = figure != null && figure.qualifier() == q && figure.value() == value;
        return NumberStyle.qualifierWords(own ? figure.text() : null, q);
    }

    static String period(Period p) {
        return p == null ? NO_PERIOD : p.label();
    }

    /** The period of a flow, "截至2024年10月" for a level, "—" for a figure that has no period. */
    static String when(PeriodKind kind, Period p, YearMonth asOf) {
        return FactWords.when(kind, p, asOf, NO_PERIOD);
    }

    /** "2024-10", or null when the figure is not a level as of a month. */
    static String asOf(YearMonth at) {
        return at == null ? null : at.toString();
    }

    static String role(String role) {
        if (role == null) {
            return "";
        }
        return switch (role) {
            case "part" -> "分项";
            case "growth" -> "增速";
            case "share" -> "占比";
            default -> role;
        };
    }
}
