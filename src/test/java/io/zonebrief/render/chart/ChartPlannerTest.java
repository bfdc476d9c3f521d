package io.zonebrief.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.SampleSummaries;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Series;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
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
    void comparesZonesOnlyForTheSamePeriod() {
        assertEquals(List.of(), ChartPlanner.comparisonCharts(SAMPLE), "2023年1—9月 beside 2024年6—9月 is no comparison");
        Period q3 = Period.of(2024, 1, 9);
        Fact a = timed("签约项目", 39, "个", q3, Nature.ACHIEVED, PeriodKind.FLOW, null, "a#1");
        Fact aEarlier = timed("签约项目", 20, "个", Period.of(2024, 1, 6), Nature.ACHIEVED, PeriodKind.FLOW, null, "a#2");
        Fact b = timed("签约项目", 41, "个", q3, Nature.ACHIEVED, PeriodKind.FLOW, null, "b#1");
        List<ChartSpec> charts = ChartPlanner.comparisonCharts(summaryOf(List.of(aEarlier, a), List.of(b)));
        assertEquals(List.of("2024年1—9月签约项目各高新区对比（个）"), charts.stream().map(ChartSpec::caption).toList());
        assertEquals(List.of("甲高新区", "乙高新区"), charts.get(0).categories());
        assertEquals(List.of("39", "41"), charts.get(0).points().stream().map(ChartPoint::label).toList());
    }

    @Test
    void setsActualAgainstTargetOfTheSamePeriodOnly() {
        Fact half = fact("营业收入", "经济运行", 8e10, "元", Period.of(2024, 1, 6), Modality.ACTUAL);
        Fact goal = fact("营业收入", "经济运行", 2e11, "元", Period.year(2024), Modality.TARGET);
        assertEquals(List.of(), ChartPlanner.targetCharts("甲高新区", List.of(half, goal)),
                "half a year's result beside the year's goal reads as a shortfall");
        Fact year = fact("营业收入", "经济运行", 2.1e11, "元", Period.year(2024), Modality.ACTUAL);
        ChartSpec c = ChartPlanner.targetCharts("甲高新区", List.of(half, year, goal)).get(0);
        assertEquals(List.of("实际", "目标"), c.series());
        assertEquals("2024年营业收入实际与目标（亿元）", c.caption());
        assertEquals(List.of("2100", "2000"), c.points().stream().map(ChartPoint::label).toList());
    }

    @Test
    void leavesOutATargetForAnotherSpan() {
        List<Fact> facts = List.of(
                fact("签约项目", "招商引资", 39, "个", Period.of(2023, 1, 9), Modality.ACTUAL),
                fact("签约项目", "招商引资", 3, "个", Period.of(2023, 1, 6), Modality.TARGET));
        assertEquals(List.of(), ChartPlanner.targetCharts("甲高新区", facts));
    }

    @Test
    void drawsASeriesOverAlignedPeriodsLabelledWithEachPeriod() {
        Series cumulative = series(Modality.ACTUAL, Period.of(2023, 1, 6), 5, Period.of(2023, 1, 9), 39);
        ChartSpec c = ChartPlanner.seriesCharts("甲高新区", List.of(cumulative), seriesFacts(Modality.ACTUAL)).get(0);
        assertEquals("签约项目分期情况（个）", c.caption());
        assertEquals(List.of("2023年1—6月", "2023年1—9月"), c.categories());
        assertEquals(List.of("5", "39"), c.points().stream().map(ChartPoint::label).toList());
        assertEquals(1, c.series().size(), "one measure, one series");
        Series years = series(Modality.TARGET, Period.year(2024), 40, Period.year(2025), 50);
        assertEquals("签约项目目标分期情况（个）",
                ChartPlanner.seriesCharts("甲高新区", List.of(years), seriesFacts(Modality.TARGET)).get(0).caption());
    }

    @Test
    void leavesOutSeriesWhosePeriodsDoNotLineUp() {
        Series mixed = series(Modality.ACTUAL, Period.month(2024, 7), 32, Period.of(2024, 1, 8), 171);
        Series overlapping = series(Modality.ACTUAL, Period.of(2024, 1, 6), 1, Period.of(2024, 4, 9), 2);
        Series shrinking = series(Modality.ACTUAL, Period.of(2024, 1, 6), 50, Period.of(2024, 1, 9), 39);
        assertEquals(List.of(), ChartPlanner.seriesCharts("甲高新区", List.of(mixed, overlapping, shrinking),
                seriesFacts(Modality.ACTUAL)));
        // two single months far apart are no series: a line between them would invent the months between
        assertTrue(!ChartPlanner.alignedPeriods(List.of(Period.month(2024, 1), Period.month(2024, 7))));
        assertTrue(ChartPlanner.alignedPeriods(List.of(Period.month(2024, 6), Period.month(2024, 7))));
        assertTrue(ChartPlanner.alignedPeriods(List.of(Period.year(2022), Period.year(2023), Period.year(2024))));
        assertTrue(!ChartPlanner.alignedPeriods(List.of(Period.year(2021), Period.year(2023))));
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

    /** The facts behind the points of {@link #series}: flows of the nature the modality implies. */
    private static List<Fact> seriesFacts(Modality m) {
        return List.of(timed("签约项目", 1, "个", null, Nature.of(m), PeriodKind.FLOW, null, "d#1"),
                timed("签约项目", 2, "个", null, Nature.of(m), PeriodKind.FLOW, null, "d#2"));
    }

    private static Fact timed(String label, double value, String unit, Period period, Nature nature, PeriodKind kind,
                              YearMonth asOf, String figureId) {
        Period p = kind == PeriodKind.STOCK ? Period.month(asOf.getYear(), asOf.getMonthValue()) : period;
        return new Fact(label, "创新主体", label, value, unit, Qualifier.EXACT, p, nature.modality(), SubjectKind.ZONE,
                null, List.of(figureId), null, nature, kind, asOf);
    }

    @Test
    void neverSetsALevelBesideAnAmountOverASpan() {
        YearMonth june = YearMonth.of(2024, 6);
        Fact level = timed("高新技术企业", 65, "家", null, Nature.ACHIEVED, PeriodKind.STOCK, june, "d#1");
        Fact added = timed("新增高新技术企业", 12, "家", Period.month(2024, 6), Nature.ACHIEVED, PeriodKind.FLOW, null,
                "d#2");
        assertEquals(level.period(), added.period(), "the same month: only their kind of time tells them apart");
        assertEquals(List.of(), ChartPlanner.categoryCharts(List.of(level, added)));

        Fact smes = timed("科技型中小企业", 183, "家", null, Nature.ACHIEVED, PeriodKind.STOCK, june, "d#3");
        List<ChartSpec> charts = ChartPlanner.categoryCharts(List.of(level, added, smes));
        assertEquals(1, charts.size(), charts.toString());
        assertEquals(List.of("高新技术企业", "科技型中小企业"), charts.get(0).categories());
        assertEquals("截至2024年6月创新主体主要指标（家）", charts.get(0).caption());
        assertEquals("时点：截至2024年6月（存量）", charts.get(0).note());
    }

    @Test
    void neverSetsFactsOfDifferentNaturesSideBySide() {
        Period h1 = Period.of(2024, 1, 6);
        Fact signed = timed("签约项目", 5, "个", h1, Nature.ACHIEVED, PeriodKind.FLOW, null, "d#1");
        Fact talks = timed("在谈项目", 8, "个", h1, Nature.PIPELINE, PeriodKind.FLOW, null, "d#2");
        Fact planned = timed("计划开工项目", 3, "个", h1, Nature.PLAN, PeriodKind.FLOW, null, "d#3");
        Fact expected = timed("预计投产项目", 2, "个", h1, Nature.FORECAST, PeriodKind.FLOW, null, "d#4");
        assertEquals(List.of(), ChartPlanner.categoryCharts(List.of(signed, talks, planned, expected)));

        Fact moreTalks = timed("拟签约项目", 4, "个", h1, Nature.PIPELINE, PeriodKind.FLOW, null, "d#5");
        ChartSpec c = ChartPlanner.categoryCharts(List.of(signed, talks, moreTalks)).get(0);
        assertEquals(List.of("在谈项目", "拟签约项目"), c.categories());
        assertEquals("2024年1—6月创新主体拟签约/在谈主要指标（个）", c.caption());
    }

    @Test
    void setsOnlyGoalsAgainstResultsOfTheSameKindOfTime() {
        Period h1 = Period.of(2024, 1, 6);
        Fact done = timed("营业收入", 8e10, "元", h1, Nature.ACHIEVED, PeriodKind.FLOW, null, "d#1");
        Fact goal = timed("营业收入", 2e11, "元", Period.year(2024), Nature.GOAL, PeriodKind.FLOW, null, "d#2");
        Fact forecast = timed("营业收入", 1.8e11, "元", Period.year(2024), Nature.FORECAST, PeriodKind.FLOW, null, "d#3");
        Fact pipeline = timed("营业收入", 1.5e11, "元", Period.year(2024), Nature.PIPELINE, PeriodKind.FLOW, null, "d#4");
        assertEquals(List.of(), ChartPlanner.targetCharts("甲高新区", List.of(done, forecast, pipeline)),
                "a forecast or a deal under negotiation is not a target");
        Fact year = timed("营业收入", 2.1e11, "元", Period.year(2024), Nature.ACHIEVED, PeriodKind.FLOW, null, "d#7");
        ChartSpec c = ChartPlanner.targetCharts("甲高新区", List.of(done, year, goal, forecast)).get(0);
        assertEquals(List.of(Nature.ACHIEVED, Nature.GOAL), c.points().stream().map(p -> p.basis().nature()).toList());

        Fact level = timed("高新技术企业", 65, "家", null, Nature.ACHIEVED, PeriodKind.STOCK, YearMonth.of(2024, 6), "d#5");
        Fact aim = timed("高新技术企业", 100, "家", Period.year(2024), Nature.GOAL, PeriodKind.FLOW, null, "d#6");
        assertEquals(List.of(), ChartPlanner.targetCharts("甲高新区", List.of(level, aim)));
    }

    @Test
    void drawsASeriesOnlyWhenItsFactsAgreeInNatureAndTime() {
        Series s = series(Modality.ACTUAL, Period.month(2024, 6), 60, Period.month(2024, 9), 65);
        Fact june = timed("签约项目", 60, "个", null, Nature.ACHIEVED, PeriodKind.STOCK, YearMonth.of(2024, 6), "d#1");
        Fact septemberFlow = timed("签约项目", 65, "个", Period.month(2024, 9), Nature.ACHIEVED, PeriodKind.FLOW, null,
                "d#2");
        Fact septemberForecast = timed("签约项目", 65, "个", null, Nature.FORECAST, PeriodKind.STOCK,
                YearMonth.of(2024, 9), "d#2");
        assertEquals(List.of(), ChartPlanner.seriesCharts("甲高新区", List.of(s), List.of(june, septemberFlow)));
        assertEquals(List.of(), ChartPlanner.seriesCharts("甲高新区", List.of(s), List.of(june, septemberForecast)));
        assertEquals(List.of(), ChartPlanner.seriesCharts("甲高新区", List.of(s), List.of(june)), "a point without its fact");

        Fact september = timed("签约项目", 65, "个", null, Nature.ACHIEVED, PeriodKind.STOCK, YearMonth.of(2024, 9), "d#2");
        ChartSpec c = ChartPlanner.seriesCharts("甲高新区", List.of(s), List.of(june, september)).get(0);
        assertEquals(List.of("截至2024年6月", "截至2024年9月"), c.categories());
        assertEquals("各点为各时点的存量。", c.note());
    }

    @Test
    void comparesZonesOnlyOnTheSameKindOfTime() {
        YearMonth june = YearMonth.of(2024, 6);
        Fact levelA = timed("高新技术企业", 65, "家", null, Nature.ACHIEVED, PeriodKind.STOCK, june, "a#1");
        Fact flowB = timed("高新技术企业", 12, "家", Period.of(2024, 1, 6), Nature.ACHIEVED, PeriodKind.FLOW, null, "b#1");
        Fact levelC = timed("高新技术企业", 80, "家", null, Nature.ACHIEVED, PeriodKind.STOCK, YearMonth.of(2024, 9), "c#1");
        Summary two = summaryOf(List.of(levelA), List.of(flowB));
        assertEquals(List.of(), ChartPlanner.comparisonCharts(two));
        assertEquals(List.of(), ChartPlanner.comparisonCharts(summaryOf(List.of(levelA), List.of(flowB, levelC))),
                "levels of different months");
        Fact levelD = timed("高新技术企业", 80, "家", null, Nature.ACHIEVED, PeriodKind.STOCK, june, "c#2");
        List<ChartSpec> charts = ChartPlanner.comparisonCharts(summaryOf(List.of(levelA), List.of(flowB, levelD)));
        assertEquals(1, charts.size());
        assertEquals("截至2024年6月高新技术企业各高新区对比（家）", charts.get(0).caption());
    }

    private static Summary summaryOf(List<Fact> first, List<Fact> second) {
        return new Summary(null, List.of(), List.of(), List.of(
                new ZoneSummary("甲高新区", null, null, null, List.of(), first, List.of()),
                new ZoneSummary("乙高新区", null, null, null, List.of(), second, List.of())), List.of());
    }

    @Test
    void breaksDownOnlyIntoPartsOfTheParentsNatureAndTime() {
        Period h1 = Period.of(2024, 1, 6);
        Figure parent = figure("d#1", "签约项目", 20, h1, Nature.ACHIEVED, null);
        Figure signed = figure("d#2", "装备制造类项目", 9, h1, Nature.ACHIEVED, "d#1");
        Figure talks = figure("d#3", "在谈项目", 6, h1, Nature.PIPELINE, "d#1");
        Figure food = figure("d#4", "绿色食品类项目", 5, h1, Nature.ACHIEVED, "d#1");
        Map<String, Figure> byId = Map.of("d#1", parent, "d#2", signed, "d#3", talks, "d#4", food);
        ChartSpec c = ChartPlanner.breakdownCharts(List.of("d#1"), byId, Map.of("d#1", List.of(signed, talks, food)))
                .get(0);
        assertEquals(List.of("装备制造类项目", "绿色食品类项目", ChartPlanner.REMAINDER), c.categories());
    }

    private static Figure figure(String id, String metric, double value, Period p, Nature nature, String parent) {
        return new Figure(id, "d", metric, value, null, "个", Qualifier.EXACT, metric, metric, 0, 1, p,
                nature.modality(), SubjectKind.ZONE, null, null, parent == null ? null : "part", parent, "甲高新区",
                nature, PeriodKind.FLOW, null);
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
