package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The summary.json contract: {@code summary.schema.json} (the evaluation contract of
 * shared/eval/README.md plus the fields ZoneBrief adds) and the few rules a schema cannot say —
 * references between figures, documents and facts, and the order and consistency of a figure's
 * time. Any test that produces a summary.json can hold it to the contract with {@link #assertHolds}.
 */
public final class SummaryContract {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of("classpath:io/zonebrief/summary/summary.schema.json"));

    private SummaryContract() {
    }

    /** Fails with every violation listed, {@code what} naming the summary in the message. */
    public static void assertHolds(String what, JsonNode summary) {
        List<String> found = violations(summary);
        assertEquals(List.of(), found.subList(0, Math.min(found.size(), 20)), what + " breaks the summary.json contract");
    }

    public static void assertHolds(Path summaryJson) {
        try {
            assertHolds(summaryJson.toString(), MAPPER.readTree(summaryJson.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The summary as summary.json would hold it, parsed back. */
    public static JsonNode asJson(Summary summary) {
        try {
            return MAPPER.readTree(SummaryJson.toJson(summary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema errors first (JSON path and message), then the rules across fields; empty when it holds. */
    public static List<String> violations(JsonNode summary) {
        List<String> out = new ArrayList<>();
        for (Error e : SCHEMA.validate(summary)) {
            out.add(e.getInstanceLocation() + ": " + e.getMessage());
        }
        if (out.isEmpty()) {
            crossFieldRules(summary, out);
        }
        return out;
    }

    private static void crossFieldRules(JsonNode summary, List<String> out) {
        Set<String> documents = new HashSet<>();
        summary.path("documents").forEach(d -> documents.add(d.path("id").asText()));
        Set<String> figures = new HashSet<>();
        for (JsonNode f : summary.path("figures")) {
            String id = f.path("id").asText();
            if (!figures.add(id)) {
                out.add(id + ": figure id used twice");
            }
            if (!documents.contains(f.path("document").asText())) {
                out.add(id + ": document " + f.path("document") + " is not among documents[]");
            }
            if (!id.startsWith(f.path("document").asText() + "#")) {
                out.add(id + ": id does not start with its document's id");
            }
            if (f.path("start").asInt() >= f.path("end").asInt()) {
                out.add(id + ": start " + f.path("start") + " is not before end " + f.path("end"));
            }
            if (!squeezed(f.path("sentence")).contains(squeezed(f.path("text")))) {
                out.add(id + ": text " + f.path("text") + " is not in its sentence");
            }
            time(id, f, out);
        }
        for (JsonNode z : summary.path("zones")) {
            List<JsonNode> facts = new ArrayList<>();
            z.path("facts").forEach(facts::add);
            z.path("context").forEach(facts::add);
            z.path("units").forEach(u -> u.path("facts").forEach(facts::add));
            for (JsonNode fact : facts) {
                time(z.path("zone").asText() + " fact " + fact.path("metric").asText(), fact, out);
                fact.path("figures").forEach(ref -> {
                    if (!figures.contains(ref.asText())) {
                        out.add(z.path("zone").asText() + ": fact " + fact.path("metric") + " cites unknown figure " + ref);
                    }
                });
            }
        }
    }

    /** A period runs forwards; only a level has a month it stands at; the zone's own figure names no body. */
    private static void time(String what, JsonNode f, List<String> out) {
        JsonNode period = f.path("period");
        if (period.isObject() && period.path("from").asText().compareTo(period.path("to").asText()) > 0) {
            out.add(what + ": period runs backwards " + period);
        }
        // A level's month is unknown when the article has no date and says none (目前, 现有).
        if (f.hasNonNull("as_of") && !"stock".equals(f.path("period_kind").asText())) {
            out.add(what + ": period_kind " + f.path("period_kind") + " with as_of " + f.path("as_of"));
        }
        if ("none".equals(f.path("period_kind").asText()) && period.isObject()) {
            out.add(what + ": period_kind none with period " + period);
        }
        if ("zone".equals(f.path("subject").asText()) && f.hasNonNull("subject_name")
                && !f.path("subject_name").asText().matches(".*(局|委员会|工委|办公室|大队|支队|中队|分局|中心)")) {
            // the zone's own figure names at most the department of the zone that reports it
            out.add(what + ": the zone's own figure names a body " + f.path("subject_name"));
        }
    }

    private static String squeezed(JsonNode text) {
        return text.asText().replaceAll("\\s", "");
    }
}
