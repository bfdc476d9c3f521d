package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.pdf.BriefingTemplate.ChartType;
import io.zonebrief.render.pdf.BriefingTemplate.SectionKind;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BriefingTemplateTest {

    @TempDir
    Path dir;

    @Test
    void editableCopyIsIdenticalToTheBundledDefault() throws IOException {
        byte[] bundled;
        try (InputStream in = BriefingTemplate.class.getResourceAsStream(BriefingTemplate.RESOURCE)) {
            bundled = in.readAllBytes();
        }
        byte[] editable = Files.readAllBytes(Path.of("templates/briefing.yaml"));
        assertTrue(Arrays.equals(bundled, editable),
                "templates/briefing.yaml must be a copy of src/main/resources" + BriefingTemplate.RESOURCE);
    }

    @Test
    void defaultsDescribeAGovernmentBriefing() {
        BriefingTemplate t = BriefingTemplate.defaults();
        assertEquals("高新区经济运行简报", t.title());
        assertEquals("第1期", t.issue());
        assertEquals(new Color(0xC00000), t.colours().title());
        assertNull(t.logo());
        assertNull(t.font());
        assertEquals(ChartType.PIE, t.charts().breakdown());
        assertEquals(List.of(SectionKind.SUMMARY, SectionKind.ZONES, SectionKind.COMPARISON, SectionKind.TABLE,
                SectionKind.SOURCES, SectionKind.QUOTES), t.sections().stream().map(BriefingTemplate.Section::kind).toList());
    }

    @Test
    void loadingTheEditableCopyGivesTheDefaults() throws IOException {
        assertEquals(BriefingTemplate.defaults(), BriefingTemplate.load(Path.of("templates/briefing.yaml")));
    }

    @Test
    void keysLeftOutKeepTheirDefaults() throws IOException {
        BriefingTemplate t = load("title: 开发区简报\ncolours:\n  accent: \"#336699\"\n");
        assertEquals("开发区简报", t.title());
        assertEquals(new Color(0x336699), t.colours().accent());
        assertEquals(new Color(0xC00000), t.colours().title());
        assertEquals(BriefingTemplate.defaults().sections(), t.sections());
    }

    @Test
    void defaultsFollowTheFormOfOfficialDocuments() {
        BriefingTemplate t = BriefingTemplate.defaults();
        assertEquals(new BriefingTemplate.Colophon("有关领导", "有关部门", "各高新区管委会", 30), t.colophon());
        assertEquals(BriefingTemplate.PageNumbers.DASH, t.pageNumbers());
        assertEquals(16f, t.faces().size(), "三号");
        assertEquals(null, t.period());
        assertEquals(ChartType.LINE, t.charts().series());
    }

    @Test
    void colophonKeysLeftOutKeepTheirDefaults() throws IOException {
        BriefingTemplate t = load("colophon:\n  report_to: 市委、市政府\n  copies: 20\npage_numbers: total\n"
                + "period: 2024-01..2024-09\nfaces:\n  size: 14\n");
        assertEquals(new BriefingTemplate.Colophon("市委、市政府", "有关部门", "各高新区管委会", 20), t.colophon());
        assertEquals(BriefingTemplate.PageNumbers.TOTAL, t.pageNumbers());
        assertEquals(ReportingPeriod.parse("2024-01..2024-09"), t.period());
        assertEquals(14f, t.faces().size());
    }

    @Test
    void emptyFileIsTheDefaults() throws IOException {
        assertEquals(BriefingTemplate.defaults(), load(""));
    }

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("title: 简报\nissue: [第1期\n", 2, "", "unclosed list"),
                Arguments.of("title: 简报\ncolour:\n  title: \"#C00000\"\n", 2, "unknown key 'colour'", "misspelt key"),
                Arguments.of("title: 简报\ncolours:\n  title: red\n", 3, "#RRGGBB", "bad colour"),
                Arguments.of("charts:\n  category: bar\n  breakdown: donut\n", 3, "'donut' is not one of bar, pie, line, none",
                        "unknown chart type"),
                Arguments.of("sections:\n  - kind: summary\n    title: 一、总体\n  - kind: appendix\n    title: 附录\n", 4,
                        "'appendix' is not one of", "unknown section kind"),
                Arguments.of("title: 简报\n\tissue: 第1期\n", 2, "", "tab indentation"),
                Arguments.of("title: 简报\ncharts:\n  series: pie\n", 3, "charts.series: a series over time cannot be a pie",
                        "pie over time"),
                Arguments.of("charts:\n  category: line\n", 2, "charts.category: line only suits charts.series",
                        "line across categories"),
                Arguments.of("colophon:\n  copies: 0\n", 2, "copies must be 1 or more", "no copies"),
                Arguments.of("title: 简报\npage_numbers: roman\n", 2, "'roman' is not one of total, dash",
                        "unknown page number style"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("brokenTemplates")
    void brokenTemplateNamesFileAndLine(String yaml, int line, String detail, String why) throws IOException {
        Path file = dir.resolve("briefing.yaml");
        Files.writeString(file, yaml);
        IOException e = assertThrows(IOException.class, () -> BriefingTemplate.load(file));
        assertTrue(e.getMessage().startsWith(file + ", line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(detail), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void missingLogoNamesItsLine() throws IOException {
        Path file = dir.resolve("briefing.yaml");
        Files.writeString(file, "title: 简报\nlogo: logo.png\n");
        IOException e = assertThrows(IOException.class, () -> BriefingTemplate.load(file));
        assertTrue(e.getMessage().startsWith(file + ", line 2: logo file not found"), e.getMessage());
    }

    @Test
    void relativePathsResolveAgainstTheTemplateFolder() throws IOException {
        Files.write(dir.resolve("logo.png"), new byte[] {1});
        BriefingTemplate t = load("logo: logo.png\n");
        assertEquals(dir.resolve("logo.png").toAbsolutePath(), t.logo());
    }

    private BriefingTemplate load(String yaml) throws IOException {
        Path file = dir.resolve("t.yaml");
        Files.writeString(file, yaml);
        return BriefingTemplate.load(file);
    }
}
