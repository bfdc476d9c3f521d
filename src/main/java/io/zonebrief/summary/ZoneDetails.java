package io.zonebrief.summary;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.SubjectKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What a zone's facts add up to beyond the facts themselves: series over periods, the named
 * entities, and breakdowns whose parts exceed their whole.
 */
final class ZoneDetails {

    private ZoneDetails() {
    }

    /** Facts of the same measure at two or more periods, ordered by period. */
    static List<Series> series(List<Fact> facts) {
        Map<List<Object>, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.period() == null) {
                continue;
            }
            List<Object> key = List.of(String.valueOf(f.indicator()), f.metric(), f.unit(), f.modality(), f.subject(),
                    String.valueOf(f.subjectName()));
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Series> out = new ArrayList<>();
        for (List<Fact> g : groups.values()) {
            if (g.stream().map(Fact::period).distinct().count() < 2) {
                continue;
            }
            List<Fact> sorted = new ArrayList<>(g);
            sorted.sort(Comparator.comparing(Fact::period));
            List<Series.Point> points = sorted.stream()
                    .map(f -> new Series.Point(f.period(), f.value(), f.figureIds())).toList();
            Fact first = sorted.get(0);
            out.add(new Series(first.indicator(), first.metric(), first.unit(), first.modality(), points));
        }
        return out;
    }

    /** Parks, projects and enterprises the figures name, in order of first mention. */
    static List<Entity> entities(List<Figure> figures) {
        Map<List<Object>, List<String>> byName = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (f.subjectName() != null && f.subject() != SubjectKind.ZONE) {
                byName.computeIfAbsent(List.of(f.subject(), f.subjectName()), k -> new ArrayList<>()).add(f.id());
            }
        }
        List<Entity> out = new ArrayList<>();
        byName.forEach((k, ids) -> out.add(new Entity((SubjectKind) k.get(0), (String) k.get(1), ids)));
        return out;
    }

    /** "其中" parts that add up to more than the figure they break down. */
    static List<String> overfullBreakdowns(List<Figure> figures) {
        Map<String, Figure> byId = new LinkedHashMap<>();
        figures.forEach(f -> byId.put(f.id(), f));
        Map<String, Double> sums = new LinkedHashMap<>();
        for (Figure f : figures) {
            if ("part".equals(f.role()) && f.parentId() != null) {
                Figure parent = byId.get(f.parentId());
                if (parent != null && Objects.equals(parent.unit(), f.unit())) {
                    sums.merge(parent.id(), f.value(), Double::sum);
                }
            }
        }
        List<String> out = new ArrayList<>();
        sums.forEach((id, sum) -> {
            Figure parent = byId.get(id);
            if (sum > parent.value() * (1 + FactMerger.ROUNDING)) {
                out.add(String.format(Locale.ROOT, "%s（%s）的分项合计%s，超过总数%s", parent.metric(), id,
                        FactMerger.plain(sum, parent.unit()), FactMerger.plain(parent.value(), parent.unit())));
            }
        });
        return out;
    }

}
