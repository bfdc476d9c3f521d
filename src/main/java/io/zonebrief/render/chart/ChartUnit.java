package io.zonebrief.render.chart;

import io.zonebrief.render.NumberStyle;

/**
 * One display unit shared by every value of a chart, so that bars of 129亿 and 4600万 are drawn on
 * the same scale (both in 亿元), chosen from the largest value the way {@link NumberStyle} chooses it.
 *
 * @param baseUnit the unit of the values (元, 个…)
 * @param label    the display unit (亿元, 万美元, 个…)
 */
record ChartUnit(String baseUnit, String label) {

    static ChartUnit of(String baseUnit, double maxAbs) {
        return new ChartUnit(baseUnit, NumberStyle.displayUnit(maxAbs, baseUnit));
    }

    double scale(double baseValue) {
        return baseValue / NumberStyle.divisor(baseUnit, label);
    }

    /** The number as the bar label prints it: at most two decimals, no trailing zeros or separators. */
    String format(double baseValue) {
        return NumberStyle.number(baseValue, baseUnit, label);
    }
}
