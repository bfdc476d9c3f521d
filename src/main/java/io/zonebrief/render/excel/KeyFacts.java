package io.zonebrief.render.excel;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the one fact that stands for an indicator when a zone has several (different periods,
 * targets, parks): an actual figure about the whole zone for the latest period, because that is
 * what a reader compares across zones.
 */
final class KeyFacts {

    private static final Comparator<Fact> BEST = Comparator
            .comparing((Fact f) -> f.modality() != Modality.ACTUAL)
            .thenComparing(f -> f.subject() != SubjectKind.ZONE)
            .thenComparing(f -> f.period() == null)
            .thenComparing(Fact::period, Comparator.nullsLast(Comparator.reverseOrder()));

    private KeyFacts() {
    }

    /** For each indicator the zone has, its representative fact, in the zone's fact order. */
    static Map<String, Fact> byIndicator(ZoneSummary zone) {
        Map<String, Fact> best = new LinkedHashMap<>();
        for (Fact f : zone.facts()) {
            if (f.indicator() != null) {
                best.merge(f.indicator(), f, (a, b) -> BEST.compare(b, a) < 0 ? b : a);
            }
        }
        return best;
    }

    /**
     * Indicators for the overview columns: those most zones share first, ties broken by the
     * template's preference and then by first appearance; at most {@code max}.
     */
    static List<String> overviewIndicators(List<ZoneSummary> zones, List<String> preferred, int max) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (ZoneSummary z : zones) {
            byIndicator(z).keySet().forEach(i -> count.merge(i, 1, Integer::sum));
        }
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < preferred.size(); i++) {
            order.putIfAbsent(preferred.get(i), i);
        }
        List<String> names = new ArrayList<>(count.keySet());
        List<String> firstSeen = List.copyOf(names);
        names.sort(Comparator.comparing((String n) -> -count.get(n))
                .thenComparing(n -> order.getOrDefault(n, Integer.MAX_VALUE))
                .thenComparing(firstSeen::indexOf));
        return names.subList(0, Math.min(max, names.size()));
    }
}
