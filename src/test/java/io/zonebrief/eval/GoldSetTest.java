package io.zonebrief.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonebrief.summary.SummaryContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every hand-annotated set ({@link GoldSets}) scored field by field from its summary.json, each
 * field with a floor a little under what it measures now, so a regression in any of them — in the
 * analysis or in how summary.json writes it — fails a test named after the set and the field; and
 * every set's summary.json held to the contract ({@link SummaryContract}).
 */
class GoldSetTest {

    private static final Map<String, GoldScorer.Scores> SCORES = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> everyFieldOfEverySetHoldsItsFloor() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (GoldSets.GoldSet set : GoldSets.all()) {
            set.floors().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> tests.add(
                    DynamicTest.dynamicTest(set.name() + " " + e.getKey() + " >= " + e.getValue(), () -> {
                        assumeTrue(set.present(), set.gold() + " is not here");
                        GoldScorer.Scores s = scores(set);
                        double got = s.get(e.getKey());
                        String field = e.getKey().toUpperCase(Locale.ROOT);
                        assertTrue(got >= e.getValue(), () -> String.format(Locale.ROOT, "%s %s %.4f < %.2f; first misses: %s",
                                set.name(), e.getKey(), got, e.getValue(), s.misses().stream()
                                        .filter(m -> m.startsWith(field) || field.equals("F1") && m.startsWith("MISSED"))
                                        .limit(12).toList()));
                    })));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everySetsSummaryJsonKeepsTheContract() throws Exception {
        return GoldSets.all().stream().map(set -> DynamicTest.dynamicTest(set.name() + " summary.json", () -> {
            assumeTrue(set.present(), set.gold() + " is not here");
            SummaryContract.assertHolds(set.name(), set.summaryJson());
        }));
    }

    private static GoldScorer.Scores scores(GoldSets.GoldSet set) {
        return SCORES.computeIfAbsent(set.name(), k -> {
            try {
                return GoldScorer.score(new ObjectMapper().readTree(set.gold().toFile()), set.summaryJson());
            } catch (Exception ex) {
                throw new IllegalStateException(set.name() + ": " + ex.getMessage(), ex);
            }
        });
    }
}
