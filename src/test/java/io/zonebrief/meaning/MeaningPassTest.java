package io.zonebrief.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whose a figure is, what kind of statement it is and how it relates to time, on short articles
 * written for this test (scope.tsv): one row per rule, with the cases that must go the other way
 * beside it (the zone named nearer than a park, a venue, a count of a class, a yardstick 全市…).
 */
class MeaningPassTest {

    static Stream<Arguments> rows() throws IOException {
        try (InputStream in = MeaningPassTest.class.getResourceAsStream("/io/zonebrief/meaning/scope.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> {
                String[] c = l.split("\t", -1);
                if (c.length != 7) {
                    throw new IllegalArgumentException("scope.tsv: 7 columns expected: " + l);
                }
                return Arguments.of(c[1], c[0].replace("\\n", "\n"), c[2], c[3], c[4], c[5], c[6]);
            });
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void readsWhoseWhatKindAndWhen(String quote, String article, String subject, String name, String nature,
                                   String periodKind, String asOf) {
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", article));
        List<Figure> figures = MeaningPass.apply(doc, FigureExtractor.extract(doc));
        Figure f = figures.stream().filter(x -> x.text().contains(quote) || quote.contains(x.text())
                && x.text().length() >= 2).findFirst().orElse(null);
        assertNotNull(f, () -> "no figure '" + quote + "' among " + figures.stream().map(Figure::text).toList());
        String where = quote + " in: " + article.replace("\n", " ");
        assertEquals(subject, f.subject().key(), "subject of " + where);
        if (!name.equals("*")) {
            assertEquals(name.equals("-") ? null : name, f.subjectName(), "subject name of " + where);
        }
        if (!nature.equals("*")) {
            assertEquals(nature, f.nature().key(), "nature of " + where);
        }
        if (!periodKind.equals("*")) {
            assertEquals(periodKind, f.periodKind().key(), "period kind of " + where);
        }
        if (!asOf.equals("*")) {
            assertEquals(asOf.equals("-") ? null : asOf, f.asOf() == null ? null : f.asOf().toString(),
                    "as of for " + where);
        }
    }

    @org.junit.jupiter.api.Test
    void aCampaignsReviewCoversTheCampaignFromItsStart() {
        String article = "2024年10月8日\n\n10月5日，高新区召开项目建设“百日攻坚”总结会，新开工项目18个。\n\n"
                + "今年7月起，高新区在全区开展项目建设百日攻坚行动。\n\n10月5日，高新区举行签约仪式，签约项目9个。\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", article));
        List<Figure> figures = MeaningPass.apply(doc, FigureExtractor.extract(doc));
        Figure reviewed = figures.stream().filter(f -> f.value() == 18).findFirst().orElseThrow();
        assertEquals("2024-07..2024-10", String.valueOf(reviewed.period()), "what the review reports");
        Figure signed = figures.stream().filter(f -> f.value() == 9).findFirst().orElseThrow();
        assertEquals("2024-10..2024-10", String.valueOf(signed.period()), "an event of its own day is no review");
    }
}
