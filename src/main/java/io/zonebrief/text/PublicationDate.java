package io.zonebrief.text;

import io.zonebrief.ingest.PageFacts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when a page was published: from its masthead date line when it has one; else from a web
 * page's date markup or address ({@link PageFacts}); otherwise the day
 * after the latest event date the text reports (news runs the next day), in a year the text states
 * (explicitly, or through anniversaries such as 第102个建党节 or 新中国成立75周年).
 *
 * @param date publication date, or null
 * @param how  "masthead", "page" (a web page's date markup), "url" (the page's address), "text", "report"
 *             (undated, but titled as the report of a year) or "none"
 * @param year the year relative dates resolve against, or 0 when unknown
 */
record PublicationDate(LocalDate date, String how, int year) {

    private static final Pattern FULL_DATE = Pattern.compile(
            "(\\d{4})\\s*(?:年\\s*|[-/.])(\\d{1,2})\\s*(?:月\\s*|[-/.])(\\d{1,2})");
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])((?:19|20)\\d{2})\\s*年");
    private static final Pattern DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern PARTY_DAY = Pattern.compile("第\\s*(\\d{2,3})\\s*个建党节|建党\\s*(\\d{2,3})\\s*周年");
    private static final Pattern PRC = Pattern.compile("(?:新中国|中华人民共和国)成立\\s*(\\d{2,3})\\s*周年");
    private static final Pattern CONGRESS = Pattern.compile("迎接党的(十八|十九|二十|二十一)大");
    private static final Map<String, Integer> CONGRESS_YEAR = Map.of("十八", 2012, "十九", 2017, "二十", 2022, "二十一", 2027);

    private static final Pattern REPORT_TITLE = Pattern.compile(
            "^[^,，。]{0,24}?((?:19|20)\\d{2})\\s*年度?[^,，。]{0,12}?(工作总结|工作报告|年度报告|年报|统计公报|发展报告|总结)");
    private static final Pattern PAPER_BEFORE_DATE = Pattern.compile("^([\\p{IsHan}]{2,10}(?:报|日报|晚报|时报|新闻|网))\\s*\\d{4}");
    private static final Pattern SOURCE_AFTER_DATE = Pattern.compile("(?:来源|来源于)[:：]\\s*([\\p{IsHan}A-Za-z]{2,20})");
    private static final Pattern PAPER_LINE = Pattern.compile("^[\\p{IsHan}]{2,10}(报|日报|晚报|时报)$");

    /** The paper or site a masthead or date line names, or null. */
    static String source(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.DATELINE && i > 0 && PAPER_LINE.matcher(blocks.get(i - 1).norm()).find()) {
                return blocks.get(i - 1).text();
            }
            if (b.type() == BlockType.DATELINE) {
                Matcher m = PAPER_BEFORE_DATE.matcher(b.norm());
                if (m.find()) {
                    return b.text().substring(m.start(1), m.end(1));
                }
                m = SOURCE_AFTER_DATE.matcher(b.norm());
                if (m.find()) {
                    return b.text().substring(m.start(1), m.end(1));
                }
            }
        }
        return null;
    }

    static PublicationDate find(List<Block> blocks) {
        return find(blocks, PageFacts.NONE);
    }

    /**
     * The date of a document whose page may say it outside the text: the masthead first (the paper's
     * own date), then the page's markup or address, then what the text implies.
     */
    static PublicationDate find(List<Block> blocks, PageFacts page) {
        PublicationDate masthead = masthead(blocks);
        if (masthead != null) {
            return masthead;
        }
        if (page.published() != null) {
            return new PublicationDate(page.published(), "url".equals(page.publishedFrom()) ? "url" : "page",
                    page.published().getYear());
        }
        return fromText(blocks);
    }

    private static PublicationDate masthead(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.type() == BlockType.DATELINE) {
                Matcher m = FULL_DATE.matcher(b.norm());
                if (m.find()) {
                    LocalDate d = date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                    if (d != null) {
                        return new PublicationDate(d, "masthead", d.getYear());
                    }
                }
            }
        }
        return null;
    }

    private static PublicationDate fromText(List<Block> blocks) {
        int reportYear = reportYear(blocks);
        if (reportYear > 0) {
            return new PublicationDate(null, "report", reportYear);
        }
        StringBuilder all = new StringBuilder();
        for (Block b : blocks) {
            if (b.type() != BlockType.FURNITURE) {
                all.append(b.norm()).append('\n');
            }
        }
        String text = all.toString();
        int year = inferYear(text);
        if (year == 0) {
            return new PublicationDate(null, "none", 0);
        }
        LocalDate latest = null;
        Matcher m = DAY.matcher(text);
        while (m.find()) {
            LocalDate d = date(year, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            if (d != null && (latest == null || d.isAfter(latest))) {
                latest = d;
            }
        }
        if (latest == null) {
            return new PublicationDate(null, "none", year);
        }
        return new PublicationDate(latest.plusDays(1), "text", year);
    }

    /**
     * The year an undated report is titled with ("贵阳国家高新区2015年工作总结", "2015年度工作报告"): its
     * 全年 and its undated results are that year's, whatever later years its plans name. 0 when none.
     */
    static int reportYear(List<Block> blocks) {
        for (Block b : blocks) {
            if (!b.type().carriesFigures()) {
                continue;
            }
            String head = b.norm().length() > 60 ? b.norm().substring(0, 60) : b.norm();
            Matcher m = REPORT_TITLE.matcher(head);
            return m.find() ? Integer.parseInt(m.group(1)) : 0;
        }
        return 0;
    }

    /** Anniversaries fix the year exactly; otherwise the latest year the text names. */
    static int inferYear(String text) {
        Map<Integer, Integer> anchored = new HashMap<>();
        Matcher m = PARTY_DAY.matcher(text);
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            anchored.merge(1921 + Integer.parseInt(n), 1, Integer::sum);
        }
        m = PRC.matcher(text);
        while (m.find()) {
            anchored.merge(1949 + Integer.parseInt(m.group(1)), 1, Integer::sum);
        }
        m = CONGRESS.matcher(text);
        while (m.find()) {
            anchored.merge(CONGRESS_YEAR.get(m.group(1)), 1, Integer::sum);
        }
        if (!anchored.isEmpty()) {
            return anchored.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .get().getKey();
        }
        int latest = 0;
        m = YEAR.matcher(text);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= 2000 && y <= 2100 && !plannedYear(text, m.start())) {
                latest = Math.max(latest, y);
            }
        }
        return latest;
    }

    /** "到2029年" / "2030年前" name a target year, not the time of writing. */
    private static boolean plannedYear(String text, int at) {
        String before = text.substring(Math.max(0, at - 2), at);
        return before.endsWith("到") || before.endsWith("至") || before.endsWith("力争");
    }

    private static LocalDate date(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
