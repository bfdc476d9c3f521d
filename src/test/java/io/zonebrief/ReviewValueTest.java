package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A reviewer's 修正值 that no article could mean is refused naming the figure (issue 16, cases 8 and 9). */
class ReviewValueTest {

    @TempDir
    Path tmp;

    private Summary run(Path in, Path out, Path review) throws IOException {
        Summary s = ZoneBrief.analyze(List.of(in), RunOptions.defaults().withReproducible(true).withReview(review),
                Progress.NONE);
        Reports.write(s, out, Reports.Templates.defaults());
        return s;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "个 | 1亿亿 | repeats a magnitude",
        "元 | 1e308 | not a plausible value",
        "元 | -1e309 | not a plausible value",
        "个 | -5 | negative",
        "元 | -3亿元 | negative",
    })
    void nonsenseCorrectionsAreRefusedInOneLineNamingTheFigure(String unit, String value, String why) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n");
        Summary first = run(in, tmp.resolve("out1"), null);
        Figure f = first.figures().stream().filter(x -> x.unit().equals(unit)).findFirst().orElseThrow();
        Path edited = tmp.resolve("edited.xlsx");
        Files.copy(tmp.resolve("out1/report.xlsx"), edited);
        ReviewRoundTripTest.mark(edited, Map.of(f.id(), new String[] {"修改", value}));
        IOException e = assertThrows(IOException.class, () -> run(in, tmp.resolve("out2"), edited));
        String m = e.getMessage();
        assertTrue(m.startsWith("edited.xlsx: figure " + f.id() + " is marked 修改 but its 修正值 '" + value + "'")
                && m.contains(why), m);
        assertFalse(m.contains("Character") || m.contains("Exception") || m.contains("\n"), m);
        assertFalse(Files.exists(tmp.resolve("out2/summary.json")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1万亿元 | 1.0E12", "56.3亿元 | 5.63E9", "0 | 0.0"})
    void plausibleCorrectionsAreTaken(String value, double expected) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), "2024年9月30日\n\n洛阳高新区共签约项目18个,总投资56亿元。\n");
        Summary first = run(in, tmp.resolve("out1"), null);
        Figure money = first.figures().stream().filter(x -> x.unit().equals("元")).findFirst().orElseThrow();
        Path edited = tmp.resolve("edited.xlsx");
        Files.copy(tmp.resolve("out1/report.xlsx"), edited);
        ReviewRoundTripTest.mark(edited, Map.of(money.id(), new String[] {"修改", value}));
        assertEquals(expected, run(in, tmp.resolve("out2"), edited).expectFigure(money.id()).value());
    }
}
