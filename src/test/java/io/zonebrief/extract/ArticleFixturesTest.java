package io.zonebrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Summary;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole articles written in the styles of other papers and sites (a mastheaded daily, a bulletin in
 * traditional characters with an ISO date line, an article about two zones), each beside the
 * figures it must yield ({@code NAME.expected.tsv}).
 */
class ArticleFixturesTest {

    static Path folder() throws URISyntaxException {
        return Path.of(ArticleFixturesTest.class.getResource("/io/zonebrief/articles").toURI());
    }

    static Stream<String> articles() throws Exception {
        try (Stream<Path> s = Files.list(folder())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void yieldsTheExpectedFigures(String name) throws Exception {
        Summary s = ZoneBrief.analyze(List.of(folder().resolve(name + ".txt")), RunOptions.defaults().withReproducible(true),
                Progress.NONE);
        List<String> expected = Files.readAllLines(folder().resolve(name + ".expected.tsv"));
        String published = expected.stream().filter(l -> l.startsWith("# published ")).findFirst().orElseThrow()
                .substring("# published ".length());
        assertEquals(published, String.valueOf(s.documents().get(0).published()));
        String want = expected.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).collect(Collectors.joining("\n"));
        String got = s.figures().stream().map(f -> String.join("\t", f.metric(),
                new BigDecimal(Double.toString(f.value())).stripTrailingZeros().toPlainString() + " " + f.unit()
                        + (f.qualifier().symbol().isEmpty() ? "" : " " + f.qualifier().symbol()),
                f.period() == null ? "-" : f.period().toString(), f.modality().key(), f.zone() == null ? "-" : f.zone()))
                .collect(Collectors.joining("\n"));
        assertEquals(want, got);
    }
}
