package io.zonebrief.extract;

import io.zonebrief.text.Block;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every figure of a cleaned document. For each sentence of each block that can carry figures
 * it scans quantities, drops those that are not figures, and gives the rest a metric label, period,
 * modality, subject and their links (growth of, share of, part of) to other figures.
 *
 * <pre>
 * List&lt;Figure&gt; figures = FigureExtractor.extract(TextCleaner.clean(source));
 * </pre>
 */
public final class FigureExtractor {

    private static final String CLAUSE_DELIMS = ",，;；。:：!?！？";
    private static final Pattern MONEY_WORDS = Pattern.compile("投资|资金|产值|收入|营收|税收|规模|金额|贷款|融资|利润|销售额|成交额|总额|经费|基金|补贴|奖励");
    private static final Pattern GROWTH = Pattern.compile("增长|增速|下降|提高|增幅|提升|降低|减少");

    private FigureExtractor() {
    }

    private static final Pattern SHORT_QUOTE = Pattern.compile("“([^”]{1,12})”");
    private static final Pattern NUMERAL = Pattern.compile("[0-9零〇一二两三四五六七八九十百千]");

    /**
     * Reads a value a person typed for a figure in {@code unit}: "130亿元" or "1.3万" in words, or a
     * plain number taken as base units. Empty when the text is no such value.
     */
    public static java.util.OptionalDouble parseValue(String text, String unit) {
        String s = io.zonebrief.text.CharNormalizer.normalize(text.strip()).replace(",", "");
        try {
            return java.util.OptionalDouble.of(new java.math.BigDecimal(s).doubleValue());
        } catch (NumberFormatException notPlain) {
            for (Quantity q : QuantityScanner.scan(s)) {
                if (q.unit() == null || q.unit().equals(unit)) {
                    return java.util.OptionalDouble.of(q.value());
                }
            }
            return java.util.OptionalDouble.empty();
        }
    }

    public static List<Figure> extract(TextDocument doc) {
        List<Figure> out = new ArrayList<>();
        Set<String> slogans = slogans(doc);
        List<Block> blocks = doc.blocks();
        for (int bi = 0; bi < blocks.size(); bi++) {
            Block block = blocks.get(bi);
            if (!block.type().carriesFigures()) {
                continue;
            }
            PeriodFinder.Found carried = null;
            for (Sentence sentence : SentenceSplitter.split(block, bi)) {
                carried = extractSentence(doc, sentence, carried, slogans, out);
            }
        }
        return out;
    }

    /** Adds the figures of one sentence; returns the period context the next sentence inherits. */
    private static PeriodFinder.Found extractSentence(TextDocument doc, Sentence sentence, PeriodFinder.Found carried,
                                                      Set<String> slogans,
                                          List<Figure> out) {
        String s = sentence.norm();
        String written = sentence.text().strip();
        List<PeriodFinder.Found> times = PeriodFinder.find(s, doc.year(), doc.published());
        int prevEnd = 0;
        int sentenceFirst = out.size();
        int respectiveIndex = 0;
        String lastLabel = null;
        for (Quantity q : QuantityScanner.scan(s)) {
            if (Exclusions.excluded(s, q) || isSlogan(s, q, slogans)) {
                continue;
            }
            MetricLabeler.Label label = MetricLabeler.label(s, q, prevEnd);
            List<String> subjects = Respectively.subjects(s, 0, q.start());
            String respective = null;
            if (!subjects.isEmpty()) {
                int k = respectiveIndex++;
                if (isConnector(label.text()) && lastLabel != null) {
                    label = new MetricLabeler.Label(lastLabel, label.start(), label.end());
                }
                int fb = label.text().lastIndexOf("分别");
                if (fb >= 0) {
                    label = new MetricLabeler.Label(label.text().substring(fb + 2), label.start(), label.end());
                }
                lastLabel = label.text();
                if (k < subjects.size()) {
                    respective = subjects.get(k);
                    label = new MetricLabeler.Label(respective + label.text(), label.start(), label.end());
                }
            }
            if (out.size() > sentenceFirst && BARE_VERB.matcher(label.text()).matches()) {
                // "营业收入突破百亿元,达到103.6亿元": a verb alone goes on with the measure before it
                Figure before = out.get(out.size() - 1);
                if (q.unit() == null || q.unit().equals(before.unit())) {
                    label = new MetricLabeler.Label(before.metric(), label.start(), label.end());
                }
            }
            Quantity withUnit = q.unit() != null ? q : inferUnit(q, label.text());
            if (withUnit == null) {
                continue;
            }
            int clauseAt = clauseStart(s, q.start());
            PeriodFinder.Found time = PeriodFinder.pick(times, q.start());
            if (time == null) {
                time = carried;
            }
            Period period = time == null ? null : time.period();
            Modality modality = ModalityFinder.find(s, clauseAt, withUnit);
            if (time != null && time.future() && modality == Modality.ACTUAL) {
                modality = Modality.TARGET;
            }
            int subjectEnd = Math.max(q.end(), label.end());
            SubjectFinder.Subject subject = SubjectFinder.find(
                    respective != null ? respective : s.substring(clauseAt, subjectEnd), label.text());
            String[] link = link(s, withUnit, label.text(), modality, out, sentenceFirst);
            Figure previous = out.size() > sentenceFirst ? lastAmount(out, sentenceFirst) : null;
            if ("share".equals(link[0]) && PLAN_SHARE.matcher(label.text()).find() && previous != null) {
                label = new MetricLabeler.Label(previous.metric() + (label.text().startsWith("占") ? "" : "占")
                        + label.text().replaceFirst("^完成", ""), label.start(), label.end());
            } else if (previous != null && link[0] == null && relative(withUnit, label.text())) {
                // "净增31家", "是去年的1.4倍": a change or ratio of the figure just before it
                link = new String[] {"growth", previous.id()};
                String own = "倍".equals(withUnit.unit()) ? "倍数" : label.text();
                label = new MetricLabeler.Label(previous.metric() + own, label.start(), label.end());
            }
            out.add(figure(doc, sentence, written, withUnit, label, period, modality, subject, link, out.size() + 1));
            prevEnd = Math.max(q.end(), label.end());
        }
        PeriodFinder.Found last = PeriodFinder.pick(times, s.length());
        return last != null ? last : carried;
    }

