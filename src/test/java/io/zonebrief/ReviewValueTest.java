package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A reviewer's 修正值 that no article could mean is refused naming the cell and the figure (issue 16, cases 8
 * and 9); since issue 15 the run goes on without it.
 */
class ReviewValueTest {

    @TempDir
    static Path tmp;

    private static Path in;
    private static Summary first;
    private static int edits;

    /** One workbook for all cases; each case marks a copy of it. */
    @BeforeAll
    static void workbook() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n");
        first = ZoneBrief.analyze(List.of(in), RunOptions.defaults().withReproducible(true), Progress.NONE);
        Reports.write(first, tmp.resolve("out"), Reports.Templates.defaults());
    }

    private static Summary rerun(Figure f, String value) throws IOException {
        Path edited = tmp.resolve("edited" + (++edits) + ".xlsx");
        Files.copy(tmp.resolve("out/report.xlsx"), edited);
        ReviewRoundTripTest.mark(edited, Map.of(f.id(), new String[] {"修改", value}));
        return ZoneBrief.analyze(List.of(in), RunOptions.defaults().withReproducible(true).withReview(edited),
                Progress.NONE);
    }

    private static Figure inUnit(String unit) {
        return first.figures().stream().filter(x -> x.unit().equals(unit)).findFirst().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "个 | 1亿亿 | repeats a magnitude",
        "元 | 1e308 | not a plausible value",
        "元 | -1e309 | not a plausible value",
        "个 | -5 | negative",
        "元 | -3亿元 | negative",
    })
    void nonsenseCorrectionsAreRefusedInOneLineNamingTheCellAndFigure(String unit, String value, String why)
            throws IOException {
        Figure f = inUnit(unit);
        Summary s = rerun(f, value);
        assertEquals(f.value(), s.expectFigure(f.id()).value(), "the refused value is not taken");
        assertEquals(1, s.problems().size(), s.problems().toString());
        String m = s.problems().get(0).file() + ": " + s.problems().get(0).message();
        assertTrue(m.matches(".*edited\\d+\\.xlsx: '数据明细'!X\\d+ \\(修正值\\): figure " + Pattern.quote(f.id())
                + " is marked 修改 but its 修正值 '" + Pattern.quote(value) + "'.*") && m.contains(why), m);
        assertFalse(m.contains("Character") || m.contains("Exception") || m.contains("\n"), m);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1万亿元 | 1.0E12", "56.3亿元 | 5.63E9", "0 | 0.0"})
    void plausibleCorrectionsAreTaken(String value, double expected) throws Exception {
        Figure money = inUnit("元");
        assertEquals(expected, rerun(money, value).expectFigure(money.id()).value());
    }
}
