package io.zonebrief.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the figures of one sentence tell about each other: the subject a count names for the amounts
 * after it (3个省重点项目 … 总投资32亿元 → 省重点项目总投资), the subjects of a 分别 list, the measure a
 * bare verb continues, and where each figure stands so a breakdown's parts follow their whole.
 */
final class SentenceContext {

    private static final Pattern COLLECTION = Pattern.compile("(项目|工程|基金|企业|园区|平台|载体)$");
    private static final Pattern GENERIC = Pattern.compile(
            "^(总投资|投资|完成投资|计划投资|总规模|规模|到位(资金)?|总面积|面积|占地(面积)?|年?产值|"
                    + "[\\p{IsHan}]{1,2}率)$");
    /** "…提升到现在的96%": the new value of the measure just named. */
    private static final Pattern RISE_TO = Pattern.compile(
            "(?=.)(提升|提高|增加|增长|下降|降低|减少|扩大|缩小)?(到|至)?(现在|现|目前|当前|今年)?(的)?");
    private static final Pattern BARE_VERB = Pattern.compile("达到|达|为|是|共|计|合计|累计|共计|总计|突破|超过|约|");

    private static final Pattern SAME_THING = Pattern.compile("[，,、]|共|共计|合计|总计|计");

    private final String sentence;
    private final List<Figure> figures = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private String collection;
    private int respectiveIndex;
    private String respectiveLabel;
    private String respective;
    private int lastEnd = -1;

    SentenceContext(String sentence) {
        this.sentence = sentence;
    }

    /** Figures of this sentence so far, in order. */
    List<Figure> figures() {
        return figures;
    }

    /** Records a figure found at {@code position} of the sentence. */
    void add(Figure f, int position, int end) {
        figures.add(f);
        positions.add(position);
        lastEnd = end;
        if (f.role() == null && f.metric().length() >= 4 && COLLECTION.matcher(f.metric()).find() && f.unit().length() == 1
                && "个家只项批支所座".contains(f.unit())) {
            collection = f.metric();
        }
    }

    /** The subject the 分别 list gave the figure last relabelled, or null. */
    String respective() {
        return respective;
    }

    /** The label a figure at {@code at} gets from its neighbours, given its own. */
    MetricLabeler.Label relabel(MetricLabeler.Label own, Quantity q) {
        MetricLabeler.Label label = own;
        List<String> subjects = Respectively.subjects(sentence, q.start());
        respective = null;
        if (!subjects.isEmpty()) {
            int k = respectiveIndex++;
            respective = k < subjects.size() ? subjects.get(k) : null;
            String text = isConnector(label.text()) && respectiveLabel != null ? respectiveLabel : label.text();
            int fb = text.lastIndexOf("分别");
            text = fb >= 0 ? text.substring(fb + 2) : text;
            respectiveLabel = text;
            return label.withText(k < subjects.size() ? subjects.get(k) + text : text);
        }
        if (!figures.isEmpty() && (isConnector(label.text()) || RISE_TO.matcher(label.text()).matches())) {
            // "分别达到816家和6320家": the second number is the same measure
            Figure before = figures.get(figures.size() - 1);
            if (q.unit() == null || q.unit().equals(before.unit())) {
                return label.withText(before.metric());
            }
        }
        if ((label.isEmpty() || BARE_VERB.matcher(label.text()).matches()) && !figures.isEmpty() && lastEnd >= 0 && lastEnd < q.start()
                && SAME_THING.matcher(sentence.substring(lastEnd, q.start())).matches() && q.kind() != Unit.Kind.PERCENT
                && !figures.get(figures.size() - 1).metric().equals("未命名指标")) {
            // "新建道路12条，53.13公里", "5个闲置地块共318亩": another measure of what was just counted
            return label.withText(figures.get(figures.size() - 1).metric());
        }
        if (!figures.isEmpty() && BARE_VERB.matcher(label.text()).matches()) {
            Figure before = figures.get(figures.size() - 1);
            if (q.unit() == null || q.unit().equals(before.unit())) {
                return label.withText(before.metric());
            }
        }
        if (collection != null && GENERIC.matcher(label.text()).matches() && !label.text().contains(collection)) {
            return label.withText(collection + label.text());
        }
        return label.text().contains("分别") ? label.withText(label.text().replace("分别", "")) : label;
    }

    /**
     * The amount a rate after "分别" belongs to when the sentence lists amounts first:
     * "营业收入1200亿元、工业总产值980亿元,分别增长10.2%、8.7%" pairs the rates with the amounts in order.
     */
    Figure respectiveAmount(Quantity q) {
        if (q.kind() != Unit.Kind.PERCENT && q.kind() != Unit.Kind.POINTS) {
            return null;
        }
        int fb = sentence.lastIndexOf("分别", q.start());
        if (fb < 0) {
            return null;
        }
        List<Figure> amounts = new ArrayList<>();
        int ratesSince = 0;
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            boolean rate = f.unit().equals("%") || f.unit().equals("个百分点");
            if (positions.get(i) < fb && !rate && f.role() == null) {
                amounts.add(f);
            } else if (positions.get(i) > fb && rate) {
                ratesSince++;
            }
        }
        return amounts.size() >= 2 && ratesSince < amounts.size() ? amounts.get(ratesSince) : null;
    }

    /** The count whose collection names the figures after it, or null. */
    String collection() {
        return collection;
    }

    /**
     * The whole that a figure at {@code at} after "其中" is a part of: the latest earlier figure of
     * the same unit and modality that stands before the 其中. Rates are never parts.
     */
    Figure wholeOf(Quantity q, Modality modality) {
        if (q.kind() == Unit.Kind.PERCENT || q.kind() == Unit.Kind.POINTS) {
            return null;
        }
        int qi = sentence.lastIndexOf("其中", q.start());
        if (qi < 0) {
            return null;
        }
        for (int i = figures.size() - 1; i >= 0; i--) {
            Figure f = figures.get(i);
            if (positions.get(i) < qi && sameCount(f.unit(), q.unit()) && f.role() == null) {
                return f.modality() == modality ? f : null;
            }
        }
        return null;
    }

    /** 职工1680名，其中医生592人: people are counted in 名, 人 and 位 alike. */
    private static boolean sameCount(String a, String b) {
        return a.equals(b) || PEOPLE.contains(a) && PEOPLE.contains(b);
    }

    private static final java.util.Set<String> PEOPLE = java.util.Set.of("人", "名", "位");

    private static boolean isConnector(String label) {
        return label.isEmpty() || label.equals("和") || label.equals("与") || label.equals("及") || label.equals("、");
    }
}
