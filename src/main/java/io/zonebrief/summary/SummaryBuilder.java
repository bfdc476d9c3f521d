package io.zonebrief.summary;

import io.zonebrief.extract.Figure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the {@link Summary} of a run from each document's information and figures: groups figures
 * by zone, merges them into facts and orders everything so the same inputs give the same summary.
 */
public final class SummaryBuilder {

    /** What the earlier stages produced for one document. */
    public record DocumentResult(DocumentInfo info, List<Figure> figures) {
        public DocumentResult {
            figures = List.copyOf(figures);
        }
    }

    /** Gazetteer facts about a zone the summary shows with it. */
    public record ZoneFacts(String fullName, String province, String city) {
    }

    private final IndicatorTaxonomy taxonomy;

    public SummaryBuilder(IndicatorTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    public Summary build(String generatedAt, List<DocumentResult> results, Map<String, ZoneFacts> zoneFacts,
                         List<Problem> problems) {
        return build(generatedAt, results, zoneFacts, problems, List.of());
    }

    /** Builds a summary that records the review decisions already applied to the figures. */
    public Summary build(String generatedAt, List<DocumentResult> results, Map<String, ZoneFacts> zoneFacts,
                         List<Problem> problems, List<ReviewChange> reviews) {
        return build(generatedAt, results, zoneFacts, problems, reviews, FactReview.NONE);
    }

    /**
     * Builds a summary that records the review decisions already applied to the figures, and applies
     * and records a reviewer's decisions about facts as it merges them.
     */
    public Summary build(String generatedAt, List<DocumentResult> results, Map<String, ZoneFacts> zoneFacts,
                         List<Problem> problems, List<ReviewChange> reviews, FactReview factReview) {
        List<DocumentInfo> docs = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        Map<String, List<Figure>> byZone = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        Map<String, List<String>> docsByZone = new LinkedHashMap<>();
        for (DocumentResult r : results) {
            docs.add(r.info());
            figures.addAll(r.figures());
            for (Figure f : r.figures()) {
                String z = f.zone() == null ? ZoneSummary.UNKNOWN_ZONE : f.zone();
                byZone.computeIfAbsent(z, k -> new ArrayList<>()).add(f);
            }
            String dz = r.info().zone() == null ? ZoneSummary.UNKNOWN_ZONE : r.info().zone();
            docsByZone.computeIfAbsent(dz, k -> new ArrayList<>()).add(r.info().id());
            byZone.computeIfAbsent(dz, k -> new ArrayList<>());
        }
        ReviewedMerge merger = new ReviewedMerge(new FactMerger(taxonomy), factReview);
        List<ZoneSummary> zones = new ArrayList<>();
        List<String> names = new ArrayList<>(byZone.keySet());
        names.sort(Comparator.comparing((String z) -> z.equals(ZoneSummary.UNKNOWN_ZONE)).thenComparing(z -> z));
        for (String z : names) {
            List<Figure> zf = byZone.get(z);
            if (zf.isEmpty() && !docsByZone.containsKey(z)) {
                continue;
            }
            Scopes scopes = Scopes.of(zf);
            FactMerger.Merged m = merger.merge(scopes.own());
            ZoneFacts facts = zoneFacts.getOrDefault(z, new ZoneFacts(null, null, null));
            List<String> docIds = new ArrayList<>(docsByZone.getOrDefault(z, List.of()));
            zf.stream().map(Figure::documentId).distinct().filter(id -> !docIds.contains(id)).forEach(docIds::add);
            List<String> conflicts = new ArrayList<>(m.conflicts());
            conflicts.addAll(ZoneDetails.overfullBreakdowns(scopes.own()));
            List<UnitSummary> units = new ArrayList<>();
            scopes.units().forEach((key, figs) -> {
                FactMerger.Merged u = merger.merge(figs);
                units.add(new UnitSummary(key.kind(), key.name(), u.facts()));
                conflicts.addAll(u.conflicts().stream().map(c -> unitName(key) + "：" + c).toList());
            });
            zones.add(new ZoneSummary(z, facts.fullName(), facts.province(), facts.city(), docIds, m.facts(),
                    conflicts, ZoneDetails.series(m.facts()), ZoneDetails.entities(zf), units,
                    merger.merge(scopes.context()).facts()));
        }
        List<ReviewChange> changes = new ArrayList<>(reviews);
        changes.addAll(merger.changes());
        return new Summary(generatedAt, docs, figures, zones, problems, changes);
    }

    private static String unitName(Scopes.Unit key) {
        return new UnitSummary(key.kind(), key.name(), List.of()).displayName();
    }
}
