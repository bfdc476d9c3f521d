package io.zonebrief.render.excel;

import io.zonebrief.render.Display;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A value as a sheet shows it: the number in display units (129.53 for 12,953,000,000 元), that
 * unit (亿元) and the text a report would print. Numbers that are compared side by side (a
 * column, a chart) must share one display unit, which {@link #in} provides.
 *
 * @param number value in {@code unit}
 * @param unit   display unit
 * @param text   display text such as "129.53亿元"
 */
record Shown(double number, String unit, String text) {

    /** The value in its own display unit, as {@link Display} would print it. */
    static Shown of(double value, String baseUnit) {
        return new Shown(tidy(Display.scaled(value, baseUnit)), Display.displayUnit(value, baseUnit),
                Display.format(value, baseUnit));
    }

    /** The value in the display unit {@code displayUnit} chose for another value of the same base unit. */
    static Shown in(double value, String baseUnit, String displayUnit) {
        double factor = displayUnit.equals(baseUnit) ? 1 : displayUnit.startsWith("亿") ? 1e8
                : displayUnit.startsWith("万") ? 1e4 : 1;
        double n = tidy(value / factor);
        String text = factor == 1 ? Display.format(n, baseUnit)
                : new java.text.DecimalFormat("#,##0.00", java.text.DecimalFormatSymbols.getInstance(
                        java.util.Locale.ROOT)).format(n) + displayUnit;
        return new Shown(n, displayUnit, text);
    }

    /** The display unit shared by values of one base unit: the one the largest value needs. */
    static String commonUnit(Iterable<Double> values, String baseUnit) {
        double max = 0;
        for (double v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return Display.displayUnit(max, baseUnit);
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
