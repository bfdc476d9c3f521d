package io.zonebrief.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.SampleSummaries;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Series;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartPlannerTest {

    private static final Summary SAMPLE = SampleSummaries.twoZones();

    private static ZoneSummary zone(String name) {
        return SAMPLE.zones().stream().filter(z -> z.zone().equals(name)).findFirst().orElseThrow();
    }

    private static Fact fact(String indicator, String category, double value, String unit, Period period, Modality m) {
        return new Fact(indicator, category, indicator, value, unit, Qualifier.EXACT, period, m, SubjectKind.ZONE, null,
                List.of("d#1"), null);
    }

    @Test
    void groupsOneCategoryOnlyWhenUnitAndPeriodMatch() {
        List<ChartSpec> charts = ChartPlanner.categoryCharts(zone("焦作高新区").facts());
        assertEquals(1, charts.size(), charts.toString());
        ChartSpec c = charts.get(0);
        assertEquals("创新主体主要指标（家）", c.caption());
        assertEquals(List.of("高新技术企业", "科技型中小企业"), c.categories());
        assertEquals("时期：时期未注明", c.note());
    }

    @Test
    void neverChartsASingleNumberOrMixedPeriods() {
        List<Fact> facts = List.of(
                fact("签约总投资", "招商引资", 1e10, "元", Period.of(2024, 1, 6), Modality.ACTUAL),
                fact("实际到位资金", "招商引资", 2e9, "元", Period.of(2024, 1, 9), Modality.ACTUAL),
                fact("签约项目数", "招商引资", 12, "个", Period.of(2024, 1, 6), Modality.ACTUAL));
        assertEquals(List.of(), ChartPlanner.categoryCharts(facts));
    }

    @Test
    void leavesRatesToTheTables() {
        List<Fact> facts = List.of(
                fact("年度计划完成率", "项目建设", 104.68, "%", null, Modality.ACTUAL),
                fact("研发投入强度", "项目建设", 3.2, "%", null, Modality.ACTUAL));
        assertEquals(List.of(), ChartPlanner.categoryCharts(facts));
    }

    @Test
    void scalesMoneyToOneDisplayUnit() {
        List<Fact> facts = List.of(
                fact("签约总投资", "招商引资", 12953000000.0, "元", Period.of(2024, 1, 9), Modality.ACTUAL),
                fact("实际到位资金", "招商引资", 46000000, "元", Period.of(2024, 1, 9), Modality.ACTUAL));
        ChartSpec c = ChartPlanner.categoryCharts(facts).get(0);
        assertEquals("亿元", c.unit());
        assertEquals(List.of("129.53", "0.46"), c.points().stream().map(ChartPoint::label).toList());
    }

    @Test
    void breaksDownPartsAndLabelsTheRemainder() {
        List<ChartSpec> charts = ChartPlanner.breakdownCharts(SAMPLE, zone("焦作高新区"));
        assertEquals(1, charts.size());
        ChartSpec c = charts.get(0);
        assertEquals("签约项目构成（个）", c.caption());
        assertEquals(List.of("城市经济类项目", "装备制造类项目", ChartPlanner.REMAINDER), c.categories());
        assertEquals(List.of("21", "9", "11"), c.points().stream().map(ChartPoint::label).toList());
        assertTrue(c.note().contains("签约项目41个（2024年6—9月）"), c.note());
        assertEquals(List.of(), ChartPlanner.breakdownCharts(SAMPLE, zone("平顶山高新区")));
    }

    @Test
    void comparesZonesWithEachBarsPeriod() {
        List<ChartSpec> charts = ChartPlanner.comparisonCharts(SAMPLE);
        assertEquals(List.of("签约项目各高新区对比（个）", "签约项目总投资各高新区对比（亿元）"),
                charts.stream().map(ChartSpec::caption).toList());
        assertEquals(List.of("平顶山高新区（2023年1—9月）", "焦作高新区（2024年6—9月）"), charts.get(1).categories());
        assertEquals(List.of("116.06", "129.53"), charts.get(1).points().stream().map(ChartPoint::label).toList());
    }

    @Test
    void setsActualAgainstTarget() {
        List<Fact> facts = List.of(
                fact("营业收入", "经济运行", 8e10, "元", Period.of(2024, 1, 6), Modality.ACTUAL),
                fact("营业收入", "经济运行", 2e11, "元", Period.year(2024), Modality.TARGET));
        ChartSpec c = ChartPlanner.targetCharts(facts).get(0);
        assertEquals(List.of("实际", "目标"), c.series());
        assertEquals(List.of("800.00", "2,000.00"), c.points().stream().map(ChartPoint::label).toList());
        assertTrue(c.note().contains("实际2024年1—6月、目标2024年"), c.note());
    }

    @Test
    void leavesOutATargetForAnotherSpan() {
        List<Fact> facts = List.of(
                fact("签约项目", "招商引资", 39, "个", Period.of(2023, 1, 9), Modality.ACTUAL),
                fact("签约项目", "招商引资", 3, "个", Period.of(2023, 1, 6), Modality.TARGET));
        assertEquals(List.of(), ChartPlanner.targetCharts(facts));
    }

    @Test
    void drawsASeriesOverAlignedPeriodsLabelledWithEachPeriod() {
        Series cumulative = series(Modality.ACTUAL, Period.of(2023, 1, 6), 5, Period.of(2023, 1, 9), 39);
        ChartSpec c = ChartPlanner.seriesCharts(List.of(cumulative)).get(0);
        assertEquals("签约项目分期情况（个）", c.caption());
        assertEquals(List.of("2023年1—6月", "2023年1—9月"), c.categories());
        assertEquals(List.of("5", "39"), c.points().stream().map(ChartPoint::label).toList());
        assertEquals(1, c.series().size(), "one measure, one series");
        Series years = series(Modality.TARGET, Period.year(2024), 40, Period.year(2025), 50);
        assertEquals("签约项目目标分期情况（个）", ChartPlanner.seriesCharts(List.of(years)).get(0).caption());
    }

    @Test
    void leavesOutSeriesWhosePeriodsDoNotLineUp() {
        Series mixed = series(Modality.ACTUAL, Period.month(2024, 7), 32, Period.of(2024, 1, 8), 171);
        Series overlapping = series(Modality.ACTUAL, Period.of(2024, 1, 6), 1, Period.of(2024, 4, 9), 2);
        Series shrinking = series(Modality.ACTUAL, Period.of(2024, 1, 6), 50, Period.of(2024, 1, 9), 39);
        assertEquals(List.of(), ChartPlanner.seriesCharts(List.of(mixed, overlapping, shrinking)));
        assertTrue(ChartPlanner.alignedPeriods(List.of(Period.month(2024, 1), Period.month(2024, 7))));
    }

    @Test
    void comparesOnlyLabelsThatNameOneMeasure() {
        assertTrue(ChartPlanner.unambiguous(List.of(
                fact("签约项目", "招商引资", 5, "个", Period.of(2023, 1, 6), Modality.ACTUAL),
                fact("签约项目", "招商引资", 39, "个", Period.of(2023, 1, 9), Modality.ACTUAL))));
        assertTrue(!ChartPlanner.unambiguous(List.of(
                fact("总投资", "项目建设", 3.2e9, "元", Period.month(2024, 7), Modality.ACTUAL),
                fact("总投资", "项目建设", 1.7e10, "元", Period.of(2024, 1, 8), Modality.ACTUAL))));
    }

    @Test
    void lineOnlyForOneSeries() {
        ChartSpec two = new ChartSpec("x", "个", ChartKind.BAR, List.of(new ChartPoint("实际", "a", 1, "1"),
                new ChartPoint("目标", "a", 2, "2")), null);
        assertEquals(ChartKind.BAR, two.withKind(ChartKind.LINE).kind());
    }

    private static Series series(Modality m, Period a, double va, Period b, double vb) {
        return new Series("签约项目数", "签约项目", "个", m, List.of(new Series.Point(a, va, List.of("d#1")),
                new Series.Point(b, vb, List.of("d#2"))));
    }

    @Test
    void aChartNeedsTwoValues() {
        assertThrows(IllegalArgumentException.class,
                () -> new ChartSpec("x", "个", ChartKind.BAR, List.of(new ChartPoint("s", "a", 1, "1")), null));
    }

    @Test
    void pieOnlyForOneSeries() {
        ChartSpec two = new ChartSpec("x", "个", ChartKind.BAR, List.of(new ChartPoint("实际", "a", 1, "1"),
                new ChartPoint("目标", "a", 2, "2")), null);
        assertEquals(ChartKind.BAR, two.withKind(ChartKind.PIE).kind());
    }
}
