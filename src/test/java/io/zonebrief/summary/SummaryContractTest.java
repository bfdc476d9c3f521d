package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract holds for a real summary and fails for each way summary.json could drift from it: a
 * field renamed, retyped, dropped or given a value outside its vocabulary, and the cross-field
 * rules a schema cannot say. Each row changes one thing in a copy of a real summary.json.
 */
class SummaryContractTest {

    /** A dated article with a flow over months, a qualified count, a level, a target and a park's figure. */
    private static final String ARTICLE = """
            2024年7月10日 星期三

            上半年,洛阳高新区新签约项目15个,总投资42.6亿元,实际利用外资近5000万美元。
            截至6月底,全区共有高新技术企业300余家。
            到2025年,力争高新技术企业达到400家。
            洛阳高新区智能装备产业园上半年实现营业收入约12亿元。
            """;

    private static JsonNode real;

    @BeforeAll
    static void analyse() throws Exception {
        real = SummaryContract.asJson(ZoneBrief.analyze("luoyang-memo", ARTICLE, RunOptions.defaults().withReproducible(true)));
    }

    @Test
    void aRealSummaryHoldsAndHasWhatTheRowsChange() {
        assertEquals(List.of(), SummaryContract.violations(real));
        assertTrue(real.path("figures").size() >= 5, real.toString());
        assertTrue(figure(real, 0).path("period").isObject(), "the first figure has a period to mutate");
        assertTrue(real.path("zones").get(0).path("facts").size() > 0, "the zone has facts to mutate");
    }

    static Stream<Arguments> mutations() {
        return Stream.of(
                row("figure metric renamed to label", s -> rename(figure(s, 0), "metric", "label"), "metric"),
                row("figure subject renamed to scope", s -> rename(figure(s, 0), "subject", "scope"), "subject"),
                row("figure period.from renamed", s -> rename((ObjectNode) figure(s, 0).path("period"), "from", "start"),
                        "from"),
                row("document published renamed", s -> rename((ObjectNode) s.path("documents").get(0), "published", "date"),
                        "published"),
                row("document zone dropped", s -> ((ObjectNode) s.path("documents").get(0)).remove("zone"), "zone"),
                row("figures renamed", s -> rename((ObjectNode) s, "figures", "items"), "figures"),
                row("value written as text", s -> figure(s, 0).put("value", "4260000000"), "value"),
                row("start written as a decimal", s -> figure(s, 0).put("start", 12.5), "start"),
                row("period written as one string", s -> figure(s, 0).put("period", "2024-01..2024-06"), "period"),
                row("period month without zero", s -> ((ObjectNode) figure(s, 0).path("period")).put("from", "2024-1"),
                        "from"),
                row("qualifier written as 余", s -> figure(s, 0).put("qualifier", "余"), "qualifier"),
                row("qualifier written as 近", s -> figure(s, 0).put("qualifier", "近"), "qualifier"),
                row("qualifier written as 约", s -> figure(s, 0).put("qualifier", "约"), "qualifier"),
                row("qualifier null", s -> figure(s, 0).putNull("qualifier"), "qualifier"),
                row("modality in upper case", s -> figure(s, 0).put("modality", "ACTUAL"), "modality"),
                row("modality planned", s -> figure(s, 0).put("modality", "planned"), "modality"),
                row("subject company", s -> figure(s, 0).put("subject", "company"), "subject"),
                row("period_kind level", s -> figure(s, 0).put("period_kind", "level"), "period_kind"),
                row("published not a day", s -> ((ObjectNode) s.path("documents").get(0)).put("published", "2024/07/10"),
                        "published"),
                row("fact qualifier 余", s -> fact(s).put("qualifier", "余"), "qualifier"),
                row("fact value as text", s -> fact(s).put("value", "15"), "value"),
                row("unknown field on a figure", s -> figure(s, 0).put("confidence", 0.9), "confidence"),
                row("period from after to", s -> {
                    ObjectNode p = (ObjectNode) figure(s, 0).path("period");
                    p.put("from", "2024-06");
                    p.put("to", "2024-01");
                }, "backwards"),
                row("figure of an unknown document", s -> figure(s, 0).put("document", "elsewhere"), "documents[]"),
                row("fact citing an unknown figure",
                        s -> ((ArrayNode) fact(s).path("figures")).add("luoyang-memo#99"),
                        "unknown figure"),
                row("text not in its sentence", s -> figure(s, 0).put("text", "九十九亿元"), "sentence"),
                row("the zone's figure names a body", s -> figure(s, 0).put("subject_name", "某园区"), "names a body"),
                row("as_of on a flow", s -> figure(s, 0).put("as_of", "2024-06"), "as_of"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aSummaryThatDriftsFailsTheContract(String change, Consumer<ObjectNode> mutation, String named) {
        ObjectNode copy = real.deepCopy();
        mutation.accept(copy);
        List<String> found = SummaryContract.violations(copy);
        assertTrue(found.stream().anyMatch(v -> v.contains(named)), () -> change + ": expected a violation naming "
                + named + ", got " + found);
    }

    private static Arguments row(String change, Consumer<ObjectNode> mutation, String named) {
        return Arguments.of(change, mutation, named);
    }

    /** The first figure of the zone itself, so rows about subject names and flows apply to it. */
    private static ObjectNode figure(JsonNode s, int skip) {
        return (ObjectNode) StreamSupport.stream(s.path("figures").spliterator(), false)
                .filter(f -> f.path("subject").asText().equals("zone") && f.path("period_kind").asText().equals("flow")
                        && f.path("period").isObject())
                .skip(skip).findFirst().orElseThrow();
    }

    private static ObjectNode fact(JsonNode s) {
        return (ObjectNode) s.path("zones").get(0).path("facts").get(0);
    }

    private static void rename(ObjectNode node, String from, String to) {
        node.set(to, node.remove(from));
    }
}
