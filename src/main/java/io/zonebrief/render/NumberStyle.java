package io.zonebrief.render;

import io.zonebrief.extract.Qualifier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a number is written in the briefing, its charts and summary sentences (and the workbook's
 * display values), after Chinese official and publishing usage (GB/T 15835 出版物上数字用法): the
 * precision the source gives (200亿元, 32.1亿元, never 200.00亿元), 万 and 亿 for large amounts,
 * counts and areas (314.76万人次, 21.28万平方米), no thousands separators, the qualifier words the
 * article used where it used them (200亿元以上, 不低于150亿元, 300余人, 近10万人), and a fall said as a
 * fall (同比下降5.2%, not 同比增长-5.2%). This class is stateless.
 *
 * <pre>
 * NumberStyle.format(2e10, "元", "以上")                          // "200亿元以上"
 * NumberStyle.format(3147600, "人次", "")                         // "314.76万人次"
 * NumberStyle.format(300, "人", NumberStyle.qualifierWords("协助企业招工300余人", Qualifier.MORE_THAN)) // "300余人"
 * </pre>
 */
public final class NumberStyle {

    private static final double YI = 1e8;
    private static final double WAN = 1e4;
    /**
     * Counts and areas from this size up are written in 万 (21.28万平方米 rather than 212805平方米); below
     * it, from 1万 on, only when 万 loses nothing (4.11万台, 1万余人, but 12345人).
     */
    private static final double COUNT_IN_WAN = 1e5;
    /** Words before the number, longest first so that 超过 is not read as 超. */
    private static final List<String> BEFORE = List.of("不低于", "不少于", "超过", "超出", "高于", "多于", "突破", "接近",
            "将近", "大约", "逾", "超", "近", "约");
    /** Words between the number and its unit: 300余人, 1万余人. */
    private static final List<String> BETWEEN = List.of("余", "多");
    /** Words after the unit: 200亿元以上, 50人左右. */
    private static final List<String> AFTER = List.of("以上", "左右", "之多");
    /** Units a number never moves into 万 or 亿: rates, multiples and spans of time. */
    private static final Set<String> UNSCALED = Set.of("%", "‰", "个百分点", "倍", "年", "个月", "月", "天", "日", "小时",
            "分钟", "秒", "岁", "℃");
    private static final Pattern DIGITS = Pattern.compile("[0-9０-９][0-9０-９.．,，]*");
    private static final Pattern CHINESE_NUMBER = Pattern.compile("[〇零一二三四五六七八九十两百千]+");
    private static final Pattern MULTIPLIER_THEN_WORD = Pattern.compile("^[万亿千百十]*(余|多)");

    private NumberStyle() {
    }

    /**
     * A value in its display unit with the qualifier words placed where Chinese puts them.
     *
     * @param value          the value in base units (元, 个, 平方米, %…)
     * @param unit           the base unit
     * @param qualifierWords the words the article used ("以上", "不低于", "余", "近约"…), as
     *                       {@link #qualifierWords} finds them; "" or null for an exact number
     * @return e.g. "129.53亿元", "4600万元", "200亿元以上", "1万余人", "104.68%"
     */
    public static String format(double value, String unit, String qualifierWords) {
        String number = number(value, unit);
        String shown = displayUnit(value, unit);
        Words w = Words.parse(qualifierWords);
        String before = w.before();
        String between = w.between();
        String after = w.after();
        String body;
        if (between.isEmpty()) {
            body = number + shown;
        } else if (number.contains(".") || UNSCALED.contains(unit)) {
            before = before.isEmpty() ? "超" : before; // 1.5亿余元 and 95余% are not Chinese
            body = number + shown;
        } else if (isScaled(shown, unit) && Math.abs(scaled(value, unit)) < 10) {
            body = number + shown.charAt(0) + between + shown.substring(1); // 1万余人
        } else {
            body = number + between + shown; // 300余人, 1300余万元
        }
        return before + body + after;
    }

    /** {@link #format(double, String, String)} of an exact number. */
    public static String format(double value, String unit) {
        return format(value, unit, "");
    }

    /**
     * The unit a value is written in: 亿元 and 万元 (万美元…) for money, 万 and 亿 for counts and areas
     * from 10万 up (and from 1万 where at most two decimals say it exactly: 4.11万台), else the unit itself.
     */
    public static String displayUnit(double value, String unit) {
        if (unit == null || unit.isEmpty()) {
            return unit == null ? "" : unit;
        }
        double abs = Math.abs(value);
        if (Display.isMoney(unit)) {
            if (abs >= YI && exactTo(value / YI, 2)) {
                return "亿" + unit;
            }
            return abs >= WAN && (exactTo(value / WAN, 2) || abs >= YI) ? "万" + unit : unit;
        }
        if (!scalable(unit)) {
            return unit;
        }
        if (abs >= YI) {
            return "亿" + unit;
        }
        return abs >= COUNT_IN_WAN || abs >= WAN && exactTo(value / WAN, 2) ? "万" + unit : unit;
    }

    /** The number part of {@link #format}: in {@link #displayUnit}, at most two decimals, no trailing zeros. */
    public static String number(double value, String unit) {
        return plain(scaled(value, unit));
    }

    /**
     * The number alone in a display unit the caller chose for a whole column or chart (亿元 for every
     * bar, so 4600万元 is 0.46): at most two decimals, no trailing zeros, no separators.
     */
    public static String number(double value, String unit, String shownUnit) {
        return plain(value / divisor(unit, shownUnit));
    }

