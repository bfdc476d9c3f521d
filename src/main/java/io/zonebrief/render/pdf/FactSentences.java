package io.zonebrief.render.pdf;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        return forZone(zone, shows, maxSentences, zone.zone());
    }

    /** As {@link #forZone(ZoneSummary, Predicate, int)}, each sentence opening with {@code subject} ("" for none). */
    static List<String> forZone(ZoneSummary zone, Predicate<Fact> shows, int maxSentences, String subject) {
        List<Fact> facts = zone.facts().stream().filter(shows).filter(f -> f.modality() != Modality.UNKNOWN).toList();
        List<Fact> main = facts.stream().filter(f -> f.indicator() != null).toList();
        if (main.size() >= 3) {
            facts = main;
        }
        List<String> sentences = new ArrayList<>();
        for (Modality m : List.of(Modality.ACTUAL, Modality.TARGET)) {
            for (Map.Entry<Period, List<Fact>> e : byPeriod(facts, m).entrySet()) {
                List<Fact> group = e.getValue();
                for (int i = 0; i < group.size(); i += MAX_FACTS_PER_SENTENCE) {
                    List<Fact> part = group.subList(i, Math.min(group.size(), i + MAX_FACTS_PER_SENTENCE));
                    sentences.add(sentence(subject, e.getKey(), m, part));
                }
            }
        }
        return sentences.size() > maxSentences ? sentences.subList(0, maxSentences) : sentences;
    }

    static String sentence(String zone, Period period, Modality modality, List<Fact> facts) {
        String items = facts.stream().map(FactSentences::item).collect(Collectors.joining("，"));
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

    private static String item(Fact f) {
        String subject = f.subjectName() == null || f.label().contains(f.subjectName()) ? "" : f.subjectName();
        return subject + f.label() + FactText.value(f);
    }

    /** Facts of one modality grouped by period in time order, the period-less group last. */
    private static Map<Period, List<Fact>> byPeriod(List<Fact> facts, Modality modality) {
        Map<Period, List<Fact>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.<Period>naturalOrder()));
        facts.stream().filter(f -> f.modality() == modality)
                .forEach(f -> groups.computeIfAbsent(f.period(), p -> new ArrayList<>()).add(f));
        return groups;
    }
}
