package io.zonebrief.render;

import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.UnitSummary;
import java.time.YearMonth;

/**
 * The Chinese words reports use for whose a number is, what kind of statement it is and how it
 * relates to time, in one place so that the briefing, its charts and the workbook say the same: a plan is never
 * printed as 实际, and a level as of a month ("截至2024年10月") never reads as that month's flow.
 */
public final class FactWords {

    /** The time cell of a figure that has no period at all (a total investment, a capacity). */
    public static final String NO_TIME = "—";
    private static final String NO_DATE = "时点未注明";

    private FactWords() {
    }

    /** 实际, 目标, 计划, 规模, 拟签约/在谈, 预计, 政策标准 or 未明. */
    public static String nature(Nature n) {
        return switch (n) {
            case ACHIEVED -> "实际";
            case GOAL -> "目标";
            case PLAN -> "计划";
            case ATTRIBUTE -> "规模";
            case PIPELINE -> "拟签约/在谈";
            case PROSPECTS -> "洽谈/意向";
            case FORECAST -> "预计";
            case POLICY -> "政策标准";
            case UNSTATED -> "未明";
        };
    }

    /** 高新区, 园区, 项目, 企业 or 其他. */
    public static String subject(SubjectKind k) {
        return switch (k) {
            case ZONE -> "高新区";
            case PARK -> "园区";
            case PROJECT -> "项目";
            case ENTERPRISE -> "企业";
            case OTHER -> "其他";
        };
    }

    /** "园区：科技产业综合体", or "项目（未具名）" when the article names none. */
    public static String unitName(UnitSummary u) {
        return u.name() == null ? u.displayName() : subject(u.kind()) + "：" + u.name();
    }

    /** 期间 for a flow, 时点 for a stock, 无 for a figure without a period. */
    public static String periodKind(PeriodKind k) {
        return switch (k) {
            case FLOW -> "期间";
            case STOCK -> "时点";
            case NONE -> "无";
        };
    }

    /** "截至2024年10月", or "时点未注明" when the article dates the level nowhere. */
    public static String asOf(YearMonth at) {
        return at == null ? NO_DATE : "截至" + at.getYear() + "年" + at.getMonthValue() + "月";
    }

    /**
     * When a figure holds: the period of a flow ({@code noPeriod} when the text leaves it unsaid), the
     * month a stock stands as of, or {@link #NO_TIME} for a figure that has no period.
     */
    public static String when(PeriodKind kind, Period period, YearMonth asOf, String noPeriod) {
        return switch (kind) {
            case FLOW -> period == null ? noPeriod : period.label();
            case STOCK -> asOf(asOf != null ? asOf : period == null ? null : period.to());
            case NONE -> NO_TIME;
        };
    }

    /** {@link #when(PeriodKind, Period, YearMonth, String)} of a fact. */
    public static String when(Fact f, String noPeriod) {
        return when(f.periodKind(), f.period(), f.asOf(), noPeriod);
    }
}
