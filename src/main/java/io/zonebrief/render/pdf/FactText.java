package io.zonebrief.render.pdf;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.render.Display;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.summary.Fact;

/** How the briefing words a fact's number, period and modality; one place so tables and text agree. */
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

    static String value(Fact f) {
        return value(f.value(), f.unit(), f.qualifier());
    }

    static String period(Fact f) {
        return ChartPlanner.periodLabel(f.period());
    }

    static String modality(Modality m) {
        return switch (m) {
            case ACTUAL -> "实际";
            case TARGET -> "目标";
            case UNKNOWN -> "未明";
        };
    }
}
