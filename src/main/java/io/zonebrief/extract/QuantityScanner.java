package io.zonebrief.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers with their units in normalised sentence text: Arabic numbers with separators and
 * decimals, Chinese numerals, mixed forms (1.2万, 4千余), 百分之十五, ranges (3至5个), and the
 * qualifiers written around them (超, 近, 约, 余, 多, 以上, 左右). Numbers with neither a unit nor a
 * scale word are not quantities; numbers that only classify (亿元以上项目) are dropped here.
 */
final class QuantityScanner {

    private static final String[] PREFIX_MORE = {"不低于", "不少于", "超过", "突破", "逾", "超"};
    private static final String[] PREFIX_NEARLY = {"接近", "将近", "不到", "不足", "近"};
    private static final String[] PREFIX_ABOUT = {"大约为", "约为", "大约", "约"};
    private static final String RANGE = "至到~～—-－";
    private static final String SCALES = "万亿千百";

    private QuantityScanner() {
    }

    static List<Quantity> scan(String s) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            Quantity q = null;
            char c = s.charAt(i);
            if (isDigit(c) && (i == 0 || !isWordChar(s.charAt(i - 1)))) {
                q = arabic(s, i);
            } else if (s.startsWith("百分之", i)) {
                q = percentWords(s, i);
            } else if (ChineseNumerals.isNumeralChar(c) && (i == 0 || !ChineseNumerals.isNumeralChar(s.charAt(i - 1)))) {
                q = chinese(s, i);
            }
            if (q != null) {
                out.add(q);
                i = Math.max(q.end(), i + 1);
            } else {
                i = skipNumber(s, i);
            }
        }
        return out;
    }

    private static int skipNumber(String s, int i) {
        if (!isDigit(s.charAt(i))) {
            return i + 1;
        }
        int j = i;
        while (j < s.length() && (isDigit(s.charAt(j)) || s.charAt(j) == '.')) {
            j++;
        }
        return Math.max(j, i + 1);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isWordChar(char c) {
        return isDigit(c) || c == '.' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** End of an Arabic number at i: digits, thousands groups, one decimal part. */
    private static int arabicEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n && isDigit(s.charAt(j))) {
            j++;
        }
        while (j + 3 < n + 0 && s.charAt(j) == ',' && j + 3 <= n - 0 && allDigits(s, j + 1, j + 4)
                && (j + 4 >= n || !isDigit(s.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < n && s.charAt(j) == '.' && isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static Quantity arabic(String s, int i) {
        int j = arabicEnd(s, i);
        double v;
        try {
            v = Double.parseDouble(s.substring(i, j).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        Double to = null;
        if (j + 1 < s.length() && RANGE.indexOf(s.charAt(j)) >= 0 && isDigit(s.charAt(j + 1))) {
            int k = arabicEnd(s, j + 1);
            double hi = Double.parseDouble(s.substring(j + 1, k).replace(",", ""));
            if (hi > v) {
                to = hi;
                j = k;
            }
        }
        return finish(s, i, j, v, to);
    }

    private static Quantity chinese(String s, int i) {
        int j = i;
        boolean hasDigit = false;
        while (j < s.length() && ChineseNumerals.isNumeralChar(s.charAt(j))) {
            hasDigit |= ChineseNumerals.digit(s.charAt(j)) >= 0;
            j++;
        }
        // 十几人, 二十几家: "some tens" is more than the round number
        boolean some = j < s.length() && s.charAt(j - 1) == '十'
                && (s.charAt(j) == '几' || s.charAt(j) == '余' || s.charAt(j) == '多');
        // 百家企业, 百亿元大关, 千亿级: round scale words without a digit are manners of speaking,
        // unless a qualifier makes them an estimate (近千家, 上万人)
        if (!hasDigit && !some && prefix(s, i) == Qualifier.EXACT && !(i > 0 && s.charAt(i - 1) == '上')) {
            return null;
        }
        double v = ChineseNumerals.parse(s.substring(i, j));
        if (some) {
            j += s.charAt(j) == '几' ? 1 : 0;
            Quantity q = finish(s, i, j, v, null);
            return q == null ? null : new Quantity(q.start(), q.end(), q.numStart(), q.unitEnd(), q.value(), q.valueTo(),
                    q.unit(), q.kind(), Qualifier.MORE_THAN);
        }
        if (v < 2) {
            return null;
        }
        // a Chinese scale char right before a unit (三十万元) belongs to the unit table
        while (j - 1 > i && Unit.at(s, j - 1) != null && SCALES.indexOf(s.charAt(j - 1)) >= 0
                && Unit.at(s, j) == null) {
            j--;
            v = ChineseNumerals.parse(s.substring(i, j));
        }
        return finish(s, i, j, v, null);
    }

    private static Quantity percentWords(String s, int i) {
        int j = i + 3;
        int k = j;
        if (k < s.length() && isDigit(s.charAt(k))) {
            k = arabicEnd(s, k);
            double v = Double.parseDouble(s.substring(j, k).replace(",", ""));
            return new Quantity(i, k, i, k, v, null, "%", Unit.Kind.PERCENT, Qualifier.EXACT);
        }
        while (k < s.length() && (ChineseNumerals.isNumeralChar(s.charAt(k)) || s.charAt(k) == '点')) {
            k++;
        }
        String words = s.substring(j, k);
        double v;
        int dot = words.indexOf('点');
        if (dot > 0) {
            double whole = ChineseNumerals.parse(words.substring(0, dot));
            String frac = words.substring(dot + 1);
            double f = ChineseNumerals.parse(frac);
            v = whole + f / Math.pow(10, frac.length());
        } else {
            v = ChineseNumerals.parse(words);
        }
        if (v < 0 || k == j) {
            return null;
        }
        Qualifier q = prefix(s, i);
        int end = k;
        if (s.startsWith("左右", k)) {
            q = Qualifier.ABOUT;
            end += 2;
        } else if (s.startsWith("以上", k)) {
            q = Qualifier.MORE_THAN;
            end += 2;
        }
        return new Quantity(prefixStart(s, i), end, i, k, v, null, "%", Unit.Kind.PERCENT, q);
    }

    /** What follows a number: scale words (万, 亿), 余/多, and the unit, ending at {@code end}. */
    private record Tail(double scale, boolean more, Unit unit, int end) {
    }

    private static Tail tail(String s, int j) {
        double scale = 1;
        boolean more = false;
        while (j < s.length()) {
            Unit unit = Unit.at(s, j);
            if (unit != null) {
                return new Tail(scale, more, unit, j);
            }
            char c = s.charAt(j);
            if ((c == '余' || c == '多') && !more) {
                more = true;
            } else if (SCALES.indexOf(c) >= 0 && c != '百') {
                scale *= ChineseNumerals.unit(c);
            } else {
                break;
            }
            j++;
        }
        return new Tail(scale, more, null, j);
    }

    /** Scale words, 余/多 and the unit after the number ending at j. */
    private static Quantity finish(String s, int numStart, int j, double v, Double to) {
        Tail t = tail(s, j);
        Qualifier q = t.more() ? Qualifier.MORE_THAN : prefix(s, numStart);
        int start = t.more() ? numStart : prefixStart(s, numStart);
        Unit unit = t.unit();
        j = t.end();
        if (unit == null || "个".equals(unit.surface())) {
            // "2.1和4个百分点", "2.1个和4个百分点": the unit written once serves both numbers
            Unit shared = sharedUnit(s, unit == null ? j : j + 1);
            if (shared != null) {
                int unitEnd = shared.surface().equals("个百分点") && s.startsWith("个", j) ? j + 1 : j;
                return quantity(start, unitEnd, numStart, unitEnd, v, to, t.scale(), shared, q);
            }
        }
        if (unit == null) {
            return t.scale() == 1 ? null : new Quantity(start, j, numStart, j, times(v, t.scale()),
                    to == null ? null : times(to, t.scale()), null, null, q);
        }
        int unitEnd = j + unit.surface().length();
        int end = unit.kind() == Unit.Kind.MONEY && s.startsWith("人民币", unitEnd) ? unitEnd + 3 : unitEnd;
        if (unit.isMoney() && q == Qualifier.MORE_THAN
                && (s.startsWith("的企业", end) || s.startsWith("的项目", end) || s.startsWith("的工业企业", end))) {
            return null; // "营业收入超过十亿元的企业": a size class
        }
        if (s.startsWith("以上", end) || s.startsWith("以下", end)) {
            if (classifies(s, end + 2)) {
                return null;
            }
            q = s.startsWith("以上", end) ? Qualifier.MORE_THAN : q;
            end += 2;
        } else if (s.startsWith("左右", end)) {
            q = Qualifier.ABOUT;
            end += 2;
        } else if (s.startsWith("余", end) && unit.kind() != Unit.Kind.COUNT) {
            q = Qualifier.MORE_THAN;
            end += 1;
        }
        return quantity(start, end, numStart, unitEnd, v, to, t.scale(), unit, q);
    }

    /** Decimal multiplication, so 129.53亿 is exactly 12953000000. */
    static double times(double v, double factor) {
        return java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(factor)).doubleValue();
    }

    private static Quantity quantity(int start, int end, int numStart, int unitEnd, double v, Double to, double scale,
                                     Unit unit, Qualifier q) {
        double f = scale * unit.factor();
        return new Quantity(start, end, numStart, unitEnd, times(v, f), to == null ? null : times(to, f),
                unit.canonical(), unit.kind(), q);
    }

    /** The unit of the next number when only a 和/、/至 stands between, for a number written without one. */
    private static Unit sharedUnit(String s, int at) {
        if (at >= s.length() || "和、与及或至".indexOf(s.charAt(at)) < 0 || at + 1 >= s.length()
                || !isDigit(s.charAt(at + 1))) {
            return null;
        }
        int k = arabicEnd(s, at + 1);
        while (k < s.length() && SCALES.indexOf(s.charAt(k)) >= 0 && Unit.at(s, k) == null) {
            return null; // a scale word on the second number only: not the same unit
        }
        Unit next = Unit.at(s, k);
        return next != null && (next.kind() == Unit.Kind.POINTS || next.kind() == Unit.Kind.PERCENT) ? next : null;
    }

    /** "亿元以上项目", "5000万元以上的企业": a size class, not a figure. */
    private static boolean classifies(String s, int at) {
        String rest = s.substring(at, Math.min(s.length(), at + 6));
        if (rest.startsWith("的")) {
            rest = rest.substring(1);
        }
        for (String w : new String[] {"项目", "企业", "工业企业", "重点项目", "规模", "产业", "客商", "大项目", "重大项目"}) {
            if (rest.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static Qualifier prefix(String s, int numStart) {
        String before = s.substring(Math.max(0, numStart - 3), numStart).stripTrailing();
        if (endsWithAny(before, PREFIX_MORE) != null) {
            return Qualifier.MORE_THAN;
        }
        if (endsWithAny(before, PREFIX_NEARLY) != null && !before.endsWith("最近") && !before.endsWith("附近")) {
            return Qualifier.NEARLY;
        }
        if (endsWithAny(before, PREFIX_ABOUT) != null) {
            return Qualifier.ABOUT;
        }
        return Qualifier.EXACT;
    }

    private static int prefixStart(String s, int numStart) {
        String before = s.substring(Math.max(0, numStart - 3), numStart);
        for (String[] words : new String[][] {PREFIX_MORE, PREFIX_NEARLY, PREFIX_ABOUT}) {
            String w = endsWithAny(before, words);
            if (w != null) {
                return numStart - w.length();
            }
        }
        return numStart;
    }

    private static String endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }
}
