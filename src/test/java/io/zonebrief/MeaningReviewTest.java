package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer corrects what figures mean, not only their values, in the workbook (edited with POI as
 * Excel would save it): whose a figure is, its period, nature and label, a value, a fact rejected on
 * the zone sheet, and one cell typed wrong. The next run, and a run on a copy of the same articles
 * elsewhere, follow in summary.json, the briefing and the new workbook.
 */
class MeaningReviewTest {

    private static final String ARTICLE = "2024年10月8日 星期二\n\n洛阳高新区前三季度经济运行稳中向好\n\n"
            + "今年1—9月,洛阳高新区签约项目18个,总投资56亿元。截至9月底,全区高新技术企业达到320家,"
            + "规模以上工业增加值同比增长8.5%。\n\n国庆期间,区内洛阳市中心医院接诊患者1.2万人次。\n";
    private static final DataFormatter SHOWN = new DataFormatter();

    @TempDir
    static Path tmp;
    static Summary first;
    static Summary reviewed;
    static Summary elsewhere;
    static JsonNode json;
    static String briefing;
    static XSSFWorkbook after;

    private static Summary report(Path in, Path out, Path review) throws IOException {
        Summary s = ZoneBrief.analyze(List.of(in), RunOptions.defaults().withReproducible(true).withReview(review),
                Progress.NONE);
        Reports.write(s, out, Reports.Templates.defaults());
        return s;
    }

    private static String id(String metricPart) {
        return first.figures().stream().filter(f -> f.metric().contains(metricPart)).findFirst().orElseThrow().id();
    }

