package io.zonebrief.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the time expressions of a sentence (1月至8月份, 前三季度, 上半年, 2023年, 今年以来, 9月28日…)
 * and resolves them to months against the document's year and publication date.
 */
final class PeriodFinder {

    private static final String CN = "[一二三四五六七八九十两]";
    private static final String REL = "(今年|去年|明年|前年|本年|上年|当年)";
    static final Pattern EXPR = Pattern.compile(
            "(?:(?<y>(?:19|20)\\d{2})年|(?<rel>今年|去年|明年|前年|本年|上年|当年))?"
                    + "(?:"
                    + "(?<=\\d年)(?:至|到|—|-|~|－)(?<y2>(?:19|20)\\d{2})年(?![底末])"
                    + "|(?<m1>\\d{1,2})月?(?:份)?\\s*(?:至|到|—|-|~|－)+\\s*(?<m2>\\d{1,2})月(?:份)?"
                    + "|(?<q>前三季度|前两季度|前二季度|第?一季度|第?二季度|第?三季度|第?四季度|上半年|下半年|全年|年底|年末)"
                    + "|(?<![提之以此目])前(?<nm>\\d{1,2}|" + CN + "{1,2})个?月(?:份)?"
                    + "|(?<years>" + CN + "|\\d{1,2})个?年(?:来|以来)"
                    + "|(?:近|过去)(?<lastYears>[二三四五六七八九十两]|\\d{1,2})个?年"
                    + "|(?<since>\\d{1,2})月(?:份)?(?:以来|起|开始)"
                    + "|(?<ytd>以来|年初以来|来)"
                    + "|截至(?<till>\\d{1,2})月(?:底|末)"
                    + "|(?<dm>\\d{1,2})月(?<dd>\\d{1,2})日"
                    + "|(?<mo>\\d{1,2})月(?:份)?"
                    + ")?");
    /**
     * The characters a non-empty {@link #EXPR} match can start with (the first character of each
     * alternative above); at any other character EXPR matches only the empty string, so the scan
     * skips it without running the pattern.
     */
    static final String EXPR_STARTS = "0123456789今去明前本上当至到—-~－第一二三四五六七八九十两下全年近过以来截";

    /** A time expression found in a sentence. */
    record Found(int start, int end, io.zonebrief.extract.Period period, boolean future, boolean bareYear,
                 boolean wholeYearWord) {
    }

    private PeriodFinder() {
    }

    /** All time expressions of a sentence, resolved; expressions that cannot be resolved are left out. */
    static List<Found> find(String s, int docYear, LocalDate published) {
        List<Found> out = new ArrayList<>();
        List<Found> since = sinceSpans(s, published);
        Matcher m = EXPR.matcher(s);
        int i = 0;
        while (true) {
            while (i < s.length() && EXPR_STARTS.indexOf(s.charAt(i)) < 0) {
                i++;
            }
            if (i >= s.length() || !m.find(i)) {
                break;
            }
            if (m.end() == m.start()) {
                i = m.start() + 1;
                continue;
            }
            Found span = covering(since, m.start());
            if (span != null) {
                out.add(span);
                i = span.end();
                continue;
            }
            Found f = resolve(s, m, docYear, published);
            if (f != null) {
                out.add(f);
            }
            i = m.end();
        }
        return out;
    }

    /** "自2014年7月开馆以来（至2015年12月）": from a dated start to the date given, or to the article's month. */
    private static final Pattern SINCE = Pattern.compile(
            "(?:自|从)?(?<y>(?:19|20)\\d{2})年(?:(?<m>\\d{1,2})月(?:份)?)?[\\p{IsHan}]{0,6}?以来"
            + "(?:[（(]?(?:至|到|截至|截止)(?<ty>(?:19|20)\\d{2})年(?:(?<tm>\\d{1,2})月)?(?:底|末)?[）)]?)?");

    private static List<Found> sinceSpans(String s, LocalDate published) {
        if (!s.contains("以来")) {
            return List.of();
        }
        List<Found> out = new ArrayList<>();
        Matcher m = SINCE.matcher(s);
        while (m.find()) {
            java.time.YearMonth from = java.time.YearMonth.of(Integer.parseInt(m.group("y")),
                    m.group("m") == null ? 1 : Math.min(12, Math.max(1, Integer.parseInt(m.group("m")))));
            java.time.YearMonth to = m.group("ty") != null
                    ? java.time.YearMonth.of(Integer.parseInt(m.group("ty")),
                            m.group("tm") == null ? 12 : Math.min(12, Math.max(1, Integer.parseInt(m.group("tm")))))
                    : published == null ? null : java.time.YearMonth.of(published.getYear(), Period.lastReportedMonth(published));
            if (to != null && from.isBefore(to)) {
                out.add(new Found(m.start(), m.end(), new io.zonebrief.extract.Period(from, to), false, false, false));
            }
        }
        return out;
    }

    private static Found covering(List<Found> spans, int at) {
        for (Found f : spans) {
            if (f.start() <= at && at < f.end()) {
                return f;
            }
        }
        return null;
    }

