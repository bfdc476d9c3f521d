package io.zonebrief;

import io.zonebrief.extract.Figure;
import io.zonebrief.render.excel.ReviewDecision;
import io.zonebrief.render.excel.ReviewReader;
import io.zonebrief.summary.ReviewChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Applies a reviewer's decisions from a workbook ZoneBrief wrote (审核 保留/修改/删除 and 修正值) to
 * the figures of a run: deleted figures leave, corrected values replace the extracted ones, and each
 * change is recorded. Figure ids are stable for the same articles, so the same workbook applies again
 * on the next run.
 */
final class ReviewApplier {

    private final Map<String, ReviewDecision> decisions;
    private final String source;
    private final List<ReviewChange> changes = new ArrayList<>();
    private final Map<String, Boolean> used = new TreeMap<>();

    private ReviewApplier(Map<String, ReviewDecision> decisions, String source) {
        this.decisions = decisions;
        this.source = source;
    }

    static ReviewApplier none() {
        return new ReviewApplier(Map.of(), null);
    }

    static ReviewApplier read(Path workbook) throws IOException {
        return new ReviewApplier(ReviewReader.read(workbook), workbook.getFileName().toString());
    }

    /** The figures of one document after the decisions about them. */
    List<Figure> apply(List<Figure> figures) throws IOException {
        if (decisions.isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            ReviewDecision d = decisions.get(f.id());
            if (d == null || d.action() == ReviewDecision.Action.KEEP) {
                out.add(f);
                continue;
            }
            used.put(f.id(), true);
            if (d.action() == ReviewDecision.Action.DELETE) {
                changes.add(new ReviewChange(f.id(), "delete", f.value(), null, source));
                continue;
            }
            double value = ReviewValue.parse(d.correction(), f, source);
            changes.add(new ReviewChange(f.id(), "modify", f.value(), value, source));
            out.add(f.withValue(value, f.metric()));
        }
        return out;
    }

    /** Changes applied so far, in figure order. */
    List<ReviewChange> changes() {
        return List.copyOf(changes);
    }

    /** Decisions that name a figure this run did not find (the articles changed). */
    List<String> unmatched() {
        return decisions.values().stream()
                .filter(d -> d.action() != ReviewDecision.Action.KEEP && !used.containsKey(d.figureId()))
                .map(ReviewDecision::figureId).sorted().toList();
    }
}