    /** Writes {@code cells} (header → text) into the row whose column {@code idHeader} holds {@code id}. */
    private static void edit(Sheet sheet, int headerRow, String idHeader, String id, Map<String, String> cells) {
        Row header = sheet.getRow(headerRow);
        int idCol = column(header, idHeader);
        for (Row row : sheet) {
            Cell c = row.getCell(idCol);
            if (row.getRowNum() > headerRow && c != null && id.equals(SHOWN.formatCellValue(c))) {
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

    @BeforeAll
    static void reviewAndRunAgain() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        first = report(in, tmp.resolve("out1"), null);
        Path edited = tmp.resolve("edited.xlsx");
        try (InputStream is = Files.newInputStream(tmp.resolve("out1/report.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(is)) {
            Sheet details = wb.getSheet("数据明细");
            edit(details, 0, "编号", id("签约项目"), Map.of("修正主体类型", "园区", "修正主体名称", "先进制造产业园"));
            edit(details, 0, "编号", id("总投资"), Map.of("审核", "修改", "修正时期", "2024-01~2024-06",
                    "修正性质", "目标", "修正指标名称", "签约总投资额", "审核人", "张三", "备注", "原文说的是上半年目标"));
            edit(details, 0, "编号", id("高新技术企业"), Map.of("修正值", "330", "修正时期", "截至2024-06"));
            edit(details, 0, "编号", id("接诊"), Map.of("修正主体类型", "高新区", "修正性质", "大概"));
            edit(wb.getSheet("洛阳高新区"), 3, "编号", "F:" + id("增加值"), Map.of("审核", "删除", "审核人", "李四"));
            try (OutputStream os = Files.newOutputStream(edited)) {
                wb.write(os);
            }
        }
        reviewed = report(in, tmp.resolve("out2"), edited);
        json = new ObjectMapper().readTree(tmp.resolve("out2/summary.json").toFile());
        try (PDDocument pdf = Loader.loadPDF(tmp.resolve("out2/briefing.pdf").toFile())) {
            briefing = new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
        try (InputStream is = Files.newInputStream(tmp.resolve("out2/report.xlsx"))) {
            after = new XSSFWorkbook(is);
        }
        Path copy = Files.createDirectories(tmp.resolve("elsewhere/articles"));
        Files.writeString(copy.resolve("luoyang.txt"), ARTICLE);
        elsewhere = report(copy, tmp.resolve("out3"), edited);
    }

    private static JsonNode zone() {
        return json.get("zones").get(0);
    }

    private static JsonNode fact(JsonNode facts, String figureId) {
        for (JsonNode f : facts) {
            if (f.get("id").asText().equals("F:" + figureId)) {
                return f;
            }
        }
        return null;
    }

    @Test
    void aRescopedFigureLeavesTheZonesFactsForItsPark() {
        String signed = id("签约项目");
        assertNull(fact(zone().get("facts"), signed), "no longer the zone's own");
        JsonNode park = zone().get("units").get(0);
        assertEquals("park", park.get("kind").asText());
        assertEquals("先进制造产业园", park.get("name").asText());
        assertEquals(18, fact(park.get("facts"), signed).get("value").asDouble());
        assertTrue(briefing.contains("先进制造产业园"), "the briefing's 园区与项目 names the park");
    }

    @Test
    void aRedatedRelabelledGoalIsStatedSo() {
        JsonNode money = fact(zone().get("facts"), id("总投资"));
        assertEquals("2024-06", money.get("period").get("to").asText());
        assertEquals("goal", money.get("nature").asText());
        assertEquals("target", money.get("modality").asText());
        assertEquals("签约总投资额", money.get("metric").asText());
        assertTrue(briefing.contains("签约总投资额"), "the briefing uses the reviewer's label");
        assertTrue(briefing.contains(id("总投资") + "签约总投资额"), "its 附录 quotes the figure under the id of "
                + "summary.json and the workbook");
    }

    @Test
    void aCorrectedLevelTakesItsValueAndMonth() {
        JsonNode firms = fact(zone().get("facts"), id("高新技术企业"));
        assertEquals(330, firms.get("value").asDouble());
        assertEquals("stock", firms.get("period_kind").asText());
        assertEquals("2024-06", firms.get("as_of").asText());
    }

    @Test
    void aMalformedCellIsRefusedByPlaceWhileTheRestOfItsRowApplies() {
        String hospital = id("接诊");
        assertTrue(fact(zone().get("facts"), hospital) != null, "re-scoped to the zone although its 性质 was refused");
        List<String> problems = reviewed.problems().stream().map(p -> p.message()).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("'数据明细'!AB\\d+ \\(修正性质\\): must be one of .*but was \"大概\""),
                problems.get(0));
    }

    @Test
    void aRejectedFactLeavesTheZoneAndEveryChangeIsRecorded() {
        assertNull(fact(zone().get("facts"), id("增加值")));
        List<String> changes = new ArrayList<>();
        for (JsonNode r : json.get("reviews")) {
            String who = r.has("figure") ? r.get("figure").asText() : r.get("fact").asText();
            changes.add(who + " " + r.get("action").asText() + " " + r.get("field").asText(""));
        }
        String money = id("总投资");
        assertTrue(changes.containsAll(List.of(id("签约项目") + " modify subject", id("签约项目") + " modify subject_name",
                money + " modify period", money + " modify nature", money + " modify metric",
                id("高新技术企业") + " modify value", id("高新技术企业") + " modify period",
                id("接诊") + " modify subject", id("接诊") + " modify subject_name", "F:" + id("增加值") + " reject ")),
                changes.toString());
        JsonNode relabel = null;
        for (JsonNode r : json.get("reviews")) {
            if ("metric".equals(r.get("field").asText(null))) {
                relabel = r;
            }
        }
        assertEquals("张三", relabel.get("reviewer").asText());
        assertEquals("原文说的是上半年目标", relabel.get("note").asText());
        assertEquals("签约项目总投资", relabel.get("before").asText());
        assertEquals("edited.xlsx", relabel.get("source").asText());
    }

    @Test
    void theNewWorkbookShowsTheCorrectedMeaning() {
        Sheet details = after.getSheet("数据明细");
        Row header = details.getRow(0);
        for (Row row : details) {
            String rowId = SHOWN.formatCellValue(row.getCell(0));
            if (rowId.equals(id("签约项目"))) {
                assertEquals("园区", SHOWN.formatCellValue(row.getCell(column(header, "主体类型"))));
                assertEquals("先进制造产业园", SHOWN.formatCellValue(row.getCell(column(header, "主体名称"))));
                assertEquals("", SHOWN.formatCellValue(row.getCell(column(header, "修正主体类型"))),
                        "review columns start empty again");
            } else if (rowId.equals(id("总投资"))) {
                assertEquals("目标", SHOWN.formatCellValue(row.getCell(column(header, "性质"))));
                assertEquals("2024-06", SHOWN.formatCellValue(row.getCell(column(header, "截止月份"))));
            }
        }
        Sheet zone = after.getSheet("洛阳高新区");
        StringBuilder ids = new StringBuilder();
        zone.forEach(r -> ids.append(SHOWN.formatCellValue(r.getCell(0))).append(' '));
        assertFalse(ids.toString().contains("F:" + id("增加值")), ids.toString());
        assertTrue(ids.toString().contains("F:" + id("签约项目")), "listed under 园区与项目: " + ids);
    }

    @Test
    void aRunOnTheSameArticlesElsewhereTakesTheSameDecisions() {
        assertEquals(reviewed.figures(), elsewhere.figures());
        assertEquals(reviewed.zones(), elsewhere.zones());
    }
}
