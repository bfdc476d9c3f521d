package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkbookTemplateTest {

    @TempDir
    Path dir;

    @Test
    void userCopyIsIdenticalToTheBundledTemplate() throws IOException {
        byte[] bundled;
        try (InputStream in = WorkbookTemplate.class.getResourceAsStream(WorkbookTemplate.RESOURCE)) {
            bundled = in.readAllBytes();
        }
        assertArrayEquals(bundled, Files.readAllBytes(Path.of("templates", "workbook.yaml")),
                "templates/workbook.yaml must be a copy of src/main/resources/io/zonebrief/render/excel/workbook.yaml");
    }

    @Test
    void defaultsAreChinese() {
        WorkbookTemplate t = WorkbookTemplate.defaults();
        assertEquals("概览", t.overviewSheet());
        assertEquals("数据明细", t.detailsSheet());
        assertEquals("来源", t.sourcesSheet());
        assertEquals(List.of("保留", "修改", "删除"), t.reviewChoices());
        assertEquals("审核", t.header(Column.DETAILS_REVIEW));
        assertEquals("高新区新闻数据摘要", t.title());
    }

    @Test
    void loadingTheUserCopyGivesTheDefaults() throws IOException {
        WorkbookTemplate t = WorkbookTemplate.load(Path.of("templates", "workbook.yaml"));
        for (Column c : Column.values()) {
            assertEquals(WorkbookTemplate.defaults().header(c), t.header(c), c.name());
        }
    }

    @Test
    void partialTemplateOverridesOnlyWhatItSays() throws IOException {
        Path file = write("""
                properties:
                  title: 开发区周报
                  organisation: 某市科技局
                sheets:
                  details: Figures
                columns:
                  details:
                    review: Review
                """);
        WorkbookTemplate t = WorkbookTemplate.load(file);
        assertEquals("开发区周报", t.title());
        assertEquals("ZoneBrief", t.author());
        assertEquals("Figures", t.detailsSheet());
        assertEquals("概览", t.overviewSheet());
        assertEquals("Review", t.header(Column.DETAILS_REVIEW));
        assertEquals("原文", t.header(Column.DETAILS_QUOTE));

        XSSFWorkbook wb = Rendered.open(Rendered.bytes(SampleSummaries.twoZones(), t));
        assertEquals("Figures", wb.getSheetName(3));
        assertEquals("开发区周报", wb.getProperties().getCoreProperties().getTitle());
        assertEquals("某市科技局", wb.getProperties().getExtendedProperties().getCompany());
        assertTrue(Rendered.column(wb.getSheet("Figures"), 0, "Review") > 0);
    }

    static Stream<Arguments> brokenTemplates() {
        return Stream.of(
                Arguments.of("sheets:\n  overview: 概览\n  detail: 明细\n", ":3: sheets.detail unknown key \"detail\""),
                Arguments.of("columns:\n  details:\n    quote: 原文\n    qoute: 引文\n", ":4: columns.details.qoute"),
                Arguments.of("properties:\n  title: [a, b]\n", ":2: properties.title must be text"),
                Arguments.of("overview:\n  maxIndicators: lots\n", ":2: overview.maxIndicators must be a whole number"),
                Arguments.of("review:\n  keep: 保留\n  delete: 保留\n", ":1: review review choices must differ"),
                Arguments.of("sheets:\n  overview: 概览\n   details: x\n", ":3:"),
                Arguments.of("columns: [a]\n", ":1: columns must be a mapping"),
                Arguments.of("bogus: 1\n", ":1: bogus unknown key \"bogus\" at the top level"));
    }

    @ParameterizedTest
    @MethodSource("brokenTemplates")
    void brokenTemplateNamesFileAndLine(String yaml, String expected) throws IOException {
        Path file = write(yaml);
        IOException e = assertThrows(IOException.class, () -> WorkbookTemplate.load(file));
        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage() + " should contain " + expected);
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void emptyFileMeansDefaults() throws IOException {
        WorkbookTemplate t = WorkbookTemplate.load(write(""));
        assertEquals("数据明细", t.detailsSheet());
    }

    private Path write(String yaml) throws IOException {
        Path file = dir.resolve("workbook.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }
}
