package io.zonebrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every line of values.tsv, labels.tsv, periods.tsv and modality.tsv is a sentence and what it must yield. */
class SentenceTableTest {

    static Stream<Arguments> rows(String resource) throws IOException {
        try (InputStream in = SentenceTableTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(cols -> Arguments.of(cols[0], cols.length > 1 ? cols[1] : ""))
                    .toList().stream();
        }
    }

    static Stream<Arguments> values() throws IOException {
        return rows("values.tsv");
    }

    static Stream<Arguments> labels() throws IOException {
        return rows("labels.tsv");
    }

    static Stream<Arguments> modalities() throws IOException {
        return rows("modality.tsv");
    }

    static Stream<Arguments> periods() throws IOException {
        return rows("periods.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void yieldsItsFigures(String sentence, String expected) {
        assertEquals(expected, FigureExtractorTest.render(FigureExtractorTest.figures(sentence)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void labelsItsFigures(String sentence, String expected) {
        String got = FigureExtractorTest.figures(sentence).stream().map(Figure::metric).collect(Collectors.joining("; "));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void datesItsFigures(String sentence, String expected) {
        String got = FigureExtractorTest.figures(sentence).stream()
                .map(f -> f.period() == null ? "-" : f.period().toString()).collect(Collectors.joining("; "));
        assertEquals(expected, got);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modalities")
    void tellsPlansFromResults(String sentence, String expected) {
        String got = FigureExtractorTest.figures(sentence).stream().map(f -> f.modality().name())
                .collect(Collectors.joining("; "));
        assertEquals(expected, got);
    }
}