    private static Found resolve(String s, Matcher m, int docYear, LocalDate published) {
        String y = m.group("y");
        String rel = m.group("rel");
        boolean hasRest = m.end() > m.start() + (y != null ? y.length() + 1 : 0) + (rel != null ? rel.length() : 0);
        if (y != null && m.start() > 0 && Character.isDigit(s.charAt(m.start() - 1))) {
            return null;
        }
        int year;
        if (y != null) {
            year = Integer.parseInt(y);
        } else if (rel != null) {
            year = docYear == 0 ? 0 : docYear + switch (rel) {
                case "去年", "上年" -> -1;
                case "明年" -> 1;
                case "前年" -> -2;
                default -> 0;
            };
        } else {
            year = docYear;
        }
        if (m.group("y2") != null) {
            int to = Integer.parseInt(m.group("y2"));
            if (y == null || to <= Integer.parseInt(y) || to - Integer.parseInt(y) > 30) {
                return null;
            }
            return new Found(m.start(), m.end(), new Period(java.time.YearMonth.of(Integer.parseInt(y), 1),
                    java.time.YearMonth.of(to, 12)), false, false, false); // 2021年至2023年
        }
        if (m.group("years") != null || m.group("lastYears") != null) {
            return y != null || rel != null ? null : recentYears(m, s, published);
        }
        if (year == 0) {
            return null;
        }
        if (notAPeriod(s, m)) {
            return null;
        }
        // 到2029年 is a deadline; 截至2024年底 is the date a level was reached
        boolean future = y != null && m.start() > 0 && (s.charAt(m.start() - 1) == '到' || s.charAt(m.start() - 1) == '至')
                && !(m.start() >= 2 && (s.startsWith("截至", m.start() - 2) || s.startsWith("截止", m.start() - 2)))
                && !(m.start() >= 3 && s.startsWith("截止到", m.start() - 3))
                && !(m.start() >= 2 && s.charAt(m.start() - 2) == '年') // 2021年至2023年: a span that has passed
                && !s.substring(Math.max(0, m.start() - 8), m.start()).contains("以来"); // 开馆以来（至2015年12月）
        if (!hasRest) {
            if (y == null && rel == null) {
                return null;
            }
            if (y != null && s.startsWith("年", m.end()) ) {
                return null;
            }
            return new Found(m.start(), m.end(), Period.year(year), future, y != null, false);
        }
        io.zonebrief.extract.Period p = months(m, year, published);
        if (p != null && y == null && rel == null && published != null && year == published.getYear()
                && (m.group("m1") != null || m.group("nm") != null || m.group("till") != null)
                && p.from().getMonthValue() == 1 && p.to().isAfter(java.time.YearMonth.from(published))) {
            // "1—11月" in a January report: the months have not come yet this year, so it is last year's
            p = Period.of(year - 1, p.from().getMonthValue(), p.to().getMonthValue());
        }
        return p == null ? null : new Found(m.start(), m.end(), p, future, false,
                y == null && rel == null && "全年".equals(m.group("q")));
    }

    /** "从2020年的2.6%提升到…": the year's own value follows its 的. */
    private static boolean startsWithDigit(String s, int at) {
        return at < s.length() && Character.isDigit(s.charAt(at));
    }

    /** "全年目标任务" names a target, not a span; "2026年春季" is a season, not the whole year. */
    private static boolean notAPeriod(String s, Matcher m) {
        String after = s.substring(m.end(), Math.min(s.length(), m.end() + 2));
        String before = s.substring(Math.max(0, m.start() - 1), m.start());
        // "较去年同期", "是去年全年的1.4倍": the base of a comparison, not the time the figure covers
        if (after.startsWith("同期") || "较比是为于".contains(before) && !before.isEmpty()
                || s.startsWith("的", m.end()) && !startsWithDigit(s, m.end() + 1) || s.startsWith("全年的", m.end())) {
            return true;
        }
        if (m.group("q") != null && (m.group("q").equals("全年") || m.group("q").equals("年底") || m.group("q").equals("年末"))) {
            return after.startsWith("目标") || after.startsWith("计划") || after.startsWith("任务");
        }
        boolean bareYear = m.group("y") != null && m.end() == m.start() + m.group("y").length() + 1;
        return bareYear && (after.startsWith("春") || after.startsWith("夏") || after.startsWith("秋") || after.startsWith("冬"));
    }

    /**
     * The expression that dates a figure at {@code at}: the last one before it, unless that is a
     * whole year enclosing a narrower expression of the same sentence (3月12日…2026年 gives March).
     */
    static Found pick(List<Found> found, int at) {
        Found best = null;
        for (Found f : found) {
            if (f.start() < at) {
                best = f;
            }
        }
        if (best == null) {
            return null;
        }
        for (Found f : found) {
            if (f != best && f.start() < at && best.bareYear() && !best.future()
                    && !f.period().from().isBefore(best.period().from()) && !f.period().to().isAfter(best.period().to())) {
                return f;
            }
            if (f != best && f.start() < at && relativeYear(best) && f.period().from().getMonthValue() == 1
                    && f.period().months() > 1 && f.period().from().getYear() == best.period().from().getYear()
                    && f.period().to().isBefore(best.period().to())) {
                return f; // 截至11月底，今年累计签约: this year up to November
            }
        }
        return best;
    }

