package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import io.zonebrief.summary.Summary;
import java.time.Instant;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookRendererTest {

    private final Summary sample = SampleSummaries.twoZones();
    private final XSSFWorkbook wb = Rendered.workbook(sample);

    @Test
    void writesOverviewZoneDetailsAndSourcesSheetsInOrder() {
        List<String> names = new java.util.ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("概览", "平顶山高新区", "焦作高新区", "数据明细", "来源"), names);
    }

    @Test
    void overviewHasOneRowPerZoneWithSharedIndicatorsAsNumbers() {
        Sheet s = wb.getSheet("概览");
        int header = OverviewSheet.HEADER_ROW;
        int projects = Rendered.column(s, header, "签约项目数（个）");
        int investment = Rendered.column(s, header, "签约总投资（亿元）");
        int jiaozuo = Rendered.rowWith(s, 0, "焦作高新区");
        Cell count = s.getRow(jiaozuo).getCell(projects);
        assertEquals(CellType.NUMERIC, count.getCellType());
        assertEquals(41, count.getNumericCellValue());
        Cell money = s.getRow(jiaozuo).getCell(investment);
        assertEquals(129.53, money.getNumericCellValue(), 1e-9);
        assertEquals("0.00", money.getCellStyle().getDataFormatString(), "two decimals because 129.53 has two");
        assertEquals("2024年6—9月", s.getRow(jiaozuo).getCell(investment + 1).getStringCellValue());
        assertEquals(1, s.getRow(jiaozuo).getCell(Rendered.column(s, header, "文档数")).getNumericCellValue());
    }

    @Test
    void zoneSheetShowsDisplayUnitsAndIndentsBreakdownUnderItsParent() {
        Sheet s = wb.getSheet("焦作高新区");
        int header = ZoneSheet.HEADER_ROW;
        int indicator = Rendered.column(s, header, "指标");
        int value = Rendered.column(s, header, "数值");
        int unit = Rendered.column(s, header, "单位");
        int parent = Rendered.rowWith(s, indicator, "签约项目");
        Cell first = s.getRow(parent + 1).getCell(indicator);
        assertEquals("签约城市经济类项目", first.getStringCellValue());
        assertTrue(first.getCellStyle().getIndention() > 0, "breakdown is indented");
        assertEquals("签约装备制造类项目", s.getRow(parent + 2).getCell(indicator).getStringCellValue());
        int total = Rendered.rowWith(s, indicator, "签约项目总投资");
        assertEquals(129.53, s.getRow(total).getCell(value).getNumericCellValue(), 1e-9);
        assertEquals("亿元", s.getRow(total).getCell(unit).getStringCellValue());
        assertEquals("实际", s.getRow(total).getCell(Rendered.column(s, header, "性质")).getStringCellValue());
        Sheet p = wb.getSheet("平顶山高新区");
        int target = Rendered.rowWith(p, indicator, "高端面料加工产业园年产值");
        assertEquals("目标", p.getRow(target).getCell(Rendered.column(p, header, "性质")).getStringCellValue());
        Sheet details = wb.getSheet("数据明细");
        int row = Rendered.rowWith(details, 0, "003_sample#4");
        // the article says 年产值不低于150亿元: the qualifier is its own word, not a generic 余
        assertEquals("不低于", details.getRow(row).getCell(Rendered.column(details, 0, "限定")).getStringCellValue());
        assertEquals("不低于150亿元", details.getRow(row).getCell(Rendered.column(details, 0, "显示值"))
                .getStringCellValue());
    }

    @Test
    void detailsListEveryFigureWithBaseValueIndicatorAndQuote() {
        Sheet s = wb.getSheet("数据明细");
        assertEquals(sample.figures().size(), s.getLastRowNum());
        int row = Rendered.rowWith(s, 0, "001_sample#2");
        Cell value = s.getRow(row).getCell(Rendered.column(s, 0, "数值（基本单位）"));
        assertEquals(CellType.NUMERIC, value.getCellType());
        assertEquals(12_953_000_000.0, value.getNumericCellValue());
        assertEquals(Styles.INTEGER, value.getCellStyle().getDataFormatString());
        assertEquals("129.53亿元", s.getRow(row).getCell(Rendered.column(s, 0, "显示值")).getStringCellValue());
        assertEquals("签约总投资", s.getRow(row).getCell(Rendered.column(s, 0, "指标")).getStringCellValue());
        Cell quote = s.getRow(row).getCell(Rendered.column(s, 0, "原文"));
        assertEquals("总投资129.53亿元", quote.getStringCellValue());
        assertTrue(quote.getCellStyle().getWrapText());
        assertEquals("2024-06", s.getRow(row).getCell(Rendered.column(s, 0, "起始月份")).getStringCellValue());
        int percent = Rendered.rowWith(s, 0, "001_sample#7");
        Cell pct = s.getRow(percent).getCell(Rendered.column(s, 0, "数值（基本单位）"));
        assertEquals(104.68, pct.getNumericCellValue());
        assertEquals(Styles.DECIMAL, pct.getCellStyle().getDataFormatString());
    }

    @Test
    void reviewColumnOffersKeepModifyDeleteDropdown() {
        Sheet s = wb.getSheet("数据明细");
        int review = Rendered.column(s, 0, "审核");
        assertEquals(review + 1, Rendered.column(s, 0, "修正值"));
        List<? extends DataValidation> validations = s.getDataValidations().stream()
                .filter(d -> d.getRegions().getCellRangeAddress(0).getFirstColumn() == review).toList();
        assertEquals(1, validations.size());
        DataValidation v = validations.get(0);
        assertEquals(DataValidationConstraint.ValidationType.LIST, v.getValidationConstraint().getValidationType());
        assertEquals(List.of("保留", "修改", "删除"), List.of(v.getValidationConstraint().getExplicitListValues()));
        var region = v.getRegions().getCellRangeAddress(0);
        assertEquals(review, region.getFirstColumn());
        assertEquals(1, region.getFirstRow());
        assertEquals(sample.figures().size(), region.getLastRow());
        assertTrue(v.getSuppressDropDownArrow(), "POI's inverted flag: true means the arrow is shown");
    }

    @Test
    void numbersLinkToTheirDetailsRow() {
        Sheet zone = wb.getSheet("焦作高新区");
        int value = Rendered.column(zone, ZoneSheet.HEADER_ROW, "数值");
        int row = Rendered.rowWith(zone, Rendered.column(zone, ZoneSheet.HEADER_ROW, "指标"), "签约项目总投资");
        Hyperlink link = zone.getRow(row).getCell(value).getHyperlink();
        assertNotNull(link);
        assertEquals(HyperlinkType.DOCUMENT, link.getType());
        assertEquals("'数据明细'!A3", link.getAddress());
        Sheet details = wb.getSheet("数据明细");
        CellReference target = new CellReference(link.getAddress());
        assertEquals("001_sample#2", details.getRow(target.getRow()).getCell(target.getCol()).getStringCellValue());

        Sheet overview = wb.getSheet("概览");
        int pds = Rendered.rowWith(overview, 0, "平顶山高新区");
        int projects = Rendered.column(overview, OverviewSheet.HEADER_ROW, "签约项目数（个）");
        Hyperlink fromOverview = overview.getRow(pds).getCell(projects).getHyperlink();
        CellReference t2 = new CellReference(fromOverview.getAddress());
        assertEquals("003_sample#1", details.getRow(t2.getRow()).getCell(0).getStringCellValue());
        assertEquals("'平顶山高新区'!A1", overview.getRow(pds).getCell(0).getHyperlink().getAddress());
    }

    @Test
    void sourcesListDocumentsAndProblems() {
        Sheet s = wb.getSheet("来源");
        int row = Rendered.rowWith(s, 0, "001_sample");
        Cell published = s.getRow(row).getCell(Rendered.column(s, 0, "发布日期"));
        assertEquals(java.time.LocalDateTime.of(2024, 10, 1, 0, 0), published.getLocalDateTimeCellValue());
        assertEquals("报头", s.getRow(row).getCell(Rendered.column(s, 0, "日期依据")).getStringCellValue());
        assertEquals(0.8, s.getRow(row).getCell(Rendered.column(s, 0, "归属置信度")).getNumericCellValue());
        assertEquals(10, s.getRow(row).getCell(Rendered.column(s, 0, "数据条数")).getNumericCellValue());
        int problem = Rendered.rowWith(s, 0, "seeds/notes.bin");
        assertTrue(problem > row);
        assertEquals("已跳过", s.getRow(problem).getCell(1).getStringCellValue());
        assertEquals("not an article format (.bin)", s.getRow(problem).getCell(2).getStringCellValue());
    }

    @Test
    void sheetsHaveFrozenHeaderFilterWidthsAndLandscapePrint() {
        for (Sheet s : wb) {
            int header = s.getSheetName().equals("数据明细") || s.getSheetName().equals("来源") ? 0 : 3;
            assertEquals(header + 1, s.getPaneInformation().getHorizontalSplitPosition(), s.getSheetName());
            assertTrue(s.getPrintSetup().getLandscape(), s.getSheetName());
            if (s.getFitToPage()) {
                assertEquals(1, s.getPrintSetup().getFitWidth(), s.getSheetName());
            } else {
                // too wide to shrink onto one page: printed across pages, the first column on each
                assertEquals(80, s.getPrintSetup().getScale(), s.getSheetName());
                assertEquals(0, s.getRepeatingColumns().getLastColumn(), s.getSheetName());
            }
            assertEquals(1, s.getPaneInformation().getVerticalSplitPosition(), s.getSheetName());
            assertEquals(header, s.getRepeatingRows().getFirstRow(), s.getSheetName());
            assertNotNull(((XSSFSheet) s).getCTWorksheet().getAutoFilter(), s.getSheetName());
            assertTrue(wb.getFontAt(s.getRow(header).getCell(0).getCellStyle().getFontIndex()).getBold());
        }
        Sheet details = wb.getSheet("数据明细");
        int metric = Rendered.column(details, 0, "指标项");
        // "省重点项目完成投资占年度投资计划比例" is 18 CJK characters, 36 columns: it wraps onto two lines
        // of the capped column, and its row is tall enough for both rather than cut off
        assertEquals(22 * 256, details.getColumnWidth(metric));
        boolean found = false;
        for (Row row : details) {
            Cell c = row.getCell(metric);
            if (c != null && "省重点项目完成投资占年度投资计划比例".equals(c.getStringCellValue())) {
                assertTrue(c.getCellStyle().getWrapText());
                assertTrue(row.getHeightInPoints() >= 2 * 13f, "row height " + row.getHeightInPoints());
                found = true;
            }
        }
        assertTrue(found);
    }

    @Test
    void documentPropertiesComeFromTemplateAndSummary() {
        var core = wb.getProperties().getCoreProperties();
        assertEquals("高新区新闻数据摘要", core.getTitle());
        assertEquals("ZoneBrief", core.getCreator());
        assertEquals(Instant.parse("2024-10-01T00:00:00Z"), core.getCreated().toInstant());
        Summary timed = new Summary("2025-03-04T05:06:07Z", sample.documents(), sample.figures(), sample.zones(),
                sample.problems());
        var timedCore = Rendered.workbook(timed).getProperties().getCoreProperties();
        assertEquals(Instant.parse("2025-03-04T05:06:07Z"), timedCore.getCreated().toInstant());
        assertEquals("1", wb.getProperties().getCustomProperties().getProperty(DocumentProperties.MARKER)
                .getLpwstr());
    }

    @Test
    void sameSummaryGivesSameCells() {
        String first = Rendered.dump(wb);
        String second = Rendered.dump(Rendered.workbook(SampleSummaries.twoZones()));
        assertEquals(first, second);
        assertFalse(first.contains("T00:00"), "no clock in cells");
    }

    @Test
    void valueCellsAreNeverText() {
        Sheet zone = wb.getSheet("焦作高新区");
        int value = Rendered.column(zone, ZoneSheet.HEADER_ROW, "数值");
        for (int r = ZoneSheet.HEADER_ROW + 1; r <= ZoneSheet.HEADER_ROW + 10; r++) {
            Cell c = zone.getRow(r).getCell(value);
            assertEquals(CellType.NUMERIC, c.getCellType(), new CellAddress(c).formatAsString());
        }
    }
}
