package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.chart.ChartPoint;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.summary.Summary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads every chart the briefing of the seeds and of the blind articles places and checks that each
 * sets only like beside like: one measure of one body, one unit, one nature (actual beside goal only
 * in a 实际/目标 chart), one kind of time, and either one period (zones side by side, parts of a whole,
 * actual and goal) or a series of one zone whose periods start together or are equally long and apart.
 */
class ChartPlanTest {

    private static final List<Path> INPUTS = List.of(Path.of("seeds"),
            Path.of("src/test/resources/io/zonebrief/blind3"));
    private static final List<List<ChartSpec>> PLANS = new ArrayList<>();

    @BeforeAll
    static void plan() throws Exception {
        for (Path input : INPUTS) {
            Summary summary = ZoneBrief.analyze(List.of(input), RunOptions.defaults().withReproducible(true),
                    Progress.NONE);
            PLANS.add(BriefingRenderer.charts(summary, BriefingTemplate.defaults()));
        }
    }

    @Test
    void theSeedsBriefingHasChartsToCheck() {
        assertFalse(PLANS.get(0).isEmpty(), "a briefing without charts would pass any check");
    }

    @Test
    void everyChartSetsLikeBesideLike() {
        List<String> wrong = new ArrayList<>();
        for (List<ChartSpec> plan : PLANS) {
            for (ChartSpec c : plan) {
                String why = mismatch(c);
                if (why != null) {
                    wrong.add(c.caption() + ": " + why);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCheckCatchesAParkBesideItsZoneAndTwoPeriodsAcrossZones() {
        Period h1 = Period.of(2023, 1, 6);
        Period q3 = Period.of(2023, 1, 9);
        ChartPoint park = point("签约项目", "甲高新区", SubjectKind.PARK, "创新创业服务园区", h1, 5);
        ChartPoint zone = point("签约项目", "甲高新区", SubjectKind.ZONE, null, q3, 39);
        assertEquals("scope", mismatch(chart(park, zone)));
        ChartPoint other = point("签约项目", "乙高新区", SubjectKind.ZONE, null, h1, 41);
        assertEquals("time", mismatch(chart(zone, other)));
        ChartPoint later = point("签约项目", "甲高新区", SubjectKind.ZONE, null, Period.of(2023, 4, 9), 30);
        assertEquals("time", mismatch(chart(point("签约项目", "甲高新区", SubjectKind.ZONE, null, h1, 5), later)),
                "overlapping spans of different starts are no series");
        assertEquals(null, mismatch(chart(point("签约项目", "甲高新区", SubjectKind.ZONE, null, h1, 5), zone)));
    }

    private static ChartPoint point(String measure, String zone, SubjectKind subject, String name, Period p, double v) {
        return new ChartPoint(measure, zone + p, v, String.valueOf(v), new ChartPoint.Basis(zone, subject, name, measure,
                "个", Nature.ACHIEVED, PeriodKind.FLOW, p, null));
    }

    private static ChartSpec chart(ChartPoint... points) {
        return new ChartSpec("x", "个", io.zonebrief.render.chart.ChartKind.BAR, List.of(points), null);
    }

    /** What a chart mixes, or null when its values are alike. */
    static String mismatch(ChartSpec c) {
        List<ChartPoint.Basis> all = c.points().stream().map(ChartPoint::basis).toList();
        if (all.contains(null)) {
            return "a value with no fact behind it";
        }
        if (differ(all, ChartPoint.Basis::unit) || differ(all, ChartPoint.Basis::periodKind)) {
            return "unit or kind of time";
        }
        if (differ(all, ChartPoint.Basis::measure)) {
            return "measure";
        }
        boolean target = c.series().equals(List.of("实际", "目标"));
        for (ChartPoint p : c.points()) {
            Nature expected = !target ? all.get(0).nature() : p.series().equals("实际") ? Nature.ACHIEVED : Nature.GOAL;
            if (p.basis().nature() != expected) {
                return "nature";
            }
        }
        boolean acrossZones = all.stream().map(ChartPoint.Basis::zone).distinct().count() == all.size()
                && all.size() > 1 && all.get(0).zone() != null;
        if (acrossZones ? all.stream().anyMatch(b -> b.subject() != SubjectKind.ZONE)
                : differ(all, ChartPoint.Basis::zone) || differ(all, ChartPoint.Basis::subject)
                || differ(all, ChartPoint.Basis::subjectName)) {
            return "scope";
        }
        boolean oneTime = !differ(all, ChartPoint.Basis::time);
        if (acrossZones || target || c.title().endsWith("构成")) {
            return oneTime ? null : "time";
        }
        return oneTime || series(all) ? null : "time";
    }

    /** Periods from one start, or of one length without overlap; a level's months in order. */
    private static boolean series(List<ChartPoint.Basis> all) {
        if (all.get(0).periodKind() == PeriodKind.STOCK) {
            return all.stream().map(ChartPoint.Basis::time).allMatch(Objects::nonNull)
                    && all.stream().map(ChartPoint.Basis::time).distinct().count() == all.size();
        }
        List<Period> periods = all.stream().map(ChartPoint.Basis::period).toList();
        if (periods.contains(null) || periods.stream().distinct().count() != periods.size()) {
            return false;
        }
        if (periods.stream().map(Period::from).distinct().count() == 1) {
            return true;
        }
        List<Period> sorted = periods.stream().sorted(Comparator.comparing(Period::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).months() != sorted.get(0).months() || !sorted.get(i).from().isAfter(sorted.get(i - 1).to())) {
                return false;
            }
        }
        return true;
    }

    private static boolean differ(List<ChartPoint.Basis> all, Function<ChartPoint.Basis, Object> key) {
        return all.stream().map(key).distinct().count() > 1;
    }
}
