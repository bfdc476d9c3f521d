package io.zonebrief.render.pdf;

import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.render.FactWords;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The summary section's short sentences, written only from facts: "焦作高新区2024年1—8月，重点项目完成
 * 投资10.52亿元，年度计划完成率104.68%。" Each number keeps its period, a level the month it stands as of
 * ("截至2024年10月"); facts without one say so; targets are worded as targets, plans as plans, forecasts
 * as forecasts. Nothing is inferred, ranked or rounded beyond the display conventions.
 */
final class FactSentences {

    static final int MAX_FACTS_PER_SENTENCE = 5;
    private static final String NO_PERIOD = "（时期未注明）";
    private static final String NO_DATE = "（时点未注明）";
    /** The natures said, in this order; a policy standard or a number of unstated nature is no result. */
    private static final List<Nature> SAID = List.of(Nature.ACHIEVED, Nature.ATTRIBUTE, Nature.PROSPECTS, Nature.GOAL, Nature.PLAN,
            Nature.PIPELINE, Nature.FORECAST);

    /** When the facts of one sentence hold: a flow's period, a stock's month, or no period at all. */
    private record When(PeriodKind kind, Period period) {
        static final Comparator<When> ORDER = Comparator.comparing(When::period,
                Comparator.nullsLast(Comparator.<Period>naturalOrder())).thenComparing(When::kind);

        static When of(Fact f) {
            Period at = f.asOf() == null ? f.period() : Period.month(f.asOf().getYear(), f.asOf().getMonthValue());
            return switch (f.periodKind()) {
                case FLOW -> new When(PeriodKind.FLOW, f.period());
                case STOCK -> new When(PeriodKind.STOCK, at);
                case NONE -> new When(PeriodKind.NONE, null);
            };
        }

        /** The words before the items ("2024年1—8月", "截至2024年10月"), or "" when there are none. */
        String lead() {
            if (period == null || kind == PeriodKind.NONE) {
                return "";
            }
            return kind == PeriodKind.STOCK ? FactWords.asOf(period.to()) : period.label();
        }

        /** The words after the items when the time is not known: "（时期未注明）", "（时点未注明）" or "". */
        String missing() {
            if (period != null || kind == PeriodKind.NONE) {
                return "";
            }
            return kind == PeriodKind.STOCK ? NO_DATE : NO_PERIOD;
        }
    }

    private FactSentences() {
    }

    /**
     * Sentences about one zone, actual figures first (by period, unknown periods last), then targets.
     * When the zone has taxonomy indicators only those are used, since the rest are often details.
     */
    static List<String> forZone(ZoneSummary zone, Predicate<Fact> shows, int maxSentences) {
        return forZone(zone, shows, maxSentences, zone.zone(), null);
    }

    /**
     * As {@link #forZone(ZoneSummary, Predicate, int)}, each sentence opening with {@code subject} ("" for
     * none). With {@code links}, a growth rate or share of plan is said right after the number it
     * qualifies ("完成投资10.52亿元，占年度投资计划的104.68%") rather than as a number of its own.
     */
    static List<String> forZone(ZoneSummary zone, Predicate<Fact> shows, int maxSentences, String subject,
                                FigureLinks links) {
        List<Fact> all = zone.facts().stream().filter(shows).filter(f -> SAID.contains(f.nature())).toList();
        List<Fact> main = all.stream().filter(f -> f.indicator() != null).toList();
        List<Fact> facts = main.size() >= 3 ? main : all;
        Map<Fact, List<Fact>> qualifiers = new IdentityHashMap<>();
        Map<Fact, List<Fact>> parts = new IdentityHashMap<>();
        if (links != null) {
            facts = attach(facts, all, links, FigureLinks.factsByFigure(zone), qualifiers, parts);
        }
        List<String> sentences = new ArrayList<>();
        for (Nature n : SAID) {
            for (Map.Entry<When, List<Fact>> e : byTime(facts, n).entrySet()) {
                List<Fact> group = e.getValue();
                for (int i = 0; i < group.size(); i += MAX_FACTS_PER_SENTENCE) {
                    List<Fact> part = group.subList(i, Math.min(group.size(), i + MAX_FACTS_PER_SENTENCE));
                    sentences.add(sentence(subject, e.getKey(), n, part, f -> item(f, qualifiers, parts, links)));
                }
            }
        }
        return sentences.size() > maxSentences ? sentences.subList(0, maxSentences) : sentences;
    }

