package io.zonebrief.summary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Summary} as summary.json: the documents[] and figures[] of the extraction contract
 * (shared/eval/README.md) plus zones[] and problems[]. Keys come in a fixed order so the same summary
 * always gives the same bytes.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private SummaryJson() {
    }

    /**
     * Writes the summary, one element at a time so that hundreds of thousands of figures never sit
     * in memory twice.
     */
    public static void write(Summary s, OutputStream out) throws IOException {
        write(s, null, out);
    }

    /**
     * Writes the summary with the id of the run that wrote it ({@code run_id}); the workbook and the
     * briefing of the same run carry the same id, so a set mixed from two runs shows.
     */
    public static void write(Summary s, String runId, OutputStream out) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("generator", "ZoneBrief");
            g.writeObjectField("generated_at", s.generatedAt());
            g.writeObjectField("run_id", runId);
            array(g, "documents", s.documents(), SummaryJson::document);
            array(g, "figures", s.figures(), SummaryJson::figure);
            array(g, "zones", s.zones(), z -> zone(z, s));
            array(g, "reviews", s.reviews(), SummaryJson::review);
            array(g, "problems", s.problems(), SummaryJson::problem);
            g.writeEndObject();
        }
        out.write('\n');
    }

    public static String toJson(Summary summary) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try {
            write(summary, buf);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return buf.toString(java.nio.charset.StandardCharsets.UTF_8).stripTrailing();
    }

    private static <T> void array(JsonGenerator g, String name, List<T> items,
                                  java.util.function.Function<T, Map<String, Object>> toMap) throws IOException {
        g.writeArrayFieldStart(name);
        for (T item : items) {
            g.writeObject(toMap.apply(item));
        }
        g.writeEndArray();
    }

    private static Map<String, Object> review(ReviewChange r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(r.figureId().startsWith(Fact.ID_PREFIX) ? "fact" : "figure", r.figureId());
        m.put("action", r.action());
        m.put("field", r.field());
        m.put("before", r.before() instanceof Double d ? number(d) : r.before());
        m.put("after", r.after() instanceof Double d ? number(d) : r.after());
        m.put("reviewer", r.reviewer());
        m.put("note", r.note());
        m.put("source", r.source());
        return m;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", p.file());
        m.put("kind", p.kind());
        m.put("message", p.message());
        return m;
    }

    private static Map<String, Object> document(DocumentInfo d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("zone", d.zone());
        m.put("published", d.published() == null ? null : d.published().toString());
        m.put("published_how", d.publishedHow());
        m.put("zone_confidence", round(d.zoneConfidence()));
        m.put("zone_reason", d.zoneReason());
        m.put("source", d.source());
        m.put("file", d.file());
        m.put("format", d.format());
        m.put("charset", d.charset());
        m.put("headlines", d.headlines());
        m.put("figure_count", d.figureCount());
        m.put("warnings", d.warnings());
        return m;
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("document", f.documentId());
        m.put("zone", f.zone());
        m.put("metric", f.metric());
        m.put("value", number(f.value()));
        m.put("value_to", f.valueTo() == null ? null : number(f.valueTo()));
        m.put("unit", f.unit());
        m.put("qualifier", f.qualifier().symbol());
        m.put("text", f.text());
        m.put("sentence", f.sentence());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("period", period(f.period()));
        meaning(m, f.modality(), f.nature(), f.periodKind(), f.asOf(), f.subject(), f.subjectName());
        m.put("headline", f.headline());
        m.put("role", f.role());
        m.put("parent", f.parentId());
        return m;
    }

    private static Map<String, Object> zone(ZoneSummary z, Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("zone", z.zone());
        m.put("full_name", z.fullName());
        m.put("province", z.province());
        m.put("city", z.city());
        m.put("documents", z.documentIds());
        m.put("evidence", z.documentIds().stream().map(id -> s.findDocument(id).orElse(null))
                .filter(java.util.Objects::nonNull).map(d -> {
                    Map<String, Object> e = new LinkedHashMap<>();
                    e.put("document", d.id());
                    e.put("zone", d.zone());
                    e.put("confidence", round(d.zoneConfidence()));
                    e.put("reason", d.zoneReason());
                    return e;
                }).toList());
        List<Map<String, Object>> facts = z.facts().stream().map(SummaryJson::fact).toList();
        m.put("facts", facts);
        m.put("units", z.units().stream().map(u -> {
            Map<String, Object> um = new LinkedHashMap<>();
            um.put("kind", u.kind().key());
            um.put("name", u.name());
            um.put("facts", u.facts().stream().map(SummaryJson::fact).toList());
            return um;
        }).toList());
        m.put("context", z.context().stream().map(SummaryJson::fact).toList());
        m.put("conflicts", z.conflicts());
        m.put("series", z.series().stream().map(SummaryJson::series).toList());
        m.put("entities", z.entities().stream().map(e -> {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("kind", e.kind().key());
            em.put("name", e.name());
            em.put("figures", e.figureIds());
            return em;
        }).toList());
        return m;
    }

    /** What a figure or fact means, in the same keys for both: its kind of statement, time and owner. */
    private static void meaning(Map<String, Object> m, Modality modality, Nature nature,
                                PeriodKind periodKind, YearMonth asOf, SubjectKind subject, String subjectName) {
        m.put("modality", modality.key());
        m.put("nature", nature.key());
        m.put("period_kind", periodKind.key());
        m.put("as_of", asOf == null ? null : asOf.toString());
        m.put("subject", subject.key());
        m.put("subject_name", subjectName);
    }

    private static Map<String, Object> fact(Fact f) {
        Map<String, Object> fm = new LinkedHashMap<>();
        fm.put("id", f.id());
        fm.put("indicator", f.indicator());
        fm.put("category", f.category());
        fm.put("metric", f.metric());
        fm.put("value", number(f.value()));
        fm.put("unit", f.unit());
        fm.put("qualifier", f.qualifier().symbol());
        fm.put("period", period(f.period()));
        meaning(fm, f.modality(), f.nature(), f.periodKind(), f.asOf(), f.subject(), f.subjectName());
        fm.put("figures", f.figureIds());
        fm.put("value_figure", f.valueFigureId());
        fm.put("note", f.note());
        return fm;
    }

    private static Map<String, Object> series(Series s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", s.indicator());
        m.put("metric", s.metric());
        m.put("unit", s.unit());
        m.put("modality", s.modality().key());
        m.put("points", s.points().stream().map(p -> {
            Map<String, Object> pm = new LinkedHashMap<>();
            pm.put("period", period(p.period()));
            pm.put("value", number(p.value()));
            pm.put("figures", p.figureIds());
            return pm;
        }).toList());
        return m;
    }

    private static Map<String, Object> period(Period p) {
        if (p == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", p.from().toString());
        m.put("to", p.to().toString());
        return m;
    }

    static Object number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return (long) v;
        }
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros();
    }

    private static Object round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
