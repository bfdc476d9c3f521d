package io.zonebrief.render.chart;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one chart shows, independent of how it is drawn: {@link ChartPlanner} decides which charts are
 * honest to draw (one unit, comparable periods, at least two values) and {@link ChartBuilder} draws
 * them. This class is immutable.
 *
 * @param title  the chart's name without the figure number, e.g. "签约总投资各高新区对比"
 * @param unit   the display unit every value is in (亿元, 个, %…)
 * @param kind   bar, pie or line
 * @param points the bars or slices, in display order
 * @param note   one line under the chart saying where the numbers come from or how to read them, or null
 */
public record ChartSpec(String title, String unit, ChartKind kind, List<ChartPoint> points, String note) {

    public ChartSpec {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(kind, "kind");
        points = List.copyOf(points);
        if (points.size() < 2) {
            throw new IllegalArgumentException("a chart needs at least two values but " + title + " has " + points.size());
        }
    }

    /** The caption a briefing prints: "名称（单位）". */
    public String caption() {
        return title + "（" + unit + "）";
    }

    /** Series names in order of first appearance. */
    public List<String> series() {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.add(p.series()));
        return List.copyOf(names);
    }

    /** Category labels in order of first appearance. */
    public List<String> categories() {
        Set<String> names = new LinkedHashSet<>();
        points.forEach(p -> names.add(p.category()));
        return List.copyOf(names);
    }

    /**
     * The same chart drawn another way; a pie is only kept for one series of non-negative parts, a
     * line only for one series (its categories are read as an order).
     */
    public ChartSpec withKind(ChartKind newKind) {
        if (newKind == ChartKind.PIE && (series().size() > 1 || points.stream().anyMatch(p -> p.value() < 0))) {
            return this;
        }
        if (newKind == ChartKind.LINE && series().size() > 1) {
            return this;
        }
        return new ChartSpec(title, unit, newKind, points, note);
    }
}
