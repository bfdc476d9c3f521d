package io.zonebrief.extract;

import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.CharNormalizer;
import io.zonebrief.text.Openings;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure of a cleaned document. For each sentence of each block that can carry figures
 * it scans quantities, drops those that are not figures, and gives the rest a metric label, period,
 * modality and their links (growth of, share of, part of) to other figures. Whose each figure is, and
 * its finer nature and kind of time, are the meaning pass's to decide (io.zonebrief.meaning).
 *
 * <pre>
 * List&lt;Figure&gt; figures = FigureExtractor.extract(TextCleaner.clean(source));
 * </pre>
 */

public final class FigureExtractor {

    private static final String CLAUSE_DELIMS = ",，;；。:：!?！？";
    private static final Pattern MONEY_WORDS = Pattern.compile("投资|资金|产值|收入|营收|税收|规模|金额|贷款|融资|利润|销售额|成交额|总额|经费|基金|补贴|奖励");
    private static final Pattern GROWTH = Pattern.compile("增长|增速|下降|提高|增幅|提升|降低|减少");

    /** A numbered item run into a paragraph: "（3）改貌货运中心。", "3、…". */
    private static final Pattern ITEM_START = Pattern.compile("\\s*([（(]\\d{1,2}[)）]|\\d{1,2}[、.．](?!\\d)|[①-⑳])");

    private FigureExtractor() {
    }

    private static final Pattern SHORT_QUOTE = Pattern.compile("“([^”]{1,12})”");
    private static final Pattern NUMERAL = Pattern.compile("[0-9零〇一二两三四五六七八九十百千]");

    /**
     * Reads a value a person typed for a figure in {@code unit}: "130亿元" or "1.3万" in words, or a
     * plain number taken as base units. Empty when the text is no such value.
     */
    public static OptionalDouble parseValue(String text, String unit) {
        String s = CharNormalizer.normalize(text.strip()).replace(",", "");
        try {
            return OptionalDouble.of(new BigDecimal(s).doubleValue());
        } catch (NumberFormatException notPlain) {
            for (Quantity q : QuantityScanner.scan(s)) {
                if (q.unit() == null || q.unit().equals(unit)) {
                    return OptionalDouble.of(q.value());
                }
            }
            return OptionalDouble.empty();
        }
    }

    public static List<Figure> extract(TextDocument doc) {
        return extract(doc, null);
    }

