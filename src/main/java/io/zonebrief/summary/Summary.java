package io.zonebrief.summary;

import io.zonebrief.extract.Figure;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The structured summary of a run: documents, every figure with its provenance, and one summary
 * per zone. Renderers build the workbook and the briefing from this alone. This class is immutable.
 *
 * @param generatedAt ISO date-time of the run, or null under --reproducible
 * @param documents   documents read, in input order
 * @param figures     every figure, in document order
 * @param zones       per-zone summaries, known zones first in name order, then 未识别
 * @param problems    inputs skipped or failed
 * @param reviews     reviewers' decisions applied to figures (deletions and corrections)
 */
public record Summary(
        String generatedAt,
        List<DocumentInfo> documents,
        List<Figure> figures,
        List<ZoneSummary> zones,
        List<Problem> problems,
        List<ReviewChange> reviews) {

    public Summary {
        documents = List.copyOf(documents);
        figures = List.copyOf(figures);
        zones = List.copyOf(zones);
        problems = List.copyOf(problems);
        reviews = List.copyOf(reviews);
    }

    /** A summary no reviewer has changed. */
    public Summary(String generatedAt, List<DocumentInfo> documents, List<Figure> figures, List<ZoneSummary> zones,
                   List<Problem> problems) {
        this(generatedAt, documents, figures, zones, problems, List.of());
    }

    /** The figure with this id, or empty. */
    public Optional<Figure> findFigure(String id) {
        return figures.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The figure with this id; throws naming the id when there is none. */
    public Figure expectFigure(String id) {
        return findFigure(id).orElseThrow(() -> new IllegalArgumentException("no figure with id " + id));
    }

    /** Figures by id, for renderers that look up many. */
    public Map<String, Figure> figuresById() {
        return figures.stream().collect(Collectors.toMap(Figure::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The document with this id, or empty. */
    public Optional<DocumentInfo> findDocument(String id) {
        return documents.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
