package io.zonebrief.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds numbers with their units in normalised sentence text: Arabic numbers with separators,
 * decimals and signs, Chinese numerals (financial forms, 兆, 三点五, pairs such as 二三十), mixed forms
 * (1.2万, 4千余), 百分之/千分之/万分之, 成, ranges (3至5个), currency marks before or after the amount,
 * parts of a unit after it (五元三毛, 两米半), and the qualifiers written around them (超, 近, 约, 余, 多,
 * 以上, 左右). Numbers with neither a unit nor a scale word are not quantities, except a number that
 * fills a table cell, whose unit its column gives; numbers that only classify (亿元以上项目) are
 * dropped here. Where a form cannot be read with certainty, nothing is returned.
 */
final class QuantityScanner {

    private static final String RANGE = "至到~～—-－";
    private static final String SCALES = "万亿千百";
    /** 百分之七十 is 70%, 千分之二点四 0.24%, 万分之三 0.03%. */
    private static final String[] PER_WORDS = {"百分之", "千分之", "万分之"};
    private static final double[] PER_FACTORS = {1, 0.1, 0.01};
    /** What 成 begins when it is no tenth: 成为, 成立, 建成… (一成不变, 三五成群). */
    private static final String NOT_TENTHS_AFTER = "为立功果本长员就交效熟型都群绩像品年人套片形语事不一份分色全规材家";

    private QuantityScanner() {
    }

    static List<Quantity> scan(String s) {
        return scan(s, null);
    }

