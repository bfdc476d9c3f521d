package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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

/**
 * The workbook keeps a zone's parks, projects and other bodies apart from the zone: 数据明细 says each
 * figure's nature and kind of time, and each zone sheet lists its own facts, then 园区与项目, then
 * 相关情况（非本区数据）, in the same columns and linked to 数据明细.
 */
class UnitsWorkbookTest {

    private static final DataFormatter SHOWN = new DataFormatter(java.util.Locale.ROOT);

    private static byte[] bytes;
    private static XSSFWorkbook wb;

    @BeforeAll
    static void render() {
        bytes = Rendered.bytes(SampleSummaries.withUnits());
        wb = Rendered.open(bytes);
    }

    private static String cell(Sheet s, int row, int col) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null ? "" : SHOWN.formatCellValue(c);
    }

    /** The row's cells under the zone sheet's headers, by header. */
    private static Map<String, String> line(Sheet s, int row) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Cell h : s.getRow(ZoneSheet.HEADER_ROW)) {
            out.put(h.getStringCellValue(), cell(s, row, h.getColumnIndex()));
        }
        return out;
    }

    @Test
    void detailsSayNatureKindOfTimeAndAsOfRightAfterModality() {
        Sheet s = wb.getSheet("数据明细");
        int modality = Rendered.column(s, 0, "实际/目标");
        assertEquals(List.of("性质", "时间类型", "截至"),
                List.of(cell(s, 0, modality + 1), cell(s, 0, modality + 2), cell(s, 0, modality + 3)));
        Map<String, List<String>> expected = Map.of(
                "020_units#2", List.of("实际", "实际", "时点", "2024-06"),
                "020_units#3", List.of("目标", "拟签约/在谈", "期间", ""),
                "020_units#8", List.of("目标", "计划", "无", ""),
                "020_units#11", List.of("目标", "预计", "期间", ""),
                "020_units#13", List.of("未知", "政策标准", "无", ""));
        expected.forEach((id, cells) -> {
            int row = Rendered.rowWith(s, 0, id);
            List<String> shown = new ArrayList<>();
            for (int c = modality; c <= modality + 3; c++) {
                shown.add(cell(s, row, c));
            }
            assertEquals(cells, shown, id);
        });
        int unitRow = Rendered.rowWith(s, 0, "020_units#5");
        assertEquals("入驻企业数", cell(s, unitRow, Rendered.column(s, 0, "指标")),
                "a park's figure keeps the indicator of its fact");
    }

    @Test
    void zoneSheetListsUnitsThenContextBelowItsOwnFactsInTheSameColumns() {
        Sheet s = wb.getSheet(SampleSummaries.UNITS_ZONE);
        int indicator = Rendered.column(s, ZoneSheet.HEADER_ROW, "指标");
        int units = Rendered.rowWith(s, 0, ZoneSheet.UNITS_TITLE);
        int context = Rendered.rowWith(s, 0, ZoneSheet.CONTEXT_TITLE);
        assertTrue(ZoneSheet.HEADER_ROW + 4 < units && units < context, units + " " + context);
        for (int c = 0; c < Column.Group.ZONE.columns().size(); c++) {
            assertEquals(cell(s, ZoneSheet.HEADER_ROW, c), cell(s, units + 2, c), "units header, column " + c);
            assertEquals(cell(s, ZoneSheet.HEADER_ROW, c), cell(s, context + 2, c), "context header, column " + c);
        }
        assertEquals(List.of("签约项目", "高新技术企业", "在谈项目", "营业收入"), texts(s, indicator,
                ZoneSheet.HEADER_ROW + 1, units), "the zone's own table holds only its facts");
        assertEquals(List.of("入驻企业", "总建筑面积", "税收", "总投资", "床位", "项目建设进度", "产值"),
                texts(s, indicator, units + 3, context));
        assertEquals(List.of("出院人次", "最高资助"), texts(s, indicator, context + 3, s.getLastRowNum() + 1));

        Map<String, String> own = line(s, Rendered.rowWith(s, indicator, "高新技术企业"));
        assertEquals("截至2024年6月", own.get("期间"));
        assertEquals("实际", own.get("性质"));
        assertEquals("拟签约/在谈", line(s, Rendered.rowWith(s, indicator, "在谈项目")).get("性质"));

        Map<String, String> park = line(s, Rendered.rowWith(s, indicator, "入驻企业"));
        assertEquals(List.of("400", "家", "截至2024年10月", "实际", "园区：科技产业综合体"),
                List.of(park.get("数值"), park.get("单位"), park.get("期间"), park.get("性质"), park.get("主体")));
        Map<String, String> plan = line(s, Rendered.rowWith(s, indicator, "总投资"));
        assertEquals(List.of("32", "亿元", "—", "计划", "项目：高新医院建设项目"),
                List.of(plan.get("数值"), plan.get("单位"), plan.get("期间"), plan.get("性质"), plan.get("主体")));
        assertEquals("项目（未具名）", line(s, Rendered.rowWith(s, indicator, "项目建设进度")).get("主体"));
        assertEquals("预计", line(s, Rendered.rowWith(s, indicator, "产值")).get("性质"));
        Map<String, String> hospital = line(s, Rendered.rowWith(s, indicator, "出院人次"));
        assertEquals(List.of("其他：郑州市中心医院", "2021年", "实际"),
                List.of(hospital.get("主体"), hospital.get("期间"), hospital.get("性质")));
        assertEquals("政策标准", line(s, Rendered.rowWith(s, indicator, "最高资助")).get("性质"));
        assertTrue(cell(s, context + 1, 0).contains("不是本区的统计数据"), cell(s, context + 1, 0));
    }

    @Test
    void unitAndContextValuesLinkToTheirFigures() {
        Sheet s = wb.getSheet(SampleSummaries.UNITS_ZONE);
        Sheet details = wb.getSheet("数据明细");
        int indicator = Rendered.column(s, ZoneSheet.HEADER_ROW, "指标");
        int value = Rendered.column(s, ZoneSheet.HEADER_ROW, "数值");
        for (Map.Entry<String, String> e : Map.of("入驻企业", "020_units#5", "总投资", "020_units#8",
                "出院人次", "020_units#12").entrySet()) {
            Cell c = s.getRow(Rendered.rowWith(s, indicator, e.getKey())).getCell(value);
            assertEquals("'数据明细'!A" + (Rendered.rowWith(details, 0, e.getValue()) + 1),
                    c.getHyperlink().getAddress(), e.getKey());
        }
    }

    @Test
    void aZoneWithOnlyItsProjectsFiguresListsThemBelowAnEmptyTable() {
        Sheet s = wb.getSheet(SampleSummaries.UNITS_ONLY_ZONE);
        int units = Rendered.rowWith(s, 0, ZoneSheet.UNITS_TITLE);
        assertNotEquals(-1, units);
        Map<String, String> project = line(s, units + 3);
        // 212805平方米 reads as 21.28万平方米 in official usage, without separators or padded decimals
        assertEquals(List.of("总建筑面积", "21.28", "万平方米", "—", "计划", "项目：高新医院二期项目"),
                List.of(project.get("指标"), project.get("数值"), project.get("单位"), project.get("期间"),
                        project.get("性质"), project.get("主体")));
        assertEquals(-1, Rendered.rowWith(s, 0, ZoneSheet.CONTEXT_TITLE), "no empty block");
    }

    @Test
    void reviewsAreStillReadBehindTheNewColumns() throws IOException {
        byte[] edited;
        try (XSSFWorkbook copy = Rendered.open(bytes)) {
            Sheet s = copy.getSheet("数据明细");
            int review = Rendered.column(s, 0, "审核");
            assertTrue(review > Rendered.column(s, 0, "截至"), "the review columns come after the new ones");
            s.getRow(Rendered.rowWith(s, 0, "020_units#8")).createCell(review).setCellValue("删除");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            copy.write(out);
            edited = out.toByteArray();
        }
        Map<String, ReviewDecision> d = ReviewReader.read(new ByteArrayInputStream(edited), "units.xlsx");
        assertEquals(List.of("020_units#8"), List.copyOf(d.keySet()));
        assertEquals(ReviewDecision.Action.DELETE, d.get("020_units#8").action());
    }

    /** The texts of column {@code col} from row {@code from} up to {@code to}, blank rows and titles left out. */
    private static List<String> texts(Sheet s, int col, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int r = from; r < to; r++) {
            String t = cell(s, r, col);
            if (!t.isEmpty() && !t.equals("指标")) {
                out.add(t);
            }
        }
        return out;
    }
}
