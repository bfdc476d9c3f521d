package io.zonebrief.render.pdf;

import io.zonebrief.extract.Qualifier;
import io.zonebrief.render.Display;
import io.zonebrief.render.FactWords;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.summary.Fact;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How the briefing words a fact's number, time and nature; one place so tables and text agree. */
final class FactText {

    private FactText() {
    }

    /**
     * The value in display units with its qualifier: "129.53亿元", "近150亿元", "65余家"; "超150.00亿元"
     * where 余 after decimals or before a percent sign would read oddly.
     */
    static String value(double value, String unit, Qualifier qualifier) {
        String number = Display.number(value, unit);
        String shown = Display.displayUnit(value, unit);
        return switch (qualifier) {
            case EXACT -> number + shown;
            case NEARLY, ABOUT -> qualifier.word() + number + shown;
            case MORE_THAN -> number.contains(".") || shown.equals("%") || shown.equals("个百分点")
                    ? "超" + number + shown : number + qualifier.word() + shown;
        };
    }

    /**
     * The number alone in a given display unit, with its qualifier, for tables that print the unit in
     * a column of its own: "10.52", "超150.00", "65余".
     */
    static String number(double value, String unit, String shownUnit, Qualifier qualifier) {
        boolean money = Display.isMoney(unit);
        double divisor = money && shownUnit.startsWith("亿") ? 1e8 : money && shownUnit.startsWith("万") ? 1e4 : 1;
        double scaled = BigDecimal.valueOf(value / divisor).setScale(2, RoundingMode.HALF_UP).doubleValue();
        String pattern = divisor == 1e8 ? "#,##0.00" : "#,##0.##";
        String number = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(scaled);
        return switch (qualifier) {
            case EXACT -> number;
            case NEARLY, ABOUT -> qualifier.word() + number;
            case MORE_THAN -> number.contains(".") || "%".equals(unit) ? "超" + number : number + qualifier.word();
        };
    }

    static String value(Fact f) {
        return value(f.value(), f.unit(), f.qualifier());
    }

    /** The period of a flow, "截至2024年10月" for a stock, "—" for a figure that has no period. */
    static String period(Fact f) {
        return FactWords.when(f, ChartPlanner.periodLabel(null));
    }

    /** 实际, 目标, 计划, 拟签约/在谈, 预计, 政策标准 or 未明. */
    static String nature(Fact f) {
        return FactWords.nature(f.nature());
    }
}
