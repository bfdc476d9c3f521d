package io.zonebrief.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number display conventions of the workbook's display values: money in 亿元 with two decimals (万元
 * for small amounts), counts with thousands separators, percentages with up to two decimals. The
 * briefing, its charts and sentences use {@link NumberStyle} (official usage: source precision, 万/亿,
 * no separators, the article's qualifier words), which the workbook's display values are to follow.
 */
public final class Display {

    private static final double YI = 1e8;
    private static final double WAN = 1e4;

    private Display() {
    }

    /** A value in display units with its unit, e.g. "129.53亿元", "4,600万元", "41个", "104.68%". */
    public static String format(double value, String unit) {
        return number(value, unit) + displayUnit(value, unit);
    }

    /** The unit a value is shown in: 亿元 / 万元 for money, 万美元 for foreign money, else the unit. */
    public static String displayUnit(double value, String unit) {
        if (isMoney(unit)) {
            double abs = Math.abs(value);
            if (abs >= YI) {
                return "亿" + unit;
            }
            if (abs >= WAN) {
                return "万" + unit;
            }
        }
        return unit;
    }

    /** The number part of {@link #format}, scaled to {@link #displayUnit}. */
    public static String number(double value, String unit) {
        double scaled = scaled(value, unit);
        String u = displayUnit(value, unit);
        if (u.startsWith("亿")) {
            return pattern("#,##0.00").format(round(scaled, 2));
        }
        if (u.startsWith("万")) {
            return pattern("#,##0.##").format(round(scaled, 2));
        }
        return pattern("#,##0.##").format(round(scaled, 2));
    }

    /** The value divided into its display unit (129.53 for 12953000000 元). */
    public static double scaled(double value, String unit) {
        String u = displayUnit(value, unit);
        if (u.startsWith("亿") && isMoney(unit)) {
            return value / YI;
        }
        if (u.startsWith("万") && isMoney(unit)) {
            return value / WAN;
        }
        return value;
    }

    /** True for 元 and foreign currencies, which are shown in 万/亿 units. */
    public static boolean isMoney(String unit) {
        return unit != null && (unit.equals("元") || unit.endsWith("元") || unit.equals("美元") || unit.equals("欧元")
                || unit.equals("港元") || unit.equals("日元"));
    }

    private static double round(double v, int places) {
        return BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static DecimalFormat pattern(String p) {
        return new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT));
    }
}
