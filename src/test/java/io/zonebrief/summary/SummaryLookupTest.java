package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.extract.Figure;
import io.zonebrief.extract.SubjectKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a caller of the summary looks up: figures and documents by id, the inputs left out, units' names. */
class SummaryLookupTest {

    @TempDir
    Path tmp;

    private Summary run() throws Exception {
        Files.writeString(tmp.resolve("a.txt"), "2024年7月5日 星期五\n\n上半年,洛阳高新区签约项目26个,总投资12.5亿元。\n");
        Files.writeString(tmp.resolve("b.txt"), "2024年7月8日 星期一\n\n上半年,郑州高新区新增市场主体300户。\n");
        Files.write(tmp.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        return ZoneBrief.analyze(List.of(tmp), RunOptions.defaults().withReproducible(true), Progress.NONE);
    }

    @Test
    void findsFiguresAndDocumentsByTheirIds() throws Exception {
        Summary s = run();
        assertEquals(3, s.figures().size(), s.figures().toString());
        Figure signed = s.expectFigure("a#1");
        assertEquals(26, signed.value());
        assertEquals("a", signed.documentId());
        assertEquals(signed, s.findFigure("a#1").orElseThrow());
        assertEquals(12.5e8, s.expectFigure("a#2").value());
        assertEquals(300, s.expectFigure("b#1").value());
        assertTrue(s.findFigure("a#9").isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.expectFigure("a#9"));
        assertEquals("no figure with id a#9", e.getMessage());

        Map<String, Figure> byId = s.figuresById();
        assertEquals(List.of("a#1", "a#2", "b#1"), List.copyOf(byId.keySet()), "in document order");
        assertEquals(signed, byId.get("a#1"));

        assertEquals("洛阳高新区", s.findDocument("a").orElseThrow().zone());
        assertEquals("郑州高新区", s.findDocument("b").orElseThrow().zone());
        assertTrue(s.findDocument("photo").isEmpty(), "a skipped input is no document");
    }

    @Test
    void listsASkippedInputWithWhatItIs() throws Exception {
        Summary s = run();
        assertEquals(1, s.problems().size(), s.problems().toString());
        Problem p = s.problems().get(0);
        assertEquals("skipped", p.kind());
        assertFalse(p.failed());
        assertTrue(p.file().endsWith("photo.png"), p.file());
        assertEquals(p.file() + ": " + p.message(), p.toString());
    }

    @Test
    void aFailedInputIsTold() {
        Problem failed = Problem.failed("x.pdf", "not a PDF");
        assertTrue(failed.failed());
        assertEquals("failed", failed.kind());
        assertEquals("x.pdf: not a PDF", failed.toString());
        assertFalse(Problem.skipped("y.png", "an image").failed());
    }

    @Test
    void anUnnamedUnitIsShownAsWhatItIs() {
        assertEquals("星河新材料产业化项目", new UnitSummary(SubjectKind.PROJECT, "星河新材料产业化项目", List.of()).displayName());
        assertEquals("园区（未具名）", new UnitSummary(SubjectKind.PARK, null, List.of()).displayName());
        assertEquals("项目（未具名）", new UnitSummary(SubjectKind.PROJECT, null, List.of()).displayName());
        assertEquals("企业（未具名）", new UnitSummary(SubjectKind.ENTERPRISE, null, List.of()).displayName());
        assertEquals("其他", new UnitSummary(SubjectKind.OTHER, null, List.of()).displayName());
    }

    @Test
    void zonesComeInNameOrderWithTheUnknownLast() throws Exception {
        Files.writeString(tmp.resolve("c.txt"), "2024年7月9日 星期二\n\n高新区今年新增市场主体120户。\n");
        Summary s = run();
        assertEquals(List.of("洛阳高新区", "郑州高新区", ZoneSummary.UNKNOWN_ZONE),
                s.zones().stream().map(ZoneSummary::zone).toList());
        assertEquals(List.of("a", "b", "c"), s.documents().stream().map(DocumentInfo::id).toList());
    }
}
