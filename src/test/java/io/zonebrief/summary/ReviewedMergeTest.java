package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A reviewer's decisions about merged and conflicting facts, applied as the facts are built. */
class ReviewedMergeTest {

    private static final Period NINE_MONTHS = Period.of(2024, 1, 9);

    private static Figure money(String id, double value, String text) {
        return new Figure(id, id.substring(0, id.indexOf('#')), "签约项目总投资", value, null, "元", Qualifier.EXACT, text,
                "今年1—9月，高新区" + text + "。", 0, text.length(), NINE_MONTHS, Modality.ACTUAL, SubjectKind.ZONE, null,
                null, null, null, "洛阳高新区");
    }

    private static FactMerger.Merged merge(List<Figure> figures, Map<String, FactReview.Choice> choices,
                                           List<ReviewChange> changes) {
        ReviewedMerge m = new ReviewedMerge(new FactMerger(IndicatorTaxonomy.defaults()), id -> {
            FactReview.Choice c = choices.get(id);
            return c == null ? null : new FactReview.Decision(c, "王五", null, "edited.xlsx");
        });
        FactMerger.Merged out = m.merge(figures);
        changes.addAll(m.changes());
        return out;
    }

    @Test
    void roundedAndPreciseSayingsMergeIntoOneFactUnlessTheReviewerSplitsThem() {
        List<Figure> figures = List.of(money("a#1", 12_900_000_000.0, "签约总投资129亿元"),
                money("b#4", 12_953_000_000.0, "签约总投资129.53亿元"));
        FactMerger.Merged merged = merge(figures, Map.of(), new ArrayList<>());
        assertEquals(1, merged.facts().size());
        Fact fact = merged.facts().get(0);
        assertEquals("F:b#4", fact.id(), "the fact is known by the figure its value comes from");

        List<ReviewChange> changes = new ArrayList<>();
        FactMerger.Merged split = merge(figures, Map.of("F:b#4", FactReview.Choice.SPLIT), changes);
        assertEquals(List.of("F:a#1", "F:b#4"), split.facts().stream().map(Fact::id).sorted().toList());
        assertEquals(List.of(12_900_000_000.0, 12_953_000_000.0), split.facts().stream().map(Fact::value).sorted().toList());
        assertEquals(1, changes.size());
        assertEquals("split", changes.get(0).action());
        assertEquals(List.of("a#1", "b#4"), changes.get(0).after());
        assertEquals("王五", changes.get(0).reviewer());
    }

    @Test
    void pickingOneOfTwoConflictingValuesDropsTheOtherAndTheConflict() {
        List<Figure> figures = List.of(money("a#1", 5_600_000_000.0, "总投资56亿元"),
                money("b#2", 6_500_000_000.0, "总投资65亿元"));
        FactMerger.Merged before = merge(figures, Map.of(), new ArrayList<>());
        assertEquals(2, before.facts().size());
        assertEquals(1, before.conflicts().size(), before.conflicts().toString());

        List<ReviewChange> changes = new ArrayList<>();
        FactMerger.Merged picked = merge(figures, Map.of("F:b#2", FactReview.Choice.PICK), changes);
        assertEquals(List.of("F:b#2"), picked.facts().stream().map(Fact::id).toList());
        assertTrue(picked.conflicts().isEmpty(), picked.conflicts().toString());
        assertEquals("pick", changes.get(0).action());
        assertEquals(List.of("F:a#1"), changes.get(0).before());
        assertEquals(6_500_000_000.0, changes.get(0).after());
    }

    @Test
    void aRejectedFactLeaves() {
        List<ReviewChange> changes = new ArrayList<>();
        FactMerger.Merged rejected = merge(List.of(money("a#1", 5_600_000_000.0, "总投资56亿元")),
                Map.of("F:a#1", FactReview.Choice.REJECT), changes);
        assertTrue(rejected.facts().isEmpty());
        assertEquals("reject", changes.get(0).action());
        assertEquals(5_600_000_000.0, changes.get(0).before());
    }
}
