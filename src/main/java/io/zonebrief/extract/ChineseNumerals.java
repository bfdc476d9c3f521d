package io.zonebrief.extract;

/**
 * Reads Chinese numerals into numbers: 一百二十三, 两千, 十万, 拾万零五十六 (the financial forms
 * 壹贰叁…拾佰仟 too), 四十九兆九千五百九十二亿, spoken abbreviations (一万五 is 15000, 三千五 is 3500),
 * decimals (三点五) and approximate pairs (二三十 is 20 to 30, 十五六 is 15 to 16). The grammar is
 * strict: a malformed run (七十百, 五三) reads as nothing rather than as a wrong number.
 */
final class ChineseNumerals {

    /** A number as read: a single value, or the two ends of an approximate pair. */
    record Reading(double low, Double high) {
        boolean isPair() {
            return high != null;
        }
    }

    private static final String DIGIT_CHARS = "零〇一二两三四五六七八九壹贰貳叁参參肆伍陆陸柒捌玖";
    private static final String UNIT_CHARS = "十拾百佰千仟万萬亿億";
    /** DIGIT_CHARS and UNIT_CHARS by character: the scanner asks of every character of a text. */
    private static final boolean[] NUMERAL_CHARS = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : (DIGIT_CHARS + UNIT_CHARS).toCharArray()) {
            NUMERAL_CHARS[c] = true;
        }
    }
    private static final double WAN = 1e4;
    private static final double YI = 1e8;
    private static final double ZHAO = 1e12;

    private ChineseNumerals() {
    }

    /** A character that can start or continue a numeral run; 兆 only continues one (see {@link #isZhao}). */
    static boolean isNumeralChar(char c) {
        return NUMERAL_CHARS[c];
    }

    /** 兆 is 10^12 inside a numeral (四十九兆九千…), but also the 兆 of 兆瓦; the scanner decides which. */
    static boolean isZhao(char c) {
        return c == '兆';
    }

    /** 壹贰叁…拾佰仟: also parts of words (队伍, 陆续, 参加), so they count only in runs of two or more. */
    static boolean isFinancial(char c) {
        return "壹贰貳叁参參肆伍陆陸柒捌玖拾佰仟".indexOf(c) >= 0;
    }

    static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一', '壹' -> 1;
            case '二', '两', '贰', '貳' -> 2;
            case '三', '叁', '参', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }

    static long unit(char c) {
        return switch (c) {
            case '十', '拾' -> 10L;
            case '百', '佰' -> 100L;
            case '千', '仟' -> 1000L;
            case '万', '萬' -> 10_000L;
            case '亿', '億' -> 100_000_000L;
            case '兆' -> 1_000_000_000_000L;
            default -> -1L;
        };
    }

    /** The value of a run that is one number (not a pair), or -1 when it is not a well-formed number. */
    static double parse(String s) {
        Reading r = read(s);
        return r == null || r.isPair() ? -1 : r.low();
    }

    /** The number or approximate pair a run of numeral characters writes, or null when malformed. */
    static Reading read(String s) {
        if (s.isEmpty()) {
            return null;
        }
        int dot = s.indexOf('点');
        if (dot >= 0) {
            return decimal(s, dot);
        }
        int pair = pairAt(s);
        if (pair >= 0) {
            double low = integer(s.substring(0, pair + 1) + s.substring(pair + 2));
            double high = integer(s.substring(0, pair) + s.substring(pair + 1));
            return low < 0 || high <= low ? null : new Reading(low, high);
        }
        double v = integer(s);
        return v < 0 ? null : new Reading(v, null);
    }

    /** 三点五, 十二点零五: an integer part, then digits only. */
    private static Reading decimal(String s, int dot) {
        double whole = dot == 0 ? -1 : integer(s.substring(0, dot));
        String frac = s.substring(dot + 1);
        if (whole < 0 || frac.isEmpty()) {
            return null;
        }
        StringBuilder digits = new StringBuilder(frac.length());
        for (int i = 0; i < frac.length(); i++) {
            int d = digit(frac.charAt(i));
            if (d < 0 || frac.charAt(i) == '两') {
                return null;
            }
            digits.append((char) ('0' + d));
        }
        return new Reading(new java.math.BigDecimal(((long) whole) + "." + digits).doubleValue(), null);
    }

    /**
     * Where an approximate pair of digits starts (二三十, 三五家, 一两个), or -1. A pair is two adjacent
     * non-zero digits, the second one more than the first (or 三五), with no other digit beside them.
     */
    private static int pairAt(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            int a = digit(s.charAt(i));
            int b = digit(s.charAt(i + 1));
            if (a > 0 && b > 0) {
                boolean alone = (i == 0 || digit(s.charAt(i - 1)) < 0)
                        && (i + 2 >= s.length() || digit(s.charAt(i + 2)) < 0);
                boolean next = b == a + 1 || (a == 3 && b == 5);
                return alone && next ? i : -1;
            }
        }
        return -1;
    }

    /** An integer: sections split at 兆, 亿 and 万, each below 万 read by {@link #section}. */
    private static double integer(String s) {
        if (allDigits(s)) {
            return digitByDigit(s);
        }
        for (char big : new char[] {'兆', '亿', '億', '万', '萬'}) {
            int at = s.indexOf(big);
            if (at < 0) {
                continue;
            }
            double factor = unit(big);
            double left = at == 0 ? 1 : integer(s.substring(0, at));
            double right = rest(s.substring(at + 1), factor);
            return left < 0 || right < 0 ? -1 : left * factor + right;
        }
        return section(s);
    }

    /** What follows a big unit: nothing, 零 and a smaller number, one digit (一万五 = 15000), or a smaller number. */
    private static double rest(String s, double factor) {
        if (s.isEmpty()) {
            return 0;
        }
        int d = digit(s.charAt(0));
        if (s.length() == 1 && d > 0) {
            return d * factor / 10;
        }
        String body = s;
        while (!body.isEmpty() && digit(body.charAt(0)) == 0) {
            body = body.substring(1);
        }
        double v = body.isEmpty() ? -1 : integer(body);
        return v >= factor ? -1 : v;
    }

    /** A number below 10^4: 千, 百, 十 in falling order, each after one digit (十 may stand alone first). */
    private static double section(String s) {
        double total = 0;
        long last = 10_000;
        int pending = -1;
        boolean zero = false;
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d = digit(c);
            if (d == 0) {
                if (pending >= 0) {
                    return -1;
                }
                zero = true;
                continue;
            }
            if (d > 0) {
                if (pending >= 0) {
                    return -1;
                }
                pending = d;
                continue;
            }
            long u = unit(c);
            if (u < 10 || u >= last) {
                return -1;
            }
            int coefficient = pending;
            if (coefficient < 0) {
                if (any || zero) {
                    return -1;
                }
                coefficient = 1; // 十五, 上百, 近千: a leading unit is one of it
            }
            total += coefficient * u;
            last = u;
            pending = -1;
            zero = false;
            any = true;
        }
        if (pending >= 0) {
            // 三千五 is 3500, 一百零五 is 105, 二十五 is 25
            total += zero || last <= 10 || !any ? pending : pending * (last / 10);
        } else if (!any && !zero) {
            return -1;
        }
        return total;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (digit(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * 二〇二四, 一九九八: a run of bare digits reads digit by digit when it is a year (four digits) or
     * holds a zero; two or three bare digits without one (五三) are not a number.
     */
    private static double digitByDigit(String s) {
        if (s.length() == 1) {
            return digit(s.charAt(0));
        }
        if (s.length() != 4 && s.indexOf('〇') < 0 && s.indexOf('零') < 0) {
            return -1;
        }
        double v = 0;
        for (int i = 0; i < s.length(); i++) {
            v = v * 10 + digit(s.charAt(i));
        }
        return v;
    }
}
