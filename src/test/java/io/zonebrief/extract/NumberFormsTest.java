package io.zonebrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Table-driven: every row of number-forms.tsv is a sentence in one written form of a number and the
 * figures it must yield, as "value[..high] unit [qualifier]"; an empty expectation means no figure.
 * In the sentence, \t separates table cells and \n lines. A third column lists the numbers written as
 * figures that could not be read with certainty, which must be noted, as written.
 */
class NumberFormsTest {

    static List<Arguments> forms() throws IOException {
        try (InputStream in = NumberFormsTest.class.getResourceAsStream("number-forms.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(cols -> Arguments.of(cols[0].replace("\\t", "\t").replace("\\n", "\n"),
                            cols.length > 1 ? cols[1] : "", cols.length > 2 ? cols[2] : ""))
                    .toList();
        }
    }

    @Test
    void theTableHoldsAtLeastTwoHundredForms() throws IOException {
        assertTrue(forms().size() >= 200, "rows: " + forms().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readsTheForm(String sentence, String expected, String expectedUnread) {
        List<UnreadNumber> unread = new ArrayList<>();
        assertEquals(expected, render(FigureExtractorTest.figures(sentence, unread)));
        assertEquals(expectedUnread, unread.stream().map(UnreadNumber::written).collect(Collectors.joining("; ")),
                "numbers noted as not read");
    }

    static String render(List<Figure> figures) {
        return figures.stream().map(f -> plain(f.value()) + (f.valueTo() == null ? "" : ".." + plain(f.valueTo()))
                        + " " + f.unit() + (f.qualifier().symbol().isEmpty() ? "" : " " + f.qualifier().symbol()))
                .collect(Collectors.joining("; "));
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
