package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonebrief.Progress;
import io.zonebrief.Reports;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zone sheet's review columns, end to end: a reviewer marks 拆分 on a fact two sentences state
 * alike, 采用此值 on one of two facts that disagree, 采纳 on another, each with 审核人 and 审核备注,
 * saves the workbook, and the next run splits, picks and accepts, records each decision with its
 * reviewer and note in summary.json, and writes a workbook that shows the result.
 */
class ZoneSheetReviewTest {

    /** 签约项目 is 20 in two sentences and 22 in a third; 固定资产投资 35.6亿元 is said twice. */
    private static final String ARTICLE = "许昌高新区上半年经济运行稳中有进\n\n2024年7月10日　许昌日报\n\n"
            + "今年1—6月，许昌高新区签约项目20个，总投资80亿元。\n\n"
            + "许昌高新区今年上半年签约项目22个，其中亿元以上项目12个。\n\n"
            + "1—6月，许昌高新区签约项目20个，完成固定资产投资35.6亿元。\n\n"
            + "上半年，许昌高新区完成固定资产投资35.6亿元，同比增长10.2%。\n";
    private static final DataFormatter SHOWN = new DataFormatter();
    private static final String ZONE = "许昌高新区";

    @TempDir
    static Path tmp;
    static Summary first;
    static Summary reviewed;
    static JsonNode json;
    static XSSFWorkbook after;

    private static Summary report(Path in, Path out, Path review) throws IOException {
        Summary s = ZoneBrief.analyze(List.of(in), RunOptions.defaults().withReproducible(true).withReview(review),
                Progress.NONE);
        Reports.write(s, out, Reports.Templates.defaults());
        return s;
    }

    private static List<Fact> facts(Summary s, String metric) {
        ZoneSummary z = s.zones().stream().filter(x -> x.zone().equals(ZONE)).findFirst().orElseThrow();
        return z.facts().stream().filter(f -> f.metric().equals(metric)).toList();
    }

    @BeforeAll
    static void reviewAndRunAgain() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("xuchang.txt"), ARTICLE);
        first = report(in, tmp.resolve("out1"), null);
        Path edited = tmp.resolve("edited.xlsx");
        try (InputStream is = Files.newInputStream(tmp.resolve("out1/report.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet zone = wb.getSheet(ZONE);
            Fact merged = facts(first, "固定资产投资").get(0);
            Fact twentyTwo = facts(first, "签约项目").stream().filter(f -> f.value() == 22).findFirst().orElseThrow();
            Fact investment = facts(first, "签约项目总投资").get(0);
            edit(zone, merged.id(), Map.of("审核", "拆分", "审核人", "王五", "审核备注", "两句各算一条"));
            edit(zone, twentyTwo.id(), Map.of("审核", "采用此值", "审核人", "王五", "审核备注", "以第二段为准"));
            edit(zone, investment.id(), Map.of("审核", "采纳", "审核人", "赵六", "审核备注", "已核对原文"));
            try (OutputStream os = Files.newOutputStream(edited)) {
                wb.write(os);
            }
        }
        reviewed = report(in, tmp.resolve("out2"), edited);
        json = new ObjectMapper().readTree(tmp.resolve("out2/summary.json").toFile());
        try (InputStream is = Files.newInputStream(tmp.resolve("out2/report.xlsx"))) {
            after = new XSSFWorkbook(is);
        }
    }

    /** Writes {@code cells} (header → text) into the zone sheet's row of fact {@code id}. */
    private static void edit(Sheet sheet, String id, Map<String, String> cells) {
        Row header = sheet.getRow(ZoneSheet.HEADER_ROW);
        int idCol = column(header, "编号");
        for (Row row : sheet) {
            Cell c = row.getCell(idCol);
            if (row.getRowNum() > ZoneSheet.HEADER_ROW && c != null && id.equals(SHOWN.formatCellValue(c))) {
                cells.forEach((h, v) -> row.createCell(column(header, h)).setCellValue(v));
                return;
            }
        }
        throw new AssertionError("no row " + id + " on " + sheet.getSheetName());
    }

    private static int column(Row header, String title) {
        for (Cell c : header) {
            if (title.equals(SHOWN.formatCellValue(c))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + title);
    }

    @Test
    void theArticleGivesAMergedFactAndAConflict() {
        assertEquals(2, facts(first, "固定资产投资").get(0).figureIds().size());
        assertEquals(2, facts(first, "签约项目").size());
        assertEquals(1, first.zones().get(0).conflicts().size());
    }

    @Test
    void splitGivesOneFactPerFigure() {
        List<Fact> split = facts(reviewed, "固定资产投资");
        assertEquals(2, split.size());
        split.forEach(f -> assertEquals(1, f.figureIds().size()));
        split.forEach(f -> assertEquals(3.56e9, f.value()));
    }

    @Test
    void pickKeepsTheChosenValueAndDropsTheConflict() {
        List<Fact> signed = facts(reviewed, "签约项目");
        assertEquals(1, signed.size());
        assertEquals(22, signed.get(0).value());
        assertEquals(List.of(), reviewed.zones().get(0).conflicts());
    }

    @Test
    void everyDecisionIsRecordedWithItsReviewerAndNote() {
        List<String> decisions = new ArrayList<>();
        for (JsonNode r : json.get("reviews")) {
            if (r.has("fact")) {
                decisions.add(r.get("action").asText() + " " + r.get("reviewer").asText() + " " + r.get("note").asText());
            }
        }
        assertTrue(decisions.contains("split 王五 两句各算一条"), decisions.toString());
        assertTrue(decisions.contains("pick 王五 以第二段为准"), decisions.toString());
        assertTrue(decisions.contains("accept 赵六 已核对原文"), decisions.toString());
    }

    @Test
    void theNewWorkbookShowsOneSignedValueAndEmptyReviewCells() {
        Sheet zone = after.getSheet(ZONE);
        Row header = zone.getRow(ZoneSheet.HEADER_ROW);
        int indicator = column(header, "指标");
        int value = column(header, "数值");
        List<String> signed = new ArrayList<>();
        for (Row row : zone) {
            Cell id = row.getCell(column(header, "编号"));
            if (row.getRowNum() <= ZoneSheet.HEADER_ROW || id != null && "编号".equals(SHOWN.formatCellValue(id))) {
                continue;
            }
            if (row.getCell(indicator) != null && "签约项目".equals(SHOWN.formatCellValue(row.getCell(indicator)))) {
                signed.add(SHOWN.formatCellValue(row.getCell(value)));
            }
            for (String review : List.of("审核", "审核人", "审核备注")) {
                Cell c = row.getCell(column(header, review));
                assertEquals("", c == null ? "" : SHOWN.formatCellValue(c), review + " starts empty again");
            }
        }
        assertEquals(List.of("22"), signed);
    }
}