    /** A bare 今年 or 去年: a whole calendar year named relative to the article, not 全年. */
    private static boolean relativeYear(Found f) {
        return !f.bareYear() && !f.wholeYearWord() && !f.future() && f.period().months() == 12
                && f.period().from().getMonthValue() == 1 && f.end() - f.start() == 2;
    }

    private static io.zonebrief.extract.Period months(Matcher m, int year, LocalDate published) {
        try {
            if (m.group("m1") != null) {
                return Period.of(year, Integer.parseInt(m.group("m1")), Integer.parseInt(m.group("m2")));
            }
            if (m.group("q") != null) {
                return quarter(m.group("q"), year);
            }
            if (m.group("nm") != null) {
                return Period.of(year, 1, (int) Math.max(1, number(m.group("nm"))));
            }
            if (m.group("since") != null) {
                return Period.of(year, Integer.parseInt(m.group("since")), lastMonth(year, published));
            }
            if (m.group("ytd") != null) {
                if (m.group("rel") == null) {
                    return null;
                }
                return Period.of(year, 1, lastMonth(year, published));
            }
            if (m.group("till") != null) {
                return Period.of(year, 1, Integer.parseInt(m.group("till")));
            }
            if (m.group("dm") != null) {
                return Period.month(year, Integer.parseInt(m.group("dm")));
            }
            if (m.group("mo") != null) {
                return Period.month(year, Integer.parseInt(m.group("mo")));
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    /**
     * "一年来" (the twelve months before the article) and "近三年" (the three years before the article's
     * year, or up to it late in the year); both need the publication date.
     */
    private static Found recentYears(Matcher m, String s, LocalDate published) {
        if (published == null) {
            return null;
        }
        java.time.YearMonth now = java.time.YearMonth.from(published);
        Period p;
        if (m.group("years") != null) {
            int n = (int) number(m.group("years"));
            p = n < 1 || n > 50 ? null : new Period(now.minusMonths(12L * n), now.minusMonths(1));
        } else {
            int n = (int) number(m.group("lastYears"));
            if (s.startsWith("来", m.end()) || s.startsWith("以来", m.end())) {
                // 近三年来: the years up to now, this one so far among them
                int year = now.getYear();
                p = n < 2 || n > 20 ? null
                        : new Period(java.time.YearMonth.of(year - n + 1, 1),
                                java.time.YearMonth.of(year, Period.lastReportedMonth(published)));
                return p == null ? null : new Found(m.start(), m.end(), p, false, false, false);
            }
            // in November or December the current year is all but complete and counts as one of them
            int last = now.getMonthValue() >= 11 ? now.getYear() : now.getYear() - 1;
            p = n < 2 || n > 20 ? null
                    : new Period(java.time.YearMonth.of(last - n + 1, 1), java.time.YearMonth.of(last, 12));
        }
        return p == null ? null : new Found(m.start(), m.end(), p, false, false, false);
    }

    /** The last full month before publication, for "so far this year" periods. */
    private static int lastMonth(int year, LocalDate published) {
        if (published == null || published.getYear() != year) {
            return 12;
        }
        return Period.lastReportedMonth(published);
    }

    private static io.zonebrief.extract.Period quarter(String q, int year) {
        return switch (q.replace("第", "")) {
            case "一季度" -> Period.of(year, 1, 3);
            case "二季度" -> Period.of(year, 4, 6);
            case "三季度" -> Period.of(year, 7, 9);
            case "四季度" -> Period.of(year, 10, 12);
            case "前两季度", "前二季度", "上半年" -> Period.of(year, 1, 6);
            case "前三季度" -> Period.of(year, 1, 9);
            case "下半年" -> Period.of(year, 7, 12);
            case "年底", "年末" -> Period.month(year, 12);
            default -> Period.year(year);
        };
    }

    private static double number(String s) {
        return Character.isDigit(s.charAt(0)) ? Integer.parseInt(s) : ChineseNumerals.parse(s);
    }

    private static final Pattern LEADING = Pattern.compile("^(?:" + REL + "|(?:19|20)\\d{2}年)?(?:\\d{1,2}月?(?:至|到|—|-)\\d{1,2}月份?"
            + "|前三季度|上半年|下半年|一季度|全年|以来|截至\\d{1,2}月(?:底|末)?|\\d{1,2}月(?:底|末)|\\d{1,2}月份?"
            + "|\\d{1,2}月\\d{1,2}日)?");

    /** A time phrase at the start of a label ("今年1至8月") to trim, or null. */
    static String leadingTimePhrase(String t) {
        Matcher m = LEADING.matcher(t);
        if (m.find() && m.end() > 0) {
            return t.substring(0, m.end());
        }
        return null;
    }
}