    /**
     * The quantities of {@code s}; the numbers written as figures whose value cannot be read with
     * certainty (5兆元, $500万元, 下降-5.2%, a number of thirty digits) go to {@code unread}, when given.
     */
    static List<Quantity> scan(String s, List<Unread> unread) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            Quantity q = null;
            char c = s.charAt(i);
            int per = perWord(s, i);
            boolean arabic = isDigit(c) && (i == 0 || !isWordChar(s.charAt(i - 1)) || Currency.before(s, i) != null);
            if (arabic) {
                q = arabic(s, i);
            } else if (per >= 0) {
                q = perWords(s, i, per);
            } else if (ChineseNumerals.isNumeralChar(c) && (i == 0 || !ChineseNumerals.isNumeralChar(s.charAt(i - 1)))) {
                q = chinese(s, i);
            }
            if (q != null) {
                int next = Math.max(q.end(), i + 1);
                Quantity read = signed(s, q);
                if (read != null) {
                    out.add(read);
                } else if (unread != null) {
                    unread.add(new Unread(Signs.before(s, q.start()).start(), q.end(), "its sign cannot be read"));
                }
                i = next;
            } else {
                if (arabic && unread != null) {
                    Unread u = unreadArabic(s, i);
                    if (u != null) {
                        unread.add(u);
                    }
                }
                i = skipNumber(s, i);
            }
        }
        return out;
    }

    /** A number written as a figure whose value could not be read with certainty: where, and why. */
    record Unread(int start, int end, String reason) {
    }

    /** Integer digits beyond which a number is no figure but a code or a mistake: 10^18 of anything is none. */
    private static final int MAX_DIGITS = 18;

    /**
     * Why the Arabic number at {@code i}, which gave no quantity, is still a figure that could not be
     * read; null for what is simply no figure (2024年, a list number). Runs only for numbers that gave
     * nothing, and looks at most at the unit after them.
     */
    private static Unread unreadArabic(String s, int i) {
        int j = NumberRuns.arabicEnd(s, i);
        Tail t = tail(s, j);
        if (integerDigits(s, i, j) > MAX_DIGITS) {
            int end = t.unit() == null ? t.end() : t.end() + t.unit().surface().length();
            return new Unread(i, end, "a number of more than " + MAX_DIGITS + " digits");
        }
        int k = t.end() < s.length() && s.charAt(t.end()) == ' ' ? t.end() + 1 : t.end();
        Unit afterZhao = t.unit() == null && t.scale() == 1 && k + 1 < s.length() && s.charAt(k) == '兆'
                ? Unit.at(s, k + 1) : null;
        if (afterZhao != null && afterZhao.isMoney()) { // 5兆元: a trillion in Taiwan and Japan, a million elsewhere
            return new Unread(i, k + 1 + afterZhao.surface().length(), "兆 may mean a million or a trillion");
        }
        Currency.Mark mark = Currency.before(s, i);
        if (mark != null && t.unit() != null && t.unit().isMoney() && !t.unit().canonical().equals(mark.canonical())) {
            return new Unread(mark.start(), t.end() + t.unit().surface().length(), "two currencies");
        }
        return null;
    }

    private static int integerDigits(String s, int from, int to) {
        int digits = 0;
        for (int k = from; k < to && s.charAt(k) != '.'; k++) {
            digits += isDigit(s.charAt(k)) ? 1 : 0;
        }
        return digits;
    }

    private static int perWord(String s, int i) {
        char c = s.charAt(i);
        if (c != '百' && c != '千' && c != '万') {
            return -1; // most characters start no 百分之: one comparison, not three string matches
        }
        for (int k = 0; k < PER_WORDS.length; k++) {
            if (s.startsWith(PER_WORDS[k], i)) {
                return k;
            }
        }
        return -1;
    }

    /** The quantity with the sign written before it, or null when the sign cannot be read with certainty. */
    private static Quantity signed(String s, Quantity q) {
        Signs.Found f = Signs.before(s, q.start());
        return switch (f.sign()) {
            case PLUS -> q;
            case UNCERTAIN -> null;
            case MINUS -> q.negated(f.start());
        };
    }

    /** Past a number that gave no quantity, so its tail (零点八 → 八) is never read as a number of its own. */
    private static int skipNumber(String s, int i) {
        if (ChineseNumerals.isNumeralChar(s.charAt(i))) {
            return Math.max(NumberRuns.chineseEnd(s, i), i + 1);
        }
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

    private static Quantity arabic(String s, int i) {
        int j = NumberRuns.arabicEnd(s, i);
        if (integerDigits(s, i, j) > MAX_DIGITS) {
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(s.substring(i, j).replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
        Double to = null;
        if (j + 1 < s.length() && RANGE.indexOf(s.charAt(j)) >= 0 && isDigit(s.charAt(j + 1))) {
            int k = NumberRuns.arabicEnd(s, j + 1);
            double hi = integerDigits(s, j + 1, k) > MAX_DIGITS ? v : Double.parseDouble(s.substring(j + 1, k).replace(",", ""));
            if (hi > v) {
                to = hi;
                j = k;
            }
        }
        return finish(s, i, j, v, to);
    }

    private static Quantity chinese(String s, int i) {
        int j = NumberRuns.chineseEnd(s, i);
        String run = s.substring(i, j);
        boolean hasDigit = run.charAt(0) == '十' || run.charAt(0) == '拾';
        for (int k = 0; k < run.length() && !hasDigit; k++) {
            hasDigit = ChineseNumerals.digit(run.charAt(k)) >= 0;
        }
        // 十几人, 二十几家: "some tens" is more than the round number
        boolean some = j < s.length() && s.charAt(j - 1) == '十'
                && (s.charAt(j) == '几' || s.charAt(j) == '余' || s.charAt(j) == '多');
        // 百家企业, 百亿元大关, 千亿级: round scale words without a digit are manners of speaking,
        // unless a qualifier makes them an estimate (近千家, 上万人)
        if (!hasDigit && !some && QualifierWords.prefix(s, i) == Qualifier.EXACT && !(i > 0 && s.charAt(i - 1) == '上')) {
            return null;
        }
        ChineseNumerals.Reading r = ChineseNumerals.read(run);
        if (r == null || run.length() < 2 && ChineseNumerals.isFinancial(run.charAt(0))) {
            return null;
        }
        if (some) {
            j += s.charAt(j) == '几' ? 1 : 0;
            Quantity q = finish(s, i, j, r.low(), null);
            return q == null ? null : q.withQualifier(Qualifier.MORE_THAN);
        }
        if (r.isPair()) {
            Quantity q = finish(s, i, j, r.low(), r.high());
            return q == null || q.qualifier() != Qualifier.EXACT ? q : q.withQualifier(Qualifier.ABOUT);
        }
        if (r.low() <= 0) {
            return null;
        }
        Quantity q = finish(s, i, j, r.low(), null);
        // a lone 一 before a measure word is an article (一家企业, 一个平台), and a lone 十 often a name
        // (大数据十条); before a measure, money or percent they are numbers (一吨, 十万元)
        boolean lone = r.low() < 2 || (run.charAt(0) == '十' || run.charAt(0) == '拾') && !NumberRuns.containsDigit(run);
        if (q != null && lone && (q.kind() == null || q.kind() == Unit.Kind.COUNT)) {
            return null;
        }
        return q;
    }

    private static Quantity perWords(String s, int i, int per) {
        if (i > 0 && ChineseNumerals.isNumeralChar(s.charAt(i - 1))) {
            return null; // 百万分之十二 is no 万分之十二
        }
        int j = i + 3;
        int k = j;
        double factor = PER_FACTORS[per];
        ChineseNumerals.Reading r;
        if (k < s.length() && isDigit(s.charAt(k))) {
            k = NumberRuns.arabicEnd(s, k);
            if (integerDigits(s, j, k) > MAX_DIGITS) {
                return null;
            }
            r = new ChineseNumerals.Reading(Double.parseDouble(s.substring(j, k).replace(",", "")), null);
        } else {
            // 百分之七十百分位: the 百 of a following 百分 is not part of this number
            while (k < s.length() && (ChineseNumerals.isNumeralChar(s.charAt(k)) || s.charAt(k) == '点')
                    && !(k > j && s.startsWith("百分", k))) {
                k++;
            }
            String words = s.substring(j, k);
            r = words.equals("百") ? new ChineseNumerals.Reading(100, null) : ChineseNumerals.read(words);
        }
        if (r == null || k == j) {
            return null;
        }
        Qualifier q = QualifierWords.prefix(s, i);
        int end = k;
        if (s.startsWith("左右", k)) {
            q = Qualifier.ABOUT;
            end += 2;
        } else if (s.startsWith("以上", k)) {
            q = Qualifier.MORE_THAN;
            end += 2;
        } else if (r.isPair() && q == Qualifier.EXACT) {
            q = Qualifier.ABOUT;
        }
        return new Quantity(QualifierWords.prefixStart(s, i), end, i, k, times(r.low(), factor),
                r.isPair() ? times(r.high(), factor) : null, "%", Unit.Kind.PERCENT, q);
    }

    /** What follows a number: scale words (万, 亿), 余/多, and the unit, ending at {@code end}. */
    private record Tail(double scale, boolean more, Unit unit, int end) {
    }

    private static Tail tail(String s, int j) {
        double scale = 1;
        boolean more = false;
        while (j < s.length()) {
            // PDF text spaces a number from its scale or unit ("12.5 %", "1000 万元"): one space is no gap
            int k = s.charAt(j) == ' ' && j + 1 < s.length() ? j + 1 : j;
            Unit unit = Unit.at(s, k);
            if (unit != null && k > j && !spacedUnit(s, k, unit)) {
                break;
            }
            if (unit != null) {
                return new Tail(scale, more, unit, k);
            }
            char c = s.charAt(k);
            if ((c == '余' || c == '多') && !more && k == j) {
                more = true;
            } else if (SCALES.indexOf(c) >= 0 && c != '百') {
                scale *= ChineseNumerals.unit(c);
            } else {
                break;
            }
            j = k + 1;
        }
        return new Tail(scale, more, null, j);
    }

    /**
     * A unit after a space: a scale, money, percent or measure is; a measure word only when a word
     * does not go on from it, as 项目 does from 项 in "03 项目攻坚" (a numbered heading).
     */
    private static boolean spacedUnit(String s, int at, Unit unit) {
        int after = at + unit.surface().length();
        return unit.kind() != Unit.Kind.COUNT
                || after >= s.length() || Character.UnicodeScript.of(s.charAt(after)) != Character.UnicodeScript.HAN;
    }

    /** Scale words, 余/多 and the unit after the number ending at j. */
    private static Quantity finish(String s, int numStart, int j, double v, Double to) {
        Tail t = tail(s, j);
        Currency.Mark mark = Currency.before(s, numStart);
        int wordsStart = mark == null ? numStart : mark.start();
        Qualifier q = t.more() ? Qualifier.MORE_THAN : QualifierWords.prefix(s, wordsStart);
        int start = t.more() ? wordsStart : QualifierWords.prefixStart(s, wordsStart);
        Unit unit = t.unit();
        j = t.end();
        if (mark == null && (unit == null || "个".equals(unit.surface()))) {
            // "2.1和4个百分点", "2.1个和4个百分点": the unit written once serves both numbers
            Unit shared = sharedUnit(s, unit == null ? j : j + 1);
            if (shared != null) {
                int unitEnd = shared.surface().equals("个百分点") && s.startsWith("个", j) ? j + 1 : j;
                return quantity(start, unitEnd, numStart, unitEnd, v, to, t.scale(), shared, q);
            }
        }
        if (unit == null) {
            if (mark != null && Currency.standsAlone(s, mark, numStart, j)) { // $500万, 人民币5000万: the mark is the unit
                return quantity(start, j, numStart, j, v, to, t.scale(), new Unit("", mark.canonical(), 1, mark.kind()), q);
            }
            if (t.scale() != 1) {
                return new Quantity(start, j, numStart, j, times(v, t.scale()), to == null ? null : times(to, t.scale()),
                        null, null, q);
            }
            return TableColumns.fillsCell(s, start, j) ? new Quantity(start, j, numStart, j, v, to, null, null, q) : null;
        }
        if (mark != null && unit.isMoney() && !unit.canonical().equals(mark.canonical())) {
            return null; // $500万元: two currencies, no certain reading
        }
        int unitEnd = j + unit.surface().length();
        Rates.Per per = Rates.after(s, unitEnd);
        if (per != null) {
            return per.end() < 0 ? null : new Quantity(start, per.end(), numStart, per.end(), times(v, t.scale() * unit.factor()),
                    to == null ? null : times(to, t.scale() * unit.factor()), Rates.unit(unit) + Rates.denominator(per.denominator()), unit.kind(), q);
        }
        Written parts = parts(s, unit, unitEnd, v, to, t.scale());
        if (parts == null) {
            return null;
        }
        double value = parts.value();
        int end = parts.end();
        unitEnd = end;
        if (unit.isMoney() && q == Qualifier.MORE_THAN
                && (s.startsWith("的企业", end) || s.startsWith("的项目", end) || s.startsWith("的工业企业", end))) {
            return null; // "营业收入超过十亿元的企业": a size class
        }
        if (s.startsWith("以上", end) || s.startsWith("以下", end)) {
            if (classifies(s, end + 2) && !unit.surface().equals("成")) {
                return null;
            }
            q = s.startsWith("以上", end) ? Qualifier.MORE_THAN : q;
            end += 2;
        } else if (s.startsWith("左右", end)) {
            q = Qualifier.ABOUT;
            end += 2;
        } else if (s.startsWith("余", end) && unit.kind() != Unit.Kind.COUNT
                || s.startsWith("多", end) && unit.kind() == Unit.Kind.RATIO) { // 2倍多
            q = Qualifier.MORE_THAN;
            end += 1;
        }
        return quantity(start, end, numStart, unitEnd, value, to, t.scale(), unit, q);
    }

    /** A number with the parts of its unit written after it (两米半, 五元三毛), and where they end. */
    private record Written(double value, int end) {
    }

    /**
     * 三成半 and 两米半 add a half, 50元6角三分 its 角 and 分; null where that cannot be read with
     * certainty (两个半月, 1.5吨半) or 成 is no tenth (一成不变, 成为).
     */
    private static Written parts(String s, Unit unit, int unitEnd, double v, Double to, double scale) {
        if (unit.surface().equals("成") && (scale != 1 || v > 10 || unitEnd < s.length()
                && NOT_TENTHS_AFTER.indexOf(s.charAt(unitEnd)) >= 0)) {
            return null;
        }
        boolean whole = to == null && scale == 1 && v == Math.floor(v);
        if (Fractions.halfAt(s, unitEnd)) {
            return Fractions.takesHalf(unit) && whole ? new Written(v + 0.5, unitEnd + 1) : null;
        }
        Fractions.Added jiao = unit.kind() == Unit.Kind.MONEY && unit.factor() == 1 && to == null && scale == 1
                ? Fractions.jiaoFen(s, unitEnd) : null;
        if (jiao == null) {
            return new Written(v, unitEnd);
        }
        return whole ? new Written(java.math.BigDecimal.valueOf(v).add(java.math.BigDecimal.valueOf(jiao.value()))
                .doubleValue(), jiao.end()) : null;
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
        int k = NumberRuns.arabicEnd(s, at + 1);
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
}
