package io.zonebrief.render.chart;

import io.zonebrief.render.Display;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * One display unit shared by every value of a chart, so that bars of 129亿 and 4,600万 are drawn on
 * the same scale (both in 亿元), chosen from the largest value the way {@link Display} chooses it.
 *
 * @param label   the display unit (亿元, 万美元, 个…)
 * @param divisor what a base-unit value is divided by
 */
record ChartUnit(String label, double divisor) {

    static ChartUnit of(String baseUnit, double maxAbs) {
        String label = Display.displayUnit(maxAbs, baseUnit);
        double divisor = label.startsWith("亿") && Display.isMoney(baseUnit) ? 1e8
                : label.startsWith("万") && Display.isMoney(baseUnit) ? 1e4 : 1;
        return new ChartUnit(label, divisor);
    }

    double scale(double baseValue) {
        return baseValue / divisor;
    }

    /** The number as the bar label prints it: two decimals in 亿, else up to two. */
    String format(double baseValue) {
        double rounded = BigDecimal.valueOf(scale(baseValue)).setScale(2, RoundingMode.HALF_UP).doubleValue();
        String pattern = divisor == 1e8 ? "#,##0.00" : "#,##0.##";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(rounded);
    }
}
