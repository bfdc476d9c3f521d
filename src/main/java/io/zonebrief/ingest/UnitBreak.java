package io.zonebrief.ingest;

import java.util.regex.Pattern;

/**
 * Whether a line break falls between a number and its unit: "完成投资500" or "完成投资500 万" at a
 * line's end and "万元，同比…" or "元，…" opening the next. Text wrapped at a fixed width (a PDF's
 * lines, a plain-text file with hard line breaks) cuts figures so, and the two lines then belong together
 * whatever else separates them.
 */
public final class UnitBreak {

    /** A line that ends in a number, perhaps with its scale word: "完成投资500 万", "增长12.5". */
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("\\d(\\.\\d+)?\\s?[万亿千]?$");
    /** A line that opens with a unit a number before it lacks: "元，同比…", "% 。", "个百分点". */
    private static final Pattern OPENS_WITH_UNIT = Pattern.compile(
            "[万亿]?(元|美元|欧元|日元|港元|%|％|‰|个百分点|平方米|平方公里|公顷|亩|吨|千瓦|兆瓦|公里|米|家|个|项|人|户|台|套)(?![A-Za-z0-9])");
    /** The last characters a line ending in a number can have: tested before any pattern runs. */
    private static final String QUICK_NUMBER_END = "0123456789万亿千";

    private UnitBreak() {
    }

    /**
     * Whether the break between two stripped, non-empty lines cuts a number from its unit. A line that
     * is only a number (a page number, a table cell) does not count: its unit would have been written
     * beside it.
     */
    public static boolean splits(String line, String next) {
        char last = line.charAt(line.length() - 1);
        if (QUICK_NUMBER_END.indexOf(last) < 0 || !ENDS_IN_NUMBER.matcher(line).find()
                || Character.isDigit(line.charAt(0)) && line.chars().allMatch(c -> c < 0x80 || "万亿千".indexOf(c) >= 0)) {
            return false;
        }
        return OPENS_WITH_UNIT.matcher(next).lookingAt();
    }
}
