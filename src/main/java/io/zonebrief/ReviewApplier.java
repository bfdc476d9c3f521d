package io.zonebrief;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.excel.FactDecision;
import io.zonebrief.render.excel.ReviewDecision;
import io.zonebrief.render.excel.ReviewReader;
import io.zonebrief.render.excel.ReviewTime;
import io.zonebrief.render.excel.Reviews;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.FactReview;
import io.zonebrief.summary.ReviewChange;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies a reviewer's decisions from a workbook ZoneBrief wrote to the figures and facts of a run.
 * On 数据明细: deleted figures leave; a modified figure takes the corrected value, and is re-scoped,
 * re-dated, re-labelled or given another nature as the review columns say, before the summary is
 * built, so the zone's facts, its parks and projects, the briefing and the workbook all follow. On
 * the zone sheets: facts accepted, rejected, split or picked where they conflict (see
 * {@link FactReview}). Each change is recorded; a review cell that cannot be applied is one line in
 * {@link #refused()} and the rest still applies. Figure and fact ids are stable for the same
 * articles, so the same workbook applies again on the next run.
 */
final class ReviewApplier implements FactReview {

    private final Reviews reviews;
    private final String source;
    private final List<ReviewChange> changes = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ReviewApplier(Reviews reviews, String source) {
        this.reviews = reviews;
        this.source = source;
        refused.addAll(reviews.refused());
    }

    static ReviewApplier none() {
        return new ReviewApplier(Reviews.none(), null);
    }

    static ReviewApplier read(Path workbook) throws IOException {
        return new ReviewApplier(ReviewReader.readAll(workbook), workbook.getFileName().toString());
    }

    /** The figures of one document after the decisions about them. */
    synchronized List<Figure> apply(List<Figure> figures) {
        if (!reviews.facts().isEmpty()) {
            // a fact's id is made from a figure's: the fact is this run's when that figure is
            figures.stream().map(f -> Fact.ID_PREFIX + f.id()).filter(reviews.facts()::containsKey).forEach(used::add);
        }
        if (reviews.figures().isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            ReviewDecision d = reviews.figures().get(f.id());
            if (d == null) {
                out.add(f);
                continue;
            }
            used.add(f.id());
            switch (d.action()) {
                case DELETE -> change(f.id(), "delete", null, f.value(), null, d);
                case KEEP -> {
                    if (d.reviewer() != null || d.note() != null) {
                        change(f.id(), "keep", null, f.value(), f.value(), d);
                    }
                    out.add(f);
                }
                case MODIFY -> out.add(modified(f, d));
            }
        }
        return out;
    }

    /** {@code f} with every readable correction of {@code d}; each one applied is recorded. */
    private Figure modified(Figure f, ReviewDecision d) {
        Figure g = f;
        if (d.correction() != null || !d.changesMeaning()) {
            try {
                double value = ReviewValue.parse(d.correction(), f, d.correctionCell() == null ? "" : d.correctionCell());
                change(f.id(), "modify", "value", f.value(), value, d);
                g = g.withValue(value, g.metric());
            } catch (IOException e) {
                refused.add(e.getMessage().startsWith(": ") ? e.getMessage().substring(2) : e.getMessage());
            }
        }
        if (d.subject() != null || d.subjectName() != null) {
            SubjectKind kind = d.subject() != null ? d.subject() : g.subject();
            // the zone's own figures name no body; any other keeps its name unless a new one is given
            String name = kind == SubjectKind.ZONE ? null : d.subjectName() != null ? d.subjectName() : g.subjectName();
            if (kind != g.subject()) {
                change(f.id(), "modify", "subject", g.subject().key(), kind.key(), d);
            }
            if (!Objects.equals(name, g.subjectName())) {
                change(f.id(), "modify", "subject_name", g.subjectName(), name, d);
            }
            g = g.withScope(kind, name);
        }
        if (d.time() != null) {
            ReviewTime t = d.time();
            change(f.id(), "modify", "period", describe(g), t.toString(), d);
            g = g.withTime(t.kind(), t.period(), t.asOf());
        }
        if (d.nature() != null && d.nature() != g.nature()) {
            change(f.id(), "modify", "nature", g.nature().key(), d.nature().key(), d);
            g = g.withNature(d.nature());
        }
        if (d.metric() != null && !d.metric().equals(g.metric())) {
            change(f.id(), "modify", "metric", g.metric(), d.metric(), d);
            g = g.withMetric(d.metric());
        }
        return g;
    }

    /** A figure's time in the words of the 修正时期 column. */
    private static String describe(Figure f) {
        if (f.periodKind() == PeriodKind.FLOW && f.period() == null) {
            return "未注明";
        }
        if (f.periodKind() == PeriodKind.STOCK && f.asOf() == null) {
            return "截至未注明";
        }
        return new ReviewTime(f.periodKind(), f.period(), f.asOf()).toString();
    }

    private void change(String id, String action, String field, Object before, Object after, ReviewDecision d) {
        changes.add(new ReviewChange(id, action, field, before, after, d.reviewer(), d.note(), source));
    }

    @Override
    public Decision decision(String factId) {
        FactDecision d = reviews.facts().get(factId);
        if (d == null) {
            return null;
        }
        return new Decision(Choice.valueOf(d.action().name()), d.reviewer(), d.note(), source);
    }

    /** Changes to figures applied so far, in the order they were applied. */
    synchronized List<ReviewChange> changes() {
        return List.copyOf(changes);
    }

    /** One line per review cell that could not be applied, naming sheet, row and column. */
    synchronized List<String> refused() {
        return List.copyOf(refused);
    }

    /** Decisions that name a figure or fact this run did not find (the articles changed). */
    List<String> unmatched() {
        Set<String> out = new TreeSet<>();
        reviews.figures().values().stream()
                .filter(d -> d.action() != ReviewDecision.Action.KEEP && !used.contains(d.figureId()))
                .forEach(d -> out.add(d.figureId()));
        reviews.facts().keySet().stream().filter(id -> !used.contains(id)).forEach(out::add);
        return List.copyOf(out);
    }
}