    /**
     * The figures of {@code doc}; the numbers written as figures whose value could not be read with
     * certainty go to {@code unread}, when given, so the run can say so instead of guessing.
     */
    public static List<Figure> extract(TextDocument doc, List<UnreadNumber> unread) {
        List<Figure> out = new ArrayList<>();
        Set<String> slogans = slogans(doc);
        List<Block> blocks = doc.blocks();
        // a heading's time (附：2024年一季度主要指标, 前三季度经济运行) dates the blocks under it
        Map<Integer, PeriodFinder.Found> headingTime = new HashMap<>();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block block = blocks.get(bi);
            if (!block.type().carriesFigures()) {
                continue;
            }
            PeriodFinder.Found headingDefault = headingTime.get(block.article());
            PeriodFinder.Found carried = headingDefault;
            boolean planned = false;
            for (Sentence sentence : SentenceSplitter.split(block, bi)) {
                if (ITEM_START.matcher(sentence.norm()).lookingAt()) {
                    carried = headingDefault; // "…到2020年实现…。（3）改貌货运中心。": a new item, a new time
                }
                int before = out.size();
                carried = extractSentence(doc, sentence, carried, headingDefault, planned, slogans, out, unread);
                // "力争……增长10%以上；新增高企500家以上": a plan goes on past a semicolon, not past a full stop
                String t = sentence.norm().strip();
                boolean semicolon = t.endsWith(";") || t.endsWith("；");
                planned = semicolon && (out.size() > before ? out.get(out.size() - 1).modality() == Modality.TARGET
                        : planned);
            }
            boolean heading = block.type() == BlockType.HEADLINE
                    || block.type() == BlockType.SUBHEADING;
            PeriodFinder.Found own = heading ? PeriodFinder.pick(
                    PeriodFinder.find(block.norm(), doc.year(), doc.published()), block.norm().length()) : null;
            if (own != null) {
                headingTime.put(block.article(), soFar(own, doc.published()));
            }
        }
        return datedHeadlines(doc, out);
    }

    /**
     * "——2023年高新区高质量发展纪实" over an article of October 2023: the year so far, not a year that has not
     * ended yet.
     */
    private static PeriodFinder.Found soFar(PeriodFinder.Found heading, LocalDate published) {
        Period p = heading.period();
        if (published == null || heading.future() || p.months() != 12 || p.from().getMonthValue() != 1
                || p.from().getYear() != published.getYear()) {
            return heading;
        }
        int last = Period.lastReportedMonth(published);
        return last >= 12 ? heading : new PeriodFinder.Found(heading.start(), heading.end(),
                Period.of(published.getYear(), 1, last), false, heading.bareYear(), heading.wholeYearWord());
    }

    /** A headline's figures without a time of their own take the first time the article's body gives. */
    private static List<Figure> datedHeadlines(TextDocument doc, List<Figure> figures) {
        Map<String, Period> firstInBody = new HashMap<>();
        Set<String> inHeadlines = new HashSet<>();
        for (Figure f : figures) {
            boolean headline = isInHeadline(doc, f);
            if (headline) {
                inHeadlines.add(f.id());
            } else if (f.period() != null) {
                firstInBody.putIfAbsent(String.valueOf(f.headline()), f.period());
            }
        }
        if (inHeadlines.isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Period p = firstInBody.get(String.valueOf(f.headline()));
            out.add(inHeadlines.contains(f.id()) && f.period() == null && p != null ? f.withPeriod(p) : f);
        }
        return out;
    }

    private static boolean isInHeadline(TextDocument doc, Figure f) {
        for (Block b : doc.blocks()) {
            if (b.type() == BlockType.HEADLINE && b.start() <= f.start() && f.start() < b.end()) {
                return true;
            }
        }
        return false;
    }

    /** Adds the figures of one sentence; returns the period context the next sentence inherits. */
    private static PeriodFinder.Found extractSentence(TextDocument doc, Sentence sentence, PeriodFinder.Found carried,
                                                      PeriodFinder.Found headingDefault, boolean planned,
                                                      Set<String> slogans, List<Figure> out,
                                                      List<UnreadNumber> unread) {
        String s = sentence.norm();
        String written = sentence.text().strip();
        if (Openings.turnsToNewPoint(s)) {
            // "2023年，共为…提供贷款18.27亿元。同时，还引进了…9只私募基金": a new point, not the last one's year
            carried = headingDefault;
        }
        List<PeriodFinder.Found> times = PeriodFinder.find(s, doc.year(), doc.published());
        SentenceContext ctx = new SentenceContext(s);
        int prevEnd = 0;
        List<QuantityScanner.Unread> notRead = unread == null ? null : new ArrayList<>(0);
        List<Quantity> quantities = QuantityScanner.scan(s, notRead);
        if (notRead != null) {
            notRead.forEach(u -> unread.add(UnreadNumber.of(doc, sentence, u)));
        }
        for (Quantity q : quantities) {
            if (Exclusions.excluded(s, q) || isSlogan(s, q, slogans)) {
                continue;
            }
            MetricLabeler.Label label = ctx.relabel(MetricLabeler.label(s, q, prevEnd), q);
            TableColumns.Cell cell = TableColumns.isRow(s) ? TableColumns.at(doc, sentence, q) : null;
            if (cell != null) {
                label = label.withText(TableColumns.label(cell, label.text()));
            }
            if (q.value() < 0) {
                label = label.withText(Signs.riseLabel(label.text())); // 下降5.2% is a growth of -5.2%
            }
            // a table's number takes its column's unit, never its row label's last character
            Quantity withUnit = q.unit() != null ? q
                    : TableColumns.isRow(s) ? TableColumns.withColumnUnit(cell, q) : inferUnit(q, label.text());
            if (withUnit == null) {
                continue;
            }
            int clauseAt = clauseStart(s, q.start());
            PeriodFinder.Found time = PeriodFinder.pick(times, q.start());
            if (time == null && cell != null) {
                time = TableColumns.columnTime(cell, doc); // 指标 | 2023年 | 2024年
            }
            if (time == null && (carried != headingDefault
                    || !STOCK.matcher(s.substring(clauseStart(s, q.start()), q.start())).find())) {
                time = carried; // a heading's period is a flow's; a stock (现有, 总数) needs its own date
            }
            Modality modality = ModalityFinder.find(s, clauseAt, withUnit);
            if (time != null && time.future() && modality == Modality.ACTUAL) {
                modality = Modality.TARGET;
            }
            if (planned && modality == Modality.ACTUAL && !ACHIEVED.matcher(s).find()) {
                modality = Modality.TARGET;
            }
            if (modality == Modality.ACTUAL && partOfPlan(s, q, ctx)) {
                modality = Modality.TARGET; // "规划道路主干路网6条，其中主干道25公里，支路网56公里": parts of a plan
            }
            if (time != null && time == headingDefault && modality == Modality.TARGET) {
                time = null; // a review's heading year says when things were done, not when plans fall due
            }
            if (time != null && time == carried && modality == Modality.ACTUAL && doc.published() != null
                    && time.period().from().isAfter(YearMonth.from(doc.published()))) {
                time = null; // "明年秋季实现招生。104个村…已完工": a future time does not date what is done
            }
            time = completedYear(doc, time, modality);
            String[] link = link(withUnit, label.text(), modality, ctx);
            label = linkedLabel(label, withUnit, link, ctx);
            if (link[0] == null && relative(withUnit, label.text()) && lastAmount(ctx.figures()) != null) {
                link = new String[] {"growth", lastAmount(ctx.figures()).id()};
                label = linkedLabel(label, withUnit, link, ctx);
            }
            Period period = time == null ? null : time.period();
            if ("part".equals(link[0])) {
                for (Figure whole : ctx.figures()) {
                    if (whole.id().equals(link[1])) {
                        period = whole.period(); // a part covers what its whole covers
                    }
                }
            }
            Figure f = figure(doc, sentence, written, withUnit, label, period, modality, link, out.size() + 1);
            out.add(f);
            ctx.add(f, q.start(), Math.max(q.end(), label.end()));
            prevEnd = Math.max(q.end(), label.end());
        }
        PeriodFinder.Found last = PeriodFinder.pick(times, s.length());
        return last != null ? last : carried;
    }

    /**
     * "全年实现营收…" in an article from March reports the year that has ended: a whole year achieved
     * cannot be the year still running.
     */
    private static PeriodFinder.Found completedYear(TextDocument doc, PeriodFinder.Found time, Modality modality) {
        if (time == null || !time.wholeYearWord() || modality != Modality.ACTUAL || doc.published() == null) {
            return time;
        }
        int year = time.period().from().getYear();
        if (year == doc.published().getYear() && doc.published().getMonthValue() < 12) {
            return new PeriodFinder.Found(time.start(), time.end(), Period.year(year - 1), false, false, true);
        }
        return time;
    }

    /** "净增31家" → 高新技术企业净增, "是去年的1.4倍" → …倍数, "占年度计划的63.8%" → 投资占年度计划. */
    private static MetricLabeler.Label linkedLabel(MetricLabeler.Label label, Quantity q, String[] link,
                                                   SentenceContext ctx) {
        Figure paired = ctx.respectiveAmount(q);
        if (paired != null && "growth".equals(link[0]) && link[1].equals(paired.id())) {
            return label.withText(paired.metric() + "增长");
        }
        Figure previous = lastAmount(ctx.figures());
        if (previous == null || link[0] == null) {
            return label;
        }
        if ("share".equals(link[0]) && PLAN_SHARE.matcher(label.text()).find()) {
            return label.withText(previous.metric() + (label.text().startsWith("占") ? "" : "占")
                    + label.text().replaceFirst("^完成", ""));
        }
        if ("growth".equals(link[0]) && relative(q, label.text())) {
            return label.withText(previous.metric() + ("倍".equals(q.unit()) ? "倍数" : label.text()));
        }
        if ("growth".equals(link[0]) && label.text().isEmpty()) {
            Figure parent = ctx.figures().stream().filter(f -> f.id().equals(link[1])).findFirst().orElse(previous);
            return label.withText(parent.metric() + "增速");
        }
        if ("growth".equals(link[0]) && BARE_GROWTH.matcher(label.text()).matches()) {
            // "营业收入120亿元,同比增长12.3%": the rate is the revenue's
            Figure parent = ctx.figures().stream().filter(f -> f.id().equals(link[1])).findFirst().orElse(previous);
            return label.withText(parent.metric() + label.text());
        }
        return label;
    }

    /** "完成年度目标的58.3%", "占年度投资计划的104.68%": progress of the amount just before. */
    private static final Pattern PLAN_SHARE = Pattern.compile("^(完成|占)?(年度|全年)(投资)?(目标|计划)(任务)?$");
    private static final Pattern ACHIEVED = Pattern.compile("已|累计|同比|完成了|实现了|达到了");

    /** A figure after 其中 that follows a planned figure of the same sentence is a part of the plan. */
    private static boolean partOfPlan(String s, Quantity q, SentenceContext ctx) {
        List<Figure> before = ctx.figures();
        if (before.isEmpty() || before.get(before.size() - 1).modality() != Modality.TARGET) {
            return false;
        }
        int since = s.lastIndexOf("其中", q.start());
        int clause = clauseStart(s, q.start());
        if (since < 0 || s.substring(since, q.start()).indexOf('。') >= 0
                || ACHIEVED.matcher(s.substring(clause, q.start())).find()) {
            return false;
        }
        String whole = s.substring(0, since);
        return before.stream().anyMatch(f -> f.modality() == Modality.TARGET && whole.contains(f.text()));
    }
    private static final Pattern STOCK = Pattern.compile("现有|拥有|共有|总数|存量|余额|实有|累计");
    private static final Pattern BARE_GROWTH = Pattern.compile("(同比|环比|比上年|较上年)?(增长|下降|增速|增幅|提高|降低|回落)");
    private static final Pattern CHANGE_WORD = Pattern.compile("^(较.{0,6})?(净增|新增|增加|减少|净减|增长|下降)$");

    private static boolean relative(Quantity q, String label) {
        if ("倍".equals(q.unit())) {
            return true;
        }
        return q.kind() != Unit.Kind.PERCENT && q.kind() != Unit.Kind.POINTS && CHANGE_WORD.matcher(label).find();
    }

    /** Numbered slogans the document puts in quotes (“三支队伍”) are names wherever they recur. */
    private static Set<String> slogans(TextDocument doc) {
        Set<String> out = new TreeSet<>();
        for (Block b : doc.blocks()) {
            Matcher m = SHORT_QUOTE.matcher(b.norm());
            while (m.find()) {
                if (NUMERAL.matcher(m.group(1)).find()) {
                    out.add(m.group(1));
                }
            }
        }
        return out;
    }

    private static boolean isSlogan(String s, Quantity q, Set<String> slogans) {
        for (String slogan : slogans) {
            int after = q.numStart() + slogan.length();
            // “1+7” names a strategy; the 1 of 153.15亿元 is not it
            if (s.startsWith(slogan, q.numStart()) && (after >= s.length() || !continuesNumber(s.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesNumber(char c) {
        return Character.isDigit(c) || c == '.' || c == '%' || c == '％' || "万亿千百十余多".indexOf(c) >= 0;
    }

    private static Quantity inferUnit(Quantity q, String label) {
        for (Unit u : Unit.TABLE) {
            if (u.kind() == Unit.Kind.COUNT && label.endsWith(u.surface()) && u.surface().length() <= 2) {
                return q.withUnit(u.canonical(), u.kind(), 1);
            }
        }
        if (label.endsWith("人口") || label.endsWith("人员") || label.endsWith("人才") || label.endsWith("员工")) {
            return q.withUnit("人", Unit.Kind.COUNT, 1);
        }
        if (MONEY_WORDS.matcher(label).find()) {
            return q.withUnit("元", Unit.Kind.MONEY, 1);
        }
        return null;
    }

    /** [role, parentId] relating this figure to an earlier one of the same sentence, or nulls. */
    private static String[] link(Quantity q, String label, Modality modality, SentenceContext ctx) {
        List<Figure> before = ctx.figures();
        if (before.isEmpty()) {
            return new String[2];
        }
        boolean pct = q.kind() == Unit.Kind.PERCENT || q.kind() == Unit.Kind.POINTS;
        Figure paired = ctx.respectiveAmount(q);
        Figure amount = paired != null ? paired : lastAmount(before);
        if (paired != null && (GROWTH.matcher(label).find() || label.isEmpty() || label.length() == 1)) {
            return new String[] {"growth", paired.id()};
        }
        if (pct && amount != null && (GROWTH.matcher(label).find() || label.isEmpty())) {
            return new String[] {"growth", amount.id()}; // a bare rate after an amount (a table's 增速 column)
        }
        if (pct && amount != null && (PLAN_SHARE.matcher(label).find() || label.startsWith("占")
                || label.contains("比重") || label.contains("占比"))) {
            return new String[] {"share", amount.id()};
        }
        Figure whole = ctx.wholeOf(q, modality);
        return whole == null ? new String[2] : new String[] {"part", whole.id()};
    }

    /** The nearest earlier figure of the sentence that is an amount, whatever its own role. */
    private static Figure lastAmount(List<Figure> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            Figure f = out.get(i);
            if (!f.unit().equals("%") && !f.unit().equals("个百分点")) {
                return f;
            }
        }
        return null;
    }

    private static Figure figure(TextDocument doc, Sentence sentence, String written, Quantity q, MetricLabeler.Label label,
                                 Period period,
                                 Modality modality, String[] link, int n) {
        int a = q.start();
        int b = q.end();
        if (!label.isEmpty() && label.end() <= q.start() && q.start() - label.end() <= 3) {
            a = label.start();
        } else if (!label.isEmpty() && label.start() == q.end()) {
            b = label.end();
        }
        Block block = sentence.block();
        int[] span = block.originalSpan(sentence.from() + a, sentence.from() + b);
        String text = doc.original().substring(span[0], span[1]);
        String metric = label.isEmpty() ? "未命名指标" : label.text();
        return new Figure(doc.id() + "#" + n, doc.id(), metric, q.value(), q.valueTo(), q.unit(), q.qualifier(), text,
                written, span[0], span[1], period, modality, SubjectKind.ZONE, null,
                doc.headlineOf(block), link[0], link[1], null);
    }

    private static int clauseStart(String s, int at) {
        int k = at;
        while (k > 0 && CLAUSE_DELIMS.indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    private static int clauseEnd(String s, int at) {
        int k = at;
        while (k < s.length() && CLAUSE_DELIMS.indexOf(s.charAt(k)) < 0) {
            k++;
        }
        return k;
    }
}
