package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumData;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrData;

/** Charts must be native and carry what LibreOffice needs to draw bars: a solid fill and cached values. */
class ChartTest {

    private final XSSFWorkbook wb = Rendered.workbook(SampleSummaries.twoZones());

    private List<XSSFChart> charts(String sheet) {
        XSSFDrawing drawing = wb.getSheet(sheet).getDrawingPatriarch();
        return drawing == null ? List.of() : drawing.getCharts();
    }

    private static CTBarSer onlySeries(XSSFChart chart) {
        var bars = chart.getCTChart().getPlotArea().getBarChartArray();
        assertEquals(1, bars.length);
        assertEquals(1, bars[0].sizeOfSerArray());
        return bars[0].getSerArray(0);
    }

    @Test
    void overviewDrawsNoChartOfZonesWhosePeriodsDiffer() {
        // 平顶山 signed 39 projects in 2023年1—9月, 焦作 41 in 2024年6—9月: bars side by side would
        // compare two different spans, so the table shows each with its period and no chart is drawn
        assertEquals(List.of(), charts("概览"));
        var s = wb.getSheet("概览");
        int projects = Rendered.column(s, OverviewSheet.HEADER_ROW, "签约项目数（个）");
        assertEquals("2023年1—9月", s.getRow(Rendered.rowWith(s, 0, "平顶山高新区")).getCell(projects + 1)
                .getStringCellValue());
        assertEquals("2024年6—9月", s.getRow(Rendered.rowWith(s, 0, "焦作高新区")).getCell(projects + 1)
                .getStringCellValue());
    }

    @Test
    void everySeriesHasAnExplicitSolidFill() {
        for (String sheet : List.of("概览", "焦作高新区", "平顶山高新区")) {
            for (XSSFChart chart : charts(sheet)) {
                CTBarSer series = onlySeries(chart);
                assertTrue(series.getSpPr().isSetSolidFill(), sheet);
                assertEquals(3, series.getSpPr().getSolidFill().getSrgbClr().getVal().length, sheet);
                assertTrue(series.getCat().getStrRef().isSetStrCache(), sheet);
                assertTrue(series.getVal().getNumRef().isSetNumCache(), sheet);
            }
        }
    }

    @Test
    void zoneSheetChartsCategoriesWithTwoIndicatorsInOneUnit() {
        List<XSSFChart> charts = charts("焦作高新区");
        assertEquals(1, charts.size());
        assertEquals("创新主体（家）", charts.get(0).getTitleText().getString());
        CTStrData labels = onlySeries(charts.get(0)).getCat().getStrRef().getStrCache();
        assertEquals("高新技术企业", labels.getPtArray(0).getV());
        assertEquals("科技型中小企业", labels.getPtArray(1).getV());
        assertEquals("2023年1—9月招商引资（亿元）", charts("平顶山高新区").get(0).getTitleText().getString());
        assertTrue(charts("数据明细").isEmpty());
    }
}