    /**
     * Replaces each qualifying fact and each "其中" part by the fact it belongs to, remembering which
     * go with which, so that they are said together.
     */
    private static List<Fact> attach(List<Fact> facts, List<Fact> shown, FigureLinks links, Map<String, Fact> byFigure,
                                     Map<Fact, List<Fact>> qualifiers, Map<Fact, List<Fact>> parts) {
        Set<Fact> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
        allowed.addAll(shown);
        List<Fact> out = new ArrayList<>();
        Set<Fact> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Fact> attached = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Fact f : facts) {
            Fact parent = parent(f, links, byFigure);
            if (parent != null && allowed.contains(parent)) {
                target(f, links, byFigure, qualifiers, parts).computeIfAbsent(parent, k -> new ArrayList<>()).add(f);
                attached.add(f);
                f = parent;
            }
            if (seen.add(f)) {
                out.add(f);
            }
        }
        for (Fact f : shown) {
            Fact parent = parent(f, links, byFigure);
            if (parent != null && seen.contains(parent) && !seen.contains(f) && attached.add(f)) {
                target(f, links, byFigure, qualifiers, parts).computeIfAbsent(parent, k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    /** The fact {@code f} qualifies or is a part of, of the same nature, or null. */
    private static Fact parent(Fact f, FigureLinks links, Map<String, Fact> byFigure) {
        Fact parent = links.qualified(f, byFigure);
        if (parent == null) {
            parent = links.partOf(f, byFigure);
        }
        return parent != null && parent.nature() == f.nature() ? parent : null;
    }

    private static Map<Fact, List<Fact>> target(Fact f, FigureLinks links, Map<String, Fact> byFigure,
                                                Map<Fact, List<Fact>> qualifiers, Map<Fact, List<Fact>> parts) {
        return links.qualified(f, byFigure) != null ? qualifiers : parts;
    }

    private static String sentence(String zone, When when, Nature nature, List<Fact> facts,
                                   Function<Fact, String> item) {
        String items = facts.stream().map(item).collect(Collectors.joining("，"));
        String lead = when.lead().isEmpty() ? "" : when.lead() + "，";
        String opening = switch (nature) {
            case GOAL -> zone.isEmpty() ? "目标：" : "提出目标：";
            case PLAN -> "计划：";
            case PIPELINE -> "拟签约或在谈：";
            case PROSPECTS -> "洽谈与意向：";
            case FORECAST -> "预计：";
            default -> "";
        };
        return zone + opening + lead + items + when.missing() + "。";
    }

    /** "签约项目41个，其中城市经济类项目21个、装备制造类项目9个", "完成投资10.52亿元，占年度投资计划的104.68%". */
    private static String item(Fact f, Map<Fact, List<Fact>> qualifiers, Map<Fact, List<Fact>> parts,
                               FigureLinks links) {
        String subject = f.subjectName() == null || f.label().contains(f.subjectName()) ? "" : f.subjectName();
        StringBuilder text = new StringBuilder(said(subject + f.label(), f, links));
        List<Fact> own = parts.getOrDefault(f, List.of());
        if (!own.isEmpty()) {
            text.append("，其中").append(own.stream().map(p -> said(p.label(), p, links))
                    .collect(Collectors.joining("、")));
        }
        for (Fact q : qualifiers.getOrDefault(f, List.of())) {
            String label = q.label();
            if (label.startsWith(f.label()) && label.length() > f.label().length()) {
                label = label.substring(f.label().length());
            }
            if (label.startsWith("占") && !label.endsWith("的")) {
                label += "的";
            }
            text.append("，").append(said(label, q, links));
        }
        return text.toString();
    }

    /** A label and its value, a fall said as one: "同比下降5.2%", "协助企业招工300余人". */
    private static String said(String label, Fact f, FigureLinks links) {
        return NumberStyle.change(label, f.value(), f.unit(), FactText.words(f, links));
    }

    /** Facts of one nature grouped by when they hold, in time order, those without a time last. */
    private static Map<When, List<Fact>> byTime(List<Fact> facts, Nature nature) {
        Map<When, List<Fact>> groups = new TreeMap<>(When.ORDER);
        facts.stream().filter(f -> f.nature() == nature)
                .forEach(f -> groups.computeIfAbsent(When.of(f), w -> new ArrayList<>()).add(f));
        return groups;
    }
}
