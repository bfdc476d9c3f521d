package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.chart.ChartPoint;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;

/**
 * Reads every native chart of the seeds' workbook back with POI and finds, for each bar, the fact it
 * draws (by zone or label, and by value in the chart's unit). A chart passes only when one unit,
 * nature, kind of time and period fits all of its bars: a 2023年1—9月 value never stands beside a
 * 2024年6—9月 one, a target beside a result, nor a level beside an amount.
 */
class SeedWorkbookChartsTest {

    /** Half the last place of a value printed with two decimals. */
    private static final double TOLERANCE = 0.005 + 1e-9;

    private static Summary summary;
    private static XSSFWorkbook wb;

    /** One bar as the file holds it: its category, its value and the chart it belongs to. */
    private record Bar(String sheet, String chart, String category, double value) {
    }

    @BeforeAll
    static void render() throws Exception {
        summary = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults().withReproducible(true),
                Progress.NONE);
        wb = Rendered.workbook(summary);
    }

    @Test
    void everyChartComparesLikeWithLike() {
        int checked = 0;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            if (drawing == null) {
                continue;
            }
            ZoneSummary zone = summary.zones().stream().filter(z -> sheet.getSheetName().equals(z.zone()))
                    .findFirst().orElse(null);
            for (XSSFChart chart : drawing.getCharts()) {
                List<Bar> bars = bars(sheet.getSheetName(), chart);
                assertTrue(bars.size() >= 2, chart.getTitleText().getString() + " compares fewer than two values");
                String unit = unitOf(chart.getTitleText().getString());
                Set<List<Object>> common = null;
                for (Bar bar : bars) {
                    Set<List<Object>> kinds = kindsOf(bar, unit, zone);
                    if (kinds.isEmpty()) {
                        fail("no fact of the summary is drawn as " + bar);
                    }
                    if (common == null) {
                        common = kinds;
                    } else {
                        common.retainAll(kinds);
                    }
                }
                assertFalse(common.isEmpty(), sheet.getSheetName() + " chart " + chart.getTitleText().getString()
                        + " mixes units, natures or periods: " + bars);
                checked++;
            }
        }
        assertTrue(checked >= 2, "the seeds' workbook should have charts to check, found " + checked);
    }

    @Test
    void overviewChartTitlesSayThePeriodTheyCompare() {
        XSSFDrawing drawing = wb.getSheet("概览").getDrawingPatriarch();
        List<XSSFChart> charts = drawing == null ? List.of() : drawing.getCharts();
        for (XSSFChart chart : charts) {
            String title = chart.getTitleText().getString();
            assertTrue(title.matches(".*(\\d{4}年|截至).*"), title);
        }
    }

    /** The bars of a one-series bar chart, from the values the chart caches. */
    private static List<Bar> bars(String sheet, XSSFChart chart) {
        CTBarChart[] barCharts = chart.getCTChart().getPlotArea().getBarChartArray();
        assertEquals(1, barCharts.length);
        List<Bar> out = new ArrayList<>();
        String title = chart.getTitleText().getString();
        for (CTBarSer series : barCharts[0].getSerArray()) {
            var labels = series.getCat().getStrRef().getStrCache();
            var values = series.getVal().getNumRef().getNumCache();
            for (int i = 0; i < values.sizeOfPtArray(); i++) {
                out.add(new Bar(sheet, title, labels.getPtArray(i).getV(),
                        Double.parseDouble(values.getPtArray(i).getV())));
            }
        }
        return out;
    }

    /** The display unit a chart's title ends with: 亿元 in "2024年1—9月签约总投资各高新区对比（亿元）". */
    private static String unitOf(String title) {
        assertTrue(title.endsWith("）"), title);
        return title.substring(title.lastIndexOf('（') + 1, title.length() - 1);
    }

    /**
     * What the facts that could stand behind a bar are: unit, nature, kind of time and when. On the
     * overview a bar is a zone; on a zone sheet it is one of that zone's indicators.
     */
    private static Set<List<Object>> kindsOf(Bar bar, String chartUnit, ZoneSummary sheetZone) {
        Stream<Fact> candidates;
        if (sheetZone == null) {
            candidates = summary.zones().stream().filter(z -> z.zone().equals(bar.category()))
                    .flatMap(SeedWorkbookChartsTest::allFacts);
        } else {
            candidates = allFacts(sheetZone).filter(f -> bar.category().equals(f.label()));
        }
        Set<List<Object>> kinds = new HashSet<>();
        candidates.filter(f -> drawnAs(f, chartUnit, bar.value())).forEach(f -> kinds.add(Arrays.asList(f.unit(),
                f.nature(), f.periodKind(), new ChartPoint.Basis(null, f.subject(), f.subjectName(), f.label(),
                        f.unit(), f.nature(), f.periodKind(), f.period(), f.asOf()).time())));
        return kinds;
    }

    /** True when the fact, written in the chart's unit, is the bar's value. */
    private static boolean drawnAs(Fact f, String chartUnit, double value) {
        boolean sameUnit = chartUnit.equals(f.unit()) || chartUnit.equals("万" + f.unit())
                || chartUnit.equals("亿" + f.unit());
        return sameUnit && Math.abs(f.value() / NumberStyle.divisor(f.unit(), chartUnit) - value) <= TOLERANCE;
    }

    private static Stream<Fact> allFacts(ZoneSummary z) {
        return Stream.concat(Stream.concat(z.facts().stream(), z.context().stream()),
                z.units().stream().flatMap(u -> u.facts().stream()));
    }
}
