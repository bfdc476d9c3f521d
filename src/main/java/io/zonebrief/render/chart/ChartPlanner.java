package io.zonebrief.render.chart;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.FactWords;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Series;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides which charts are honest to draw from a summary. A chart puts numbers side by side, so it
 * only groups values that can be compared: one measure of one body in one unit and of one nature, and
 * in time either the same period (zones side by side, actual beside goal, the parts of a whole) or a
 * series of periods from one start or of one length; and at least two values. Each point carries its
 * {@link ChartPoint.Basis}, so a plan can be checked for exactly that. Rates (%, 个百分点) are left to the tables because
 * bars of unrelated percentages invite a comparison the articles do not make. A level as of a date
 * (现有企业400家) never stands beside an amount over a span (新增企业40家), and what was done never
 * beside what is planned, forecast or under negotiation; the one chart that sets two natures side by
 * side, {@link #targetCharts}, labels each bar 实际 or 目标 and takes nothing else. Category charts
 * ({@link #categoryCharts}) set different indicators side by side and are drawn only when a template
 * asks for them.
 *
 * <p>Every value comes from a fact or a figure; the only computed number is the remainder of a
 * breakdown, which is labelled as such.</p>
 */
public final class ChartPlanner {

    static final String REMAINDER = "其余（推算）";
    /** The catch-all category: its indicators have nothing in common, so they are not charted together. */
    static final String MISC_CATEGORY = "其他";
    private static final String NO_PERIOD = "时期未注明";

    private ChartPlanner() {
    }

    /**
     * One bar chart per category, unit, nature and time that has two or more indicators, e.g.
     * 高新技术企业数 and 科技型中小企业 (both 家, both without a period). The time is the period of a
     * flow, the month of a stock, or none. The catch-all category 其他 is left out.
     */
    public static List<ChartSpec> categoryCharts(List<Fact> facts) {
        Map<List<Object>, List<Fact>> groups = facts.stream()
                .filter(f -> !isRate(f.unit()) && !MISC_CATEGORY.equals(f.category()))
                .collect(Collectors.groupingBy(
                        f -> java.util.Arrays.asList(f.category(), f.unit(), f.nature(), f.periodKind(), time(f)),
                        LinkedHashMap::new, Collectors.toList()));
        List<ChartSpec> charts = new ArrayList<>();
        for (List<Fact> group : groups.values()) {
            List<String> labels = group.stream().map(ChartPlanner::factLabel).toList();
            if (group.size() < 2 || labels.stream().distinct().count() != labels.size()) {
                continue;
            }
            Fact first = group.get(0);
            ChartUnit unit = unitOf(first.unit(), group.stream().mapToDouble(Fact::value));
            List<ChartPoint> points = group.stream()
                    .map(f -> new ChartPoint(first.category(), factLabel(f), unit.scale(f.value()), unit.format(f.value()),
                            ChartPoint.Basis.of(null, f)))
                    .toList();
            String when = switch (first.periodKind()) {
                case FLOW -> first.period() == null ? "" : first.period().label();
                case STOCK -> FactWords.when(first, NO_PERIOD);
                case NONE -> "";
            };
            String title = when + first.category() + natureWord(first.nature()) + "主要指标";
            charts.add(new ChartSpec(title, unit.label(), ChartKind.BAR, points, timeNote(first)));
        }
        return charts;
    }

    /** What a category chart's values share in time: a flow's period, a stock's month, or no period. */
    private static Object time(Fact f) {
        return switch (f.periodKind()) {
            case FLOW -> f.period();
            case STOCK -> f.asOf() != null ? f.asOf() : f.period();
            case NONE -> PeriodKind.NONE;
        };
    }

    private static String timeNote(Fact f) {
        return switch (f.periodKind()) {
            case FLOW -> "时期：" + periodLabel(f.period());
            case STOCK -> "时点：" + FactWords.when(f, NO_PERIOD) + "（存量）";
            case NONE -> "各数值不分时期（总量、规模等）。";
        };
    }

    /** The word a chart title adds for what is not a result: 目标, 计划, 预计…; nothing for 实际. */
    private static String natureWord(Nature n) {
        return n == Nature.ACHIEVED || n == Nature.UNSTATED ? "" : FactWords.nature(n);
    }

    /**
     * One chart per figure the articles break down ("签约项目41个，其中城市经济类项目21个、装备制造类项目9个"):
     * the parts of a figure of {@code zone}, plus the unstated remainder when the parts do not add up.
     */
    public static List<ChartSpec> breakdownCharts(Summary summary, ZoneSummary zone) {
        Map<String, Figure> byId = summary.figuresById();
        Map<String, List<Figure>> parts = summary.figures().stream()
                .filter(f -> "part".equals(f.role()) && f.parentId() != null)
                .collect(Collectors.groupingBy(Figure::parentId, LinkedHashMap::new, Collectors.toList()));
        List<String> parents = parts.keySet().stream()
                .filter(id -> byId.get(id) != null && zone.zone().equals(byId.get(id).zone())).toList();
        return breakdownCharts(parents, byId, parts);
    }

    /**
     * As {@link #breakdownCharts(Summary, ZoneSummary)} for callers that index the figures once:
     * the breakdowns of the figures {@code parentIds}, in that order.
     *
     * @param byId  every figure by id
     * @param parts parent id → its "part" figures in document order
     */
    public static List<ChartSpec> breakdownCharts(List<String> parentIds, Map<String, Figure> byId,
                                                  Map<String, List<Figure>> parts) {
        List<ChartSpec> charts = new ArrayList<>();
        for (String id : parentIds) {
            Figure parent = byId.get(id);
            List<Figure> p = parts.get(id);
            if (parent != null && p != null) {
                breakdown(parent, p).ifPresent(charts::add);
            }
        }
        return charts;
    }

    private static Optional<ChartSpec> breakdown(Figure parent, List<Figure> parts) {
        // a part of another nature, time, unit or body (在谈项目 under 签约项目) is no slice of this whole
        List<Figure> same = parts.stream().filter(p -> p.unit().equals(parent.unit()) && p.nature() == parent.nature()
                && p.periodKind() == parent.periodKind() && Objects.equals(p.period(), parent.period())
                && Objects.equals(p.asOf(), parent.asOf()) && p.subject() == parent.subject()
                && Objects.equals(p.subjectName(), parent.subjectName())).toList();
        double sum = same.stream().mapToDouble(Figure::value).sum();
        if (same.size() < 2 && !(same.size() == 1 && sum < parent.value())) {
            return Optional.empty();
        }
        if (sum > parent.value() * 1.0001) {
            return Optional.empty();
        }
        ChartUnit unit = unitOf(parent.unit(), java.util.stream.DoubleStream.of(parent.value()));
        String prefix = commonPrefix(same.stream().map(Figure::metric).toList());
        List<ChartPoint> points = new ArrayList<>();
        for (Figure p : same) {
            String label = p.metric().length() > prefix.length() ? p.metric().substring(prefix.length()) : p.metric();
            points.add(new ChartPoint(parent.metric(), label, unit.scale(p.value()), unit.format(p.value()),
                    ChartPoint.Basis.of(p, parent.metric())));
        }
        double rest = parent.value() - sum;
        if (rest > parent.value() * 1e-6) {
            points.add(new ChartPoint(parent.metric(), REMAINDER, unit.scale(rest), unit.format(rest),
                    ChartPoint.Basis.of(parent, parent.metric())));
        }
        String note = "合计：" + parent.metric() + unit.format(parent.value()) + unit.label()
                + "（" + periodLabel(parent.period()) + "）";
        return Optional.of(new ChartSpec(parent.metric() + "构成", unit.label(), ChartKind.BAR, points, note));
    }

    /**
     * One chart per indicator that has an actual and a goal of the same body for the same period
     * (2024年 against the 2024 target), the two bars labelled 实际 and 目标. An actual of 1—6月 beside
     * the year's goal compares half a year with a whole one, so it is left to the text (完成进度), and
     * so is a level as of a month beside a goal for a year. Plans, forecasts and deals under
     * negotiation are not targets: a 拟签约 amount drawn as 目标 would say the zone set out to reach it.
     *
     * @param zone the zone whose facts these are, recorded in each point's {@link ChartPoint.Basis}
     */
    public static List<ChartSpec> targetCharts(String zone, List<Fact> facts) {
        Map<String, Fact> targets = latest(facts.stream().filter(f -> f.nature() == Nature.GOAL).toList());
        Map<String, List<Fact>> actuals = facts.stream().filter(f -> f.nature() == Nature.ACHIEVED)
                .collect(Collectors.groupingBy(f -> factLabel(f) + "\u0000" + f.unit(), LinkedHashMap::new,
                        Collectors.toList()));
        List<ChartSpec> charts = new ArrayList<>();
        for (Map.Entry<String, List<Fact>> a : actuals.entrySet()) {
            Fact t = targets.get(a.getKey());
            if (t == null || isRate(t.unit())) {
                continue;
            }
            Optional<Fact> actual = a.getValue().stream()
                    .filter(f -> f.periodKind() == t.periodKind() && sameSpan(f.period(), t.period())).findFirst();
            if (actual.isEmpty()) {
                continue;
            }
            Fact done = actual.get();
            ChartUnit unit = unitOf(t.unit(), java.util.stream.DoubleStream.of(done.value(), t.value()));
            String when = periodLabel(t.period());
            List<ChartPoint> points = List.of(
                    new ChartPoint("实际", when, unit.scale(done.value()), unit.format(done.value()),
                            ChartPoint.Basis.of(zone, done)),
                    new ChartPoint("目标", when, unit.scale(t.value()), unit.format(t.value()),
                            ChartPoint.Basis.of(zone, t)));
            charts.add(new ChartSpec(when + factLabel(t) + "实际与目标", unit.label(), ChartKind.BAR, points,
                    "实际数与目标均为" + when + "全期。"));
        }
        return charts;
    }

    /**
     * One bar chart per main indicator that two or more zones report under the same label and unit
     * for the same time: the same period of a flow, or the same month of a level. A zone's value for
     * 1—6月 beside another's for 1—9月 says nothing about the two zones, so such values stay in the
     * comparison table, each with its period. The label, not the taxonomy indicator, decides, because
     * one indicator groups different measures. When the zones share several times, the time most of
     * them report is drawn, the latest of equals.
     */
    public static List<ChartSpec> comparisonCharts(Summary summary) {
        Map<List<Object>, Map<Object, Map<String, Fact>>> byMeasure = new LinkedHashMap<>();
        for (ZoneSummary z : summary.zones()) {
            if (ZoneSummary.UNKNOWN_ZONE.equals(z.zone())) {
                continue;
            }
            List<Fact> actual = z.facts().stream().filter(f -> f.indicator() != null && f.nature() == Nature.ACHIEVED
                    && f.subject() == SubjectKind.ZONE).toList();
            Map<String, List<Fact>> byLabel = actual.stream().collect(Collectors.groupingBy(
                    ChartPlanner::measureKey, LinkedHashMap::new, Collectors.toList()));
            byLabel.forEach((key, list) -> {
                if (!unambiguous(list)) {
                    return;
                }
                for (Fact f : list) {
                    Object when = ChartPoint.Basis.of(z.zone(), f).time();
                    if (when != null) {
                        byMeasure.computeIfAbsent(List.of(factLabel(f), f.unit(), f.periodKind()),
                                k -> new LinkedHashMap<>()).computeIfAbsent(when, k -> new LinkedHashMap<>())
                                .putIfAbsent(z.zone(), f);
                    }
                }
            });
        }
        List<ChartSpec> charts = new ArrayList<>();
        for (Map.Entry<List<Object>, Map<Object, Map<String, Fact>>> e : byMeasure.entrySet()) {
            Optional<Map<String, Fact>> best = e.getValue().values().stream().filter(m -> m.size() >= 2)
                    .max(Comparator.<Map<String, Fact>>comparingInt(Map::size)
                            .thenComparing(m -> m.values().iterator().next().period(),
                                    Comparator.nullsFirst(Comparator.naturalOrder())));
            if (best.isEmpty()) {
                continue;
            }
            Map<String, Fact> zones = best.get();
            Fact first = zones.values().iterator().next();
            String indicator = (String) e.getKey().get(0);
            ChartUnit unit = unitOf((String) e.getKey().get(1), zones.values().stream().mapToDouble(Fact::value));
            List<ChartPoint> points = zones.entrySet().stream()
                    .map(z -> new ChartPoint(indicator, z.getKey(), unit.scale(z.getValue().value()),
                            unit.format(z.getValue().value()), ChartPoint.Basis.of(z.getKey(), z.getValue())))
                    .toList();
            String when = FactWords.when(first, NO_PERIOD);
            charts.add(new ChartSpec(when + indicator + "各高新区对比", unit.label(), ChartKind.BAR, points,
                    first.periodKind() == PeriodKind.STOCK ? "各高新区均为" + when + "的存量。"
                            : "各高新区均为" + when + "的数值。"));
        }
        return charts;
    }

    /**
     * One chart per measure with values for two or more periods that line up: cumulative periods
     * from the same month (1—6月, 1—9月) or periods of the same length that do not overlap (2023年,
     * 2024年). Other mixtures, such as 1月 beside 1—8月 beside 全年, say nothing about a trend and are
     * left to the table. Each point is labelled with its period, or for levels with the month they
     * stand as of ("截至2024年6月"). A series is drawn only when {@code facts} hold the fact behind
     * every point and those facts are of one nature and one kind of period, so actual values and
     * targets, or a level and an amount, are never in one series.
     *
     * @param facts the facts the series' points come from (a point's fact is found by figure id)
     */
    public static List<ChartSpec> seriesCharts(String zone, List<Series> series, List<Fact> facts) {
        Map<String, Fact> byFigure = new java.util.HashMap<>();
        facts.forEach(f -> f.figureIds().forEach(id -> byFigure.putIfAbsent(id, f)));
        List<ChartSpec> charts = new ArrayList<>();
        for (Series s : series) {
            List<Fact> behind = s.points().stream().map(p -> p.figureIds().stream().map(byFigure::get)
                    .filter(Objects::nonNull).findFirst().orElse(null)).toList();
            List<Period> periods = s.points().stream().map(Series.Point::period).toList();
            if (s.points().size() < 2 || behind.contains(null) || !(levels(behind)
                    ? periods.stream().noneMatch(Objects::isNull) && periods.stream().distinct().count() == periods.size()
                    : alignedPeriods(periods)) || shrinkingTotal(s)
                    || behind.stream().map(ChartPlanner::seriesKey).distinct().count() != 1) {
                continue;
            }
            Fact first = behind.get(0);
            boolean stock = first.periodKind() == PeriodKind.STOCK;
            ChartUnit unit = unitOf(s.unit(), s.points().stream().mapToDouble(Series.Point::value));
            String name = s.metric().replace("“", "").replace("”", "");
            String title = name + natureWord(first.nature()) + "分期情况";
            List<ChartPoint> points = new ArrayList<>();
            for (int i = 0; i < s.points().size(); i++) {
                Series.Point p = s.points().get(i);
                String label = stock ? FactWords.when(behind.get(i), NO_PERIOD) : p.period().label();
                points.add(new ChartPoint(title, label, unit.scale(p.value()), unit.format(p.value()),
                        ChartPoint.Basis.of(zone, behind.get(i)).measuring(name)));
            }
            boolean cumulative = s.points().stream().map(p -> p.period().from()).distinct().count() == 1;
            charts.add(new ChartSpec(title, unit.label(), ChartKind.BAR, points, stock ? "各点为各时点的存量。"
                    : cumulative ? "各点为自同一起始月份起的累计数。" : "各点为前后相接的等长时期的数值。"));
        }
        return charts;
    }

    /**
     * What every fact behind one series shares: its nature, kind of time, unit and body, so that a
     * park's 5 signed projects never lead on to the zone's 39.
     */
    private static List<Object> seriesKey(Fact f) {
        return java.util.Arrays.asList(f.nature(), f.periodKind(), f.unit(), f.subject(), f.subjectName(),
                f.indicator() != null ? f.indicator() : f.label());
    }

    /**
     * True when a zone's facts under one label are one measure: a single fact, or values of aligned
     * periods. A label used for unrelated things (总投资 of five projects in five different spans) is
     * not, and comparing its latest value with another zone's would compare different things.
     */
    public static boolean unambiguous(List<Fact> sameLabel) {
        return sameLabel.size() <= 1 || alignedPeriods(sameLabel.stream().map(Fact::period).toList());
    }

    /**
     * A running total of an amount or count cannot fall from 1—6月 to 1—9月; when it does, the points
     * are different things under one label, not one measure over time.
     */
    private static boolean shrinkingTotal(Series s) {
        if (isRate(s.unit()) || s.points().stream().map(p -> p.period().from()).distinct().count() != 1) {
            return false;
        }
        for (int i = 1; i < s.points().size(); i++) {
            if (s.points().get(i).value() < s.points().get(i - 1).value()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an actual of {@code actual} can stand beside a target of {@code target}: both for the
     * same months. Half a year's result beside the year's goal would look like a shortfall.
     */
    static boolean sameSpan(Period actual, Period target) {
        return actual != null && actual.equals(target);
    }

    /** Cumulative from one month, or of equal length without overlap; never the same period twice. */
    /** Levels as of months may stand any months apart; amounts over spans must follow one another. */
    private static boolean levels(List<Fact> facts) {
        return facts.stream().allMatch(f -> f.periodKind() == PeriodKind.STOCK);
    }

    static boolean alignedPeriods(List<Period> periods) {
        if (periods.stream().anyMatch(Objects::isNull) || periods.stream().distinct().count() != periods.size()) {
            return false;
        }
        if (periods.stream().map(Period::from).distinct().count() == 1) {
            return true;
        }
        if (periods.stream().map(Period::months).distinct().count() != 1) {
            return false;
        }
        List<Period> sorted = periods.stream().sorted(Comparator.comparing(Period::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i).from().equals(sorted.get(i - 1).to().plusMonths(1))) {
                return false; // 1月 and 7月 alone: a line between them would invent the months between
            }
        }
        return true;
    }

    /** The period label a chart or table prints, with a placeholder when the article gives none. */
    public static String periodLabel(Period period) {
        return period == null ? NO_PERIOD : period.label();
    }

    /** Percentages and percentage points are rates, not amounts. */
    static boolean isRate(String unit) {
        return "%".equals(unit) || "个百分点".equals(unit);
    }

    /**
     * What a fact is called in tables and charts: the article's label, after the park, project or
     * enterprise it is about unless the label already names it ("数字经济产业园·科技综合体企业").
     */
    public static String factLabel(Fact f) {
        return f.subjectName() == null || f.label().contains(f.subjectName()) ? f.label()
                : f.subjectName() + "·" + f.label();
    }

    /** The fact with the latest period per label and unit (unknown periods count as earliest). */
    private static Map<String, Fact> latest(List<Fact> facts) {
        return latest(facts, f -> factLabel(f) + "\u0000" + f.unit());
    }

    /** The fact with the latest period per key. */
    private static Map<String, Fact> latest(List<Fact> facts, Function<Fact, String> key) {
        Comparator<Fact> byPeriod = Comparator.comparing(Fact::period, Comparator.nullsFirst(Comparator.naturalOrder()));
        return facts.stream().collect(Collectors.toMap(key, Function.identity(),
                (a, b) -> byPeriod.compare(b, a) > 0 ? b : a, LinkedHashMap::new));
    }

    /** One measure of a zone: a label in a unit, as a level or as an amount over a span. */
    private static String measureKey(Fact f) {
        return factLabel(f) + "\u0000" + f.unit() + "\u0000" + f.periodKind();
    }

    private static ChartUnit unitOf(String baseUnit, java.util.stream.DoubleStream values) {
        return ChartUnit.of(baseUnit, values.map(Math::abs).max().orElse(0));
    }

    private static String commonPrefix(List<String> names) {
        if (names.size() < 2) {
            return "";
        }
        String prefix = names.get(0);
        for (String n : names) {
            int i = 0;
            while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        String common = prefix;
        return names.stream().anyMatch(n -> Objects.equals(n, common)) ? "" : common;
    }
}
