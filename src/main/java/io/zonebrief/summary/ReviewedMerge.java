package io.zonebrief.summary;

import io.zonebrief.extract.Figure;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges figures into facts as {@link FactMerger} does, then applies a reviewer's decisions about
 * those facts: a rejected fact leaves, a split fact becomes one fact per figure, and a picked fact's
 * value holds: the facts it conflicted with leave, and so does the conflict note. Each decision is
 * recorded as a {@link ReviewChange}.
 */
final class ReviewedMerge {

    private final FactMerger merger;
    private final FactReview review;
    private final List<ReviewChange> changes = new ArrayList<>();

    ReviewedMerge(FactMerger merger, FactReview review) {
        this.merger = merger;
        this.review = review;
    }

    /** The facts of {@code figures} after the reviewer's decisions, with their conflicts. */
    FactMerger.Merged merge(List<Figure> figures) {
        FactMerger.Merged merged = merger.merge(figures);
        if (review == FactReview.NONE) {
            return merged;
        }
        Map<String, Figure> byId = null;
        List<Fact> out = new ArrayList<>();
        List<Fact> picked = new ArrayList<>();
        Map<Fact, FactReview.Decision> pickedBy = new HashMap<>();
        boolean changed = false;
        for (Fact f : merged.facts()) {
            FactReview.Decision d = review.decision(f.id());
            if (d == null) {
                out.add(f);
                continue;
            }
            switch (d.choice()) {
                case ACCEPT -> {
                    out.add(f);
                    record(f, "accept", f.value(), f.value(), d);
                }
                case REJECT -> {
                    changed = true;
                    record(f, "reject", f.value(), null, d);
                }
                case SPLIT -> {
                    if (byId == null) {
                        byId = new HashMap<>();
                        for (Figure g : figures) {
                            byId.putIfAbsent(g.id(), g);
                        }
                    }
                    changed |= f.figureIds().size() > 1;
                    for (String id : f.figureIds()) {
                        out.addAll(merger.merge(List.of(byId.get(id))).facts());
                    }
                    record(f, "split", f.value(), f.figureIds(), d);
                }
                case PICK -> {
                    out.add(f);
                    picked.add(f);
                    pickedBy.put(f, d);
                }
            }
        }
        for (Fact p : picked) {
            List<Object> key = FactMerger.conflictKey(p);
            List<String> dropped = new ArrayList<>();
            if (key != null) {
                out.removeIf(o -> {
                    boolean drop = o != p && !picked.contains(o) && key.equals(FactMerger.conflictKey(o));
                    if (drop) {
                        dropped.add(o.id());
                    }
                    return drop;
                });
            }
            changed |= !dropped.isEmpty();
            record(p, "pick", dropped, p.value(), pickedBy.get(p));
        }
        return changed ? new FactMerger.Merged(out, FactMerger.conflicts(out)) : merged;
    }

    private void record(Fact f, String action, Object before, Object after, FactReview.Decision d) {
        changes.add(new ReviewChange(f.id(), action, null, before, after, d.reviewer(), d.note(), d.source()));
    }

    /** The decisions applied so far, in the order of the facts. */
    List<ReviewChange> changes() {
        return List.copyOf(changes);
    }
}
