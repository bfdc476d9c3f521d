package io.zonebrief.render.pdf;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
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
 * 投资10.52亿元，年度计划完成率104.68%。" Each number keeps its period; facts without one say so; targets
 * are worded as targets. Nothing is inferred, ranked or rounded beyond the display conventions.
 */
final class FactSentences {

    static final int MAX_FACTS_PER_SENTENCE = 5;
    private static final String NO_PERIOD = "（时期未注明）";

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
        List<Fact> all = zone.facts().stream().filter(shows).filter(f -> f.modality() != Modality.UNKNOWN).toList();
        List<Fact> main = all.stream().filter(f -> f.indicator() != null).toList();
        List<Fact> facts = main.size() >= 3 ? main : all;
        Map<Fact, List<Fact>> qualifiers = new IdentityHashMap<>();
        Map<Fact, List<Fact>> parts = new IdentityHashMap<>();
        if (links != null) {
            facts = attach(facts, all, links, FigureLinks.factsByFigure(zone), qualifiers, parts);
        }
        List<String> sentences = new ArrayList<>();
        for (Modality m : List.of(Modality.ACTUAL, Modality.TARGET)) {
            for (Map.Entry<Period, List<Fact>> e : byPeriod(facts, m).entrySet()) {
                List<Fact> group = e.getValue();
                for (int i = 0; i < group.size(); i += MAX_FACTS_PER_SENTENCE) {
                    List<Fact> part = group.subList(i, Math.min(group.size(), i + MAX_FACTS_PER_SENTENCE));
                    sentences.add(sentence(subject, e.getKey(), m, part, f -> item(f, qualifiers, parts)));
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

    /** The fact {@code f} qualifies or is a part of, in the same modality, or null. */
    private static Fact parent(Fact f, FigureLinks links, Map<String, Fact> byFigure) {
        Fact parent = links.qualified(f, byFigure);
        if (parent == null) {
            parent = links.partOf(f, byFigure);
        }
        return parent != null && parent.modality() == f.modality() ? parent : null;
    }

    private static Map<Fact, List<Fact>> target(Fact f, FigureLinks links, Map<String, Fact> byFigure,
                                                Map<Fact, List<Fact>> qualifiers, Map<Fact, List<Fact>> parts) {
        return links.qualified(f, byFigure) != null ? qualifiers : parts;
    }

    static String sentence(String zone, Period period, Modality modality, List<Fact> facts) {
        return sentence(zone, period, modality, facts, f -> item(f, Map.of(), Map.of()));
    }

    private static String sentence(String zone, Period period, Modality modality, List<Fact> facts,
                                   Function<Fact, String> item) {
        String items = facts.stream().map(item).collect(Collectors.joining("，"));
        String when = period == null ? NO_PERIOD : period.label();
        if (modality == Modality.TARGET) {
            return zone + (zone.isEmpty() ? "目标：" : "提出目标：") + (period == null ? "" : when + "，") + items
                    + (period == null ? NO_PERIOD : "") + "。";
        }
        if (period == null) {
            return zone + items + NO_PERIOD + "。";
        }
        return zone + when + "，" + items + "。";
    }

    /** "签约项目41个，其中城市经济类项目21个、装备制造类项目9个", "完成投资10.52亿元，占年度投资计划的104.68%". */
    private static String item(Fact f, Map<Fact, List<Fact>> qualifiers, Map<Fact, List<Fact>> parts) {
        String subject = f.subjectName() == null || f.label().contains(f.subjectName()) ? "" : f.subjectName();
        StringBuilder text = new StringBuilder(subject + f.label() + FactText.value(f));
        List<Fact> own = parts.getOrDefault(f, List.of());
        if (!own.isEmpty()) {
            text.append("，其中").append(own.stream().map(p -> p.label() + FactText.value(p))
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
            text.append("，").append(label).append(FactText.value(q));
        }
        return text.toString();
    }

    /** Facts of one modality grouped by period in time order, the period-less group last. */
    private static Map<Period, List<Fact>> byPeriod(List<Fact> facts, Modality modality) {
        Map<Period, List<Fact>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.<Period>naturalOrder()));
        facts.stream().filter(f -> f.modality() == modality)
                .forEach(f -> groups.computeIfAbsent(f.period(), p -> new ArrayList<>()).add(f));
        return groups;
    }
}
