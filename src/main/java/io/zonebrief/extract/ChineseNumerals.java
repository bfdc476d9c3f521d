package io.zonebrief.extract;

/**
 * Parses Chinese numerals (一百二十三, 两千, 三十, 〇/零, 1.2万 mixed with Arabic digits are handled
 * by the scanner) into numbers.
 */
final class ChineseNumerals {

    static final String DIGITS = "零〇一二两三四五六七八九";
    static final String UNITS = "十百千万亿";

    private ChineseNumerals() {
    }

    static boolean isNumeralChar(char c) {
        return DIGITS.indexOf(c) >= 0 || UNITS.indexOf(c) >= 0;
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十' -> 10L;
            case '百' -> 100L;
            case '千' -> 1000L;
            case '万' -> 10_000L;
            case '亿' -> 100_000_000L;
            default -> -1L;
        };
    }

    /**
     * Value of a run of numeral characters, or -1 when it is not a well-formed number. A run of bare
     * digits (二〇二四) reads digit by digit.
     */
    static double parse(String s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean allDigits = true;
        for (int i = 0; i < s.length(); i++) {
            if (digit(s.charAt(i)) < 0) {
                allDigits = false;
                break;
            }
        }
        if (allDigits && s.length() > 1) {
            double v = 0;
            for (int i = 0; i < s.length(); i++) {
                v = v * 10 + digit(s.charAt(i));
            }
            return v;
        }
        double total = 0;
        double section = 0;
        double number = 0;
        boolean pending = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                pending = true;
                continue;
            }
            long u = unit(c);
            if (u < 0) {
                return -1;
            }
            if (u >= 10_000) {
                section = (section + (pending ? number : 0)) * u;
                if (section == 0) {
                    section = u;
                }
                total += section;
                section = 0;
            } else {
                section += (pending ? number : 1) * u;
            }
            number = 0;
            pending = false;
        }
        return total + section + (pending ? number : 0);
    }
}
