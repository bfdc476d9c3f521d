package io.zonebrief;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import java.io.IOException;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Reads a reviewer's 修正值 for a figure and refuses what no article could mean: a value that is
 * not a finite number (1e309), one beyond any zone's scale (1e308; the largest figure a zone report
 * states is a few 万亿元), a doubled magnitude (1亿亿), or a negative count or amount, which only a
 * change in percent or percentage points can be.
 */
final class ReviewValue {

    /** 10^15: a thousand 万亿, far above any zone's figure, in any unit. */
    static final double LARGEST = 1e15;

    /** 亿 followed by another magnitude, or 万 twice (1亿亿, 1亿万, 1万万); 万亿 alone is a trillion. */
    private static final Pattern DOUBLED = Pattern.compile("亿.*[万亿]|万.*万");

    private ReviewValue() {
    }

    /**
     * The corrected value of {@code f} in its base unit.
     *
     * @param source the workbook, for messages
     * @throws IOException one line naming the workbook, the figure and what is wrong with the value
     */
    static double parse(String correction, Figure f, String source) throws IOException {
        String text = correction == null ? "" : correction.strip();
        String where = source + ": figure " + f.id() + " is marked 修改 but its 修正值 '" + text + "'";
        if (text.isEmpty()) {
            throw new IOException(where + " is empty");
        }
        if (DOUBLED.matcher(text).find()) {
            throw new IOException(where + " repeats a magnitude (write 1万亿, not 1亿亿)");
        }
        OptionalDouble v = FigureExtractor.parseValue(text, f.unit());
        if (v.isEmpty()) {
            throw new IOException(where + " is not a value in " + f.unit());
        }
        double value = v.getAsDouble();
        // the scanner reads 3亿元 out of -3亿元 and drops the sign; a reviewer's minus is meant
        if (value > 0 && (text.startsWith("-") || text.startsWith("−") || text.startsWith("负"))) {
            value = -value;
        }
        if (!Double.isFinite(value) || Math.abs(value) > LARGEST) {
            throw new IOException(where + " is not a plausible value (at most 10^15 " + f.unit() + ")");
        }
        if (value < 0 && f.value() >= 0 && !signed(f.unit())) {
            throw new IOException(where + " is negative, but a count or amount in " + f.unit() + " cannot be");
        }
        return value;
    }

    /** Units whose values may fall below zero: a change in percent or in percentage points. */
    private static boolean signed(String unit) {
        return unit != null && (unit.contains("%") || unit.contains("百分点") || unit.contains("‰"));
    }
}