    /** "完成年度目标的58.3%", "占年度投资计划的104.68%": progress of the amount just before. */
    private static final Pattern PLAN_SHARE = Pattern.compile("^(完成|占)?(年度|全年)(投资)?(目标|计划)(任务)?$");
    private static final Pattern BARE_VERB = Pattern.compile("达到|达|为|是|共|计|合计|累计|共计|总计|突破|超过|约|");
    private static final Pattern CHANGE_WORD = Pattern.compile("^(较.{0,6})?(净增|新增|增加|减少|净减|增长|下降)$");

    private static boolean relative(Quantity q, String label) {
        if ("倍".equals(q.unit())) {
            return true;
        }
        return q.kind() != Unit.Kind.PERCENT && q.kind() != Unit.Kind.POINTS && CHANGE_WORD.matcher(label).find();
    }

    private static boolean isConnector(String label) {
        return label.isEmpty() || label.equals("和") || label.equals("与") || label.equals("及") || label.equals("、");
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
            if (s.startsWith(slogan, q.numStart())) {
                return true;
            }
        }
        return false;
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
    private static String[] link(String s, Quantity q, String label, Modality modality, List<Figure> out,
                                 int sentenceFirst) {
        if (out.size() <= sentenceFirst) {
            return new String[2];
        }
        boolean pct = q.kind() == Unit.Kind.PERCENT || q.kind() == Unit.Kind.POINTS;
        if (pct && GROWTH.matcher(label).find()) {
            Figure p = lastAmount(out, sentenceFirst);
            return p == null ? new String[2] : new String[] {"growth", p.id()};
        }
        if (pct && PLAN_SHARE.matcher(label).find()) {
            Figure p = lastAmount(out, sentenceFirst);
            return p == null ? new String[2] : new String[] {"share", p.id()};
        }
        if (pct && (label.startsWith("占") || label.contains("比重") || label.contains("占比"))) {
            Figure p = lastAmount(out, sentenceFirst);
            return p == null ? new String[2] : new String[] {"share", p.id()};
        }
        int qi = s.lastIndexOf("其中", q.start());
        if (qi >= 0) {
            Figure last = out.get(out.size() - 1);
            Figure parent = "part".equals(last.role()) && last.unit().equals(q.unit()) ? out.stream()
                    .filter(f -> f.id().equals(last.parentId())).findFirst().orElse(null)
                    : lastWithUnit(out, sentenceFirst, q.unit());
            // a planned item (拟签约项目3个) is no part of what was achieved
            if (parent != null && !"part".equals(parent.role()) && parent.modality() == modality) {
                return new String[] {"part", parent.id()};
            }
        }
        return new String[2];
    }

    /** The nearest earlier figure of the sentence that is an amount, whatever its own role. */
    private static Figure lastAmount(List<Figure> out, int from) {
        for (int i = out.size() - 1; i >= from; i--) {
            Figure f = out.get(i);
            if (!f.unit().equals("%") && !f.unit().equals("个百分点")) {
                return f;
            }
        }
        return null;
    }

    private static Figure lastWithUnit(List<Figure> out, int from, String unit) {
        for (int i = out.size() - 1; i >= from; i--) {
            Figure f = out.get(i);
            boolean ok = unit == null ? !f.unit().equals("%") && !f.unit().equals("个百分点") : f.unit().equals(unit);
            if (ok && f.role() == null) {
                return f;
            }
        }
        return null;
    }

    private static Figure figure(TextDocument doc, Sentence sentence, String written, Quantity q, MetricLabeler.Label label,
                                 Period period,
                                 Modality modality, SubjectFinder.Subject subject, String[] link, int n) {
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
                written, span[0], span[1], period, modality, subject.kind(), subject.name(),
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
