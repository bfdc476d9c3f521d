package io.zonebrief.extract;

import java.util.regex.Pattern;

/**
 * Numbers that look like quantities but are not figures: ordinals (第十一期), slogans and names in
 * short quotes (“三个一批”, “1015”), durations (3个月), rankings (前100名), and numbers inside a
 * project's name (年产12万吨健康果蔬茶饮项目).
 */
final class Exclusions {

    private static final int MAX_SLOGAN = 12;
    private static final Pattern NAME_AFTER = Pattern.compile("^[\\p{IsHan}A-Za-z0-9“”、]{1,30}?(项目|生产线|工程|基地)");

    private Exclusions() {
    }

    static boolean excluded(String s, Quantity q) {
        int at = q.numStart();
        String before = s.substring(Math.max(0, at - 4), at).stripTrailing();
        if (before.endsWith("第") || before.endsWith("届") || before.endsWith("No.") || before.endsWith("唯")) {
            return true; // 唯一一个人才特区: 唯一 is "the only", not a number
        }
        if (before.endsWith("分") && ("次".equals(q.unit()) || "批".equals(q.unit()) || "期".equals(q.unit()))) {
            return true; // 国务院分两次集中批复: in how many rounds, not a count of anything
        }
        if ("项".equals(q.unit()) && s.startsWith("目", q.unitEnd()) || "座".equals(q.unit()) && s.startsWith("席", q.unitEnd())) {
            return true; // 901项目, 3000座席呼叫中心: a name and a size in a name, not counts of 项 or 座
        }
        if (insideShortQuote(s, at)) {
            return true;
        }
        if ("个".equals(q.unit()) && startsWithAny(s, q.unitEnd(), "月", "半", "工作日", "小时", "季度", "星期", "年头", "位次", "方面", "层面", "维度", "字")) {
            return true;
        }
        if (before.endsWith("前") && ("名".equals(q.unit()) || "位".equals(q.unit()))) {
            return true;
        }
        if (projectName(s, q)) {
            return true;
        }
        if ("次".equals(q.unit()) && startsWithAny(s, q.unitEnd(), "全会", "会议", "大会", "党代会", "全体会议")) {
            return true;
        }
        if (restated(s, q) || LOWER_BOUND_OF_CLASS.matcher(s.substring(q.end(), Math.min(s.length(), q.end() + 16))).lookingAt()) {
            return true;
        }
        if (startsWithAny(s, q.unitEnd(), "口径", "以上口径", "元口径", "元以上口径")) {
            return true; // "2000万口径规模以上工业企业": the threshold that defines a class, not a figure
        }
        if (notACount(s, q)) {
            return true;
        }
        return startsWithAny(s, q.unitEnd(), "号", "期", "届", "版", "号楼", "周年");
    }

    /** "1亿元以上10亿元以下项目32个": the lower bound of a size class, whose upper bound follows. */
    private static final java.util.regex.Pattern LOWER_BOUND_OF_CLASS = java.util.regex.Pattern.compile(
            "(以上)?[至到—-]?\\d+(\\.\\d+)?[万亿]*元?以下的?(项目|企业|工业企业)");

    /** "1.14亿美元（11369万美元）": the same amount said again in brackets, in another scale. */
    private static boolean restated(String s, Quantity q) {
        if (q.unit() == null || q.start() < 2 || q.end() >= s.length()) {
            return false;
        }
        char open = s.charAt(q.start() - 1);
        char close = s.charAt(q.end());
        return (open == '（' && close == '）' || open == '(' && close == ')')
                && s.substring(0, q.start() - 1).endsWith(q.unit());
    }

    /**
     * Measure words that name a kind, not an amount: 1.5倍人员 (a multiple that qualifies a noun),
     * 八人制足球赛 and 三年制 (a format), 二处科员 (an office), 三个文明 (a slogan), 最后一公里 (an idiom).
     */
    private static boolean notACount(String s, Quantity q) {
        int after = q.unitEnd();
        if ("倍".equals(q.unit()) && after < s.length() && isHan(s.charAt(after))
                && MULTIPLE_GOES_ON.indexOf(s.charAt(after)) < 0) {
            return true;
        }
        if (s.startsWith("制", after) || "处".equals(q.unit()) && startsWithAny(s, after, "长", "科", "室", "级", "副")) {
            return true;
        }
        boolean chineseNumber = ChineseNumerals.isNumeralChar(s.charAt(q.numStart()));
        if (chineseNumber && "个".equals(q.unit()) && startsWithAny(s, after, SLOGAN_HEADS)) {
            return true;
        }
        String before = s.substring(Math.max(0, q.numStart() - 2), q.numStart());
        return before.equals("最后") || "元".equals(q.unit()) && startsWithAny(s, after, "化", "论", "复始");
    }

    /** What may follow 倍 in a stated multiple: 1.3倍以上, 2倍多, 1.5倍左右, 3倍之多, 2倍于. */
    private static final String MULTIPLE_GOES_ON = "以多余左之于的和及、达";
    /** Heads of numbered political slogans (三个文明, 四个全面, 两个确立), which count nothing. */
    private static final String[] SLOGAN_HEADS = {"文明", "全面", "自信", "意识", "维护", "确立", "务必", "代表", "坚持",
        "必须", "走在前列", "一批", "倡导", "敢于", "转变"};

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** "年产12万吨健康果蔬茶饮项目": capacity words in front and a project noun behind, no verb between. */
    private static boolean projectName(String s, Quantity q) {
        String before = s.substring(Math.max(0, q.start() - 3), q.start());
        if (!(before.endsWith("年产") || before.endsWith("年加工") || before.endsWith("年处理") || before.endsWith("年生产")
                || before.endsWith("年出栏") || before.endsWith("日产"))) {
            return false;
        }
        return NAME_AFTER.matcher(s.substring(q.end())).find();
    }

    private static boolean insideShortQuote(String s, int at) {
        int open = s.lastIndexOf('“', at);
        if (open < 0) {
            open = s.lastIndexOf('"', at);
        }
        if (open < 0) {
            return false;
        }
        int closeBefore = s.lastIndexOf('”', at);
        if (closeBefore > open) {
            return false;
        }
        int close = s.indexOf('”', at);
        if (close < 0) {
            close = s.indexOf('"', at);
        }
        return close > at && close - open - 1 <= MAX_SLOGAN;
    }

    private static boolean startsWithAny(String s, int at, String... words) {
        for (String w : words) {
            if (s.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }
}