    /**
     * {@link #number(double, String, String)} with the qualifier words around it, for a table that
     * prints the unit in a column of its own: "不低于150", "65余", "95以上".
     */
    public static String number(double value, String unit, String shownUnit, String qualifierWords) {
        String number = number(value, unit, shownUnit);
        Words w = Words.parse(qualifierWords);
        if (!w.between().isEmpty() && number.contains(".")) {
            return (w.before().isEmpty() ? "超" : w.before()) + number + w.after();
        }
        return w.before() + number + w.between() + w.after();
    }

    /** The value divided into its display unit (129.53 for 12953000000 元). */
    public static double scaled(double value, String unit) {
        return value / divisor(unit, displayUnit(value, unit));
    }

    /** What a base-unit value is divided by to be written in {@code shownUnit}: 1e8 for 亿…, 1e4 for 万…, else 1. */
    public static double divisor(String unit, String shownUnit) {
        if (shownUnit == null || unit == null || !isScaled(shownUnit, unit)) {
            return 1;
        }
        return shownUnit.charAt(0) == '亿' ? YI : WAN;
    }

    /**
     * The qualifier words of a figure as its text has them: 以上 in "产值在200亿元以上", 不低于 in
     * "年产值不低于150亿元", 余 in "协助企业招工300余人" — the words next to the number, not those of the
     * label (本科以上学历1万余人 is 余, not 以上). When the text shows none it knows, 超 for "more than"
     * and 近 or 约 for the others; without a text, the word the qualifier stands for (余, 近, 约); "" for
     * an exact number.
     *
     * @param figureText the figure's words exactly as in the article
     * @param qualifier  the qualifier extraction found
     */
    public static String qualifierWords(String figureText, Qualifier qualifier) {
        if (qualifier == null || qualifier == Qualifier.EXACT) {
            return "";
        }
        if (figureText != null) {
            Matcher m = DIGITS.matcher(figureText);
            if (!m.find()) {
                m = CHINESE_NUMBER.matcher(figureText);
            }
            if (m.reset().find()) {
                String before = figureText.substring(0, m.start());
                String rest = figureText.substring(m.end());
                StringBuilder words = new StringBuilder();
                BEFORE.stream().filter(before::endsWith).findFirst().ifPresent(words::append);
                Matcher between = MULTIPLIER_THEN_WORD.matcher(rest);
                if (between.find()) {
                    words.append(between.group(1));
                }
                AFTER.stream().filter(rest::contains).findFirst().ifPresent(words::append);
                if (!words.isEmpty()) {
                    return words.toString();
                }
            }
            // words this list does not know (力争突破, 达到…): 超 says "more than" without claiming 余
            if (qualifier == Qualifier.MORE_THAN) {
                return "超";
            }
        }
        return qualifier.word();
    }

    /**
     * A change said as Chinese says it: "同比增长12.3%", and for a negative value "同比下降5.2%" rather
     * than a minus sign after 增长. Labels that do not say 增长 keep the sign.
     */
    public static String change(String label, double value, String unit, String qualifierWords) {
        return changeLabel(label, value) + format(changesSign(label, value) ? -value : value, unit, qualifierWords);
    }

    /** The label {@link #change} prints: 增长 as 下降 and 增加 as 减少 for a negative value. */
    public static String changeLabel(String label, double value) {
        if (!changesSign(label, value)) {
            return label;
        }
        return label.contains("增长") ? label.replace("增长", "下降") : label.replace("增加", "减少");
    }

    /** The value {@link #change} prints beside {@link #changeLabel}: without its sign when the label says the fall. */
    public static String changeValue(String label, double value, String unit, String qualifierWords) {
        return format(changesSign(label, value) ? -value : value, unit, qualifierWords);
    }

    private static boolean changesSign(String label, double value) {
        return value < 0 && (label.contains("增长") || label.contains("增加"));
    }

    /** Qualifier words sorted by where they stand: before the number, between it and the unit, after the unit. */
    private record Words(String before, String between, String after) {
        static Words parse(String words) {
            String rest = words == null ? "" : words;
            String before = first(rest, BEFORE);
            rest = rest.replaceFirst(Pattern.quote(before), "");
            String after = first(rest, AFTER);
            return new Words(before, first(rest.replaceFirst(Pattern.quote(after), ""), BETWEEN), after);
        }
    }

    private static boolean isScaled(String shownUnit, String unit) {
        return shownUnit.length() > unit.length() && (shownUnit.charAt(0) == '亿' || shownUnit.charAt(0) == '万');
    }

    private static boolean scalable(String unit) {
        char c = unit.charAt(0);
        return !UNSCALED.contains(unit) && unit.indexOf('/') < 0 && c != '万' && c != '亿' && c != '千' && c != '百';
    }

    /** True when {@code v} has at most {@code places} decimals (within floating-point noise). */
    private static boolean exactTo(double v, int places) {
        double shifted = v * Math.pow(10, places);
        return Math.abs(shifted - Math.rint(shifted)) < 1e-6 * Math.max(1, Math.abs(shifted));
    }

    private static String plain(double v) {
        BigDecimal rounded = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
    }

    private static String first(String words, List<String> known) {
        return known.stream().filter(words::contains).findFirst().orElse("");
    }
}
