package io.zonebrief.render.excel;

import io.zonebrief.render.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value as a sheet shows it: the number in display units (129.53 for 12953000000 元), that unit
 * (亿元) and the text a report would print, written by {@link NumberStyle} as the briefing writes it
 * (32.1亿元, 21.28万平方米, 500余株). Numbers that are compared side by side (a column, a chart) must
 * share one display unit, which {@link #in} provides.
 *
 * @param number value in {@code unit}
 * @param unit   display unit
 * @param text   display text such as "129.53亿元"
 */
record Shown(double number, String unit, String text) {

    /** The value in its own display unit, as {@link NumberStyle} writes it. */
    static Shown of(double value, String baseUnit) {
        return new Shown(tidy(NumberStyle.scaled(value, baseUnit)), NumberStyle.displayUnit(value, baseUnit),
                NumberStyle.format(value, baseUnit));
    }

    /** The value in the display unit {@code displayUnit} chose for another value of the same base unit. */
    static Shown in(double value, String baseUnit, String displayUnit) {
        double n = tidy(value / NumberStyle.divisor(baseUnit, displayUnit));
        return new Shown(n, displayUnit, NumberStyle.number(value, baseUnit, displayUnit) + displayUnit);
    }

    /** The display unit shared by values of one base unit: the one the largest value needs. */
    static String commonUnit(Iterable<Double> values, String baseUnit) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return NumberStyle.displayUnit(max, baseUnit);
    }

    /** The number text alone, for measuring a column. */
    String numberText() {
        return text.endsWith(unit) ? text.substring(0, text.length() - unit.length()) : text;
    }

    /** Drops binary noise such as 129.52999999999 left by dividing by 1e8. */
    private static double tidy(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return v;
        }
        return BigDecimal.valueOf(v).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }
}
