package io.zonebrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.SummaryContract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hand-annotated sets — their gold, their inputs, the floor of each field — and each set's
 * summary.json, analysed once per test run and shared by the tests that score it and check its
 * contract. The seed gold and the real documents live in shared/eval and count only where that
 * folder is there.
 *
 * <p>Sets 1 and 2 were annotated before GUIDE.md said that totals over a zone's projects are the
 * zone's; their subject floors are lower for that reason, not because the scope rules are weaker
 * there. Blind set 3 marks a policy's grant standards "target", where the real documents' gold says
 * "unknown" (which ZoneBrief follows); its modality floor reflects that.</p>
 */
final class GoldSets {

    static final Path SHARED = Path.of("..", "shared", "eval");
    private static final Map<String, JsonNode> SUMMARIES = new ConcurrentHashMap<>();

    record GoldSet(String name, Path gold, Path inputs, Map<String, Double> floors) {

        boolean present() {
            return Files.isRegularFile(gold) && Files.isDirectory(inputs);
        }

        /** The set's summary.json as written, parsed back; analysed on first use. */
        JsonNode summaryJson() {
            return SUMMARIES.computeIfAbsent(name, k -> {
                try {
                    return SummaryContract.asJson(ZoneBrief.analyze(List.of(inputs),
                            RunOptions.defaults().withReproducible(true), Progress.NONE));
                } catch (Exception ex) {
                    throw new IllegalStateException(name + ": " + ex.getMessage(), ex);
                }
            });
        }
    }

    private GoldSets() {
    }

    static List<GoldSet> all() throws Exception {
        Path res = Path.of(GoldSets.class.getResource("/io/zonebrief").toURI());
        return List.of(
                new GoldSet("seeds", SHARED.resolve("gold-seeds.json"), Path.of("seeds"), Map.of(
                        "f1", 0.99, "label", 0.97, "qualifier", 0.99, "period", 0.97, "modality", 0.98, "subject", 0.97,
                        "zone", 0.99, "published", 0.99)),
                new GoldSet("blind", res.resolve("blind/gold.json"), res.resolve("blind"), Map.of(
                        "f1", 0.99, "label", 0.96, "qualifier", 0.99, "period", 0.96, "modality", 0.98, "subject", 0.83,
                        "zone", 0.83, "published", 0.99)),
                new GoldSet("blind2", res.resolve("blind2/gold.json"), res.resolve("blind2"), Map.of(
                        "f1", 0.99, "label", 0.92, "qualifier", 0.99, "period", 0.89, "modality", 0.97, "subject", 0.77,
                        "zone", 0.99, "published", 0.99)),
                new GoldSet("blind3", res.resolve("blind3/gold.json"), res.resolve("blind3"), Map.of(
                        "f1", 0.98, "label", 0.90, "qualifier", 0.99, "period", 0.89, "modality", 0.87, "subject", 0.96,
                        "zone", 0.99, "published", 0.99)),
                new GoldSet("real-dev", SHARED.resolve("real-dev/gold-real-dev.json"), SHARED.resolve("real-dev/docs"),
                        Map.of("f1", 0.95, "label", 0.83, "qualifier", 0.96, "period", 0.92, "modality", 0.94,
                                "subject", 0.84, "zone", 0.99)));
    }
}
