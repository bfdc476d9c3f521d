package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Text from articles is hostile to spreadsheets: formulas, huge cells, names Excel refuses. */
class HostileInputTest {

    private static final String BAD_ZONE = "a/b:c*d?e[f]g\\h'超长的高新区名称超长的高新区名称超长的高新区";

    private static Figure figure(int n, String zone, String text, String sentence, String metric) {
        return new Figure("doc#" + n, "doc", metric, 42, null, "个", Qualifier.EXACT, text, sentence, 0, text.length(),
                Period.of(2024, 1, 3), Modality.ACTUAL, SubjectKind.ZONE, null, "@SUM(A1)", null, null, zone);
    }

    private static Summary hostile() {
        String longSentence = "很长的句子。".repeat(7000);
        List<Figure> figs = List.of(
                figure(1, BAD_ZONE, "=1+1", "+cmd|' /C calc'!A0", "-2+3"),
                figure(2, BAD_ZONE + "x", "@SUM(1)", longSentence, "签约项目"));
        DocumentInfo doc = new DocumentInfo("doc", "=HYPERLINK(\"http://x\")", "txt", "UTF-8", null, "none", BAD_ZONE,
                0.5, "-reason", List.of(), 2, List.of("=warn"));
        List<ZoneSummary> zones = new ArrayList<>();
        for (String z : List.of(BAD_ZONE, BAD_ZONE + "x")) {
            Fact f = new Fact("签约项目数", "招商引资", "签约项目", 42, "个", Qualifier.EXACT, Period.of(2024, 1, 3),
                    Modality.ACTUAL, SubjectKind.ZONE, null, List.of(z.endsWith("x") ? "doc#2" : "doc#1"), "=note");
            zones.add(new ZoneSummary(z, null, null, null, List.of("doc"), List.of(f), List.of("=conflict")));
        }
        return new Summary(null, List.of(doc), figs, zones, List.of());
    }

    private final XSSFWorkbook wb = Rendered.workbook(hostile());

    @Test
    void textThatLooksLikeAFormulaStaysText() {
        int formulas = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas++;
                    }
                }
            }
        }
        assertEquals(0, formulas);
        Sheet details = wb.getSheet("数据明细");
        int quote = Rendered.column(details, 0, "原文");
        assertEquals(CellType.STRING, details.getRow(1).getCell(quote).getCellType());
        assertEquals("=1+1", details.getRow(1).getCell(quote).getStringCellValue());
        assertEquals("+cmd|' /C calc'!A0",
                details.getRow(1).getCell(Rendered.column(details, 0, "句子")).getStringCellValue());
        assertEquals("-2+3", details.getRow(1).getCell(Rendered.column(details, 0, "指标项")).getStringCellValue());
        assertEquals("@SUM(A1)", details.getRow(1).getCell(Rendered.column(details, 0, "标题")).getStringCellValue());
        Sheet sources = wb.getSheet("来源");
        assertEquals("=HYPERLINK(\"http://x\")", sources.getRow(1).getCell(Rendered.column(sources, 0, "文件"))
                .getStringCellValue());
        assertNull(sources.getRow(1).getCell(0).getHyperlink());
    }

    @Test
    void overlongCellIsCutWithAMarker() {
        Sheet details = wb.getSheet("数据明细");
        String cut = details.getRow(2).getCell(Rendered.column(details, 0, "句子")).getStringCellValue();
        assertEquals(CellText.MAX_LENGTH, cut.length());
        assertTrue(cut.endsWith("…[截断]"));
        assertTrue(cut.startsWith("很长的句子。"));
    }

    @Test
    void zoneNamesBecomeLegalUniqueSheetNames() {
        String first = wb.getSheetName(1);
        String second = wb.getSheetName(2);
        for (String name : List.of(first, second)) {
            assertTrue(name.length() <= 31, name);
            assertTrue(name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0), name);
        }
        assertEquals("a_b_c_d_e_f_g_h'超长的高新区名称超长的高新区名", first);
        assertTrue(!first.equalsIgnoreCase(second), second);
        Sheet overview = wb.getSheet("概览");
        int row = Rendered.rowWith(overview, 0, BAD_ZONE);
        String link = overview.getRow(row).getCell(0).getHyperlink().getAddress();
        assertEquals("'a_b_c_d_e_f_g_h''超长的高新区名称超长的高新区名'!A1", link);
        assertNotNull(wb.getSheet(first));
    }

    @Test
    void emptySummaryStillGivesAllFixedSheets() {
        XSSFWorkbook empty = Rendered.workbook(new Summary(null, List.of(), List.of(), List.of(), List.of()));
        assertEquals(3, empty.getNumberOfSheets());
        assertEquals("数据明细", empty.getSheetName(1));
        assertEquals(0, empty.getSheet("数据明细").getDataValidations().size());
        assertNull(empty.getProperties().getCoreProperties().getCreated());
    }
}
