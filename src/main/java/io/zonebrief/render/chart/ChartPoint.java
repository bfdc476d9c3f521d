package io.zonebrief.render.chart;

import java.util.Objects;

/**
 * One bar or slice of a chart. The value is already in the chart's display unit, and the label is
 * the text printed on the bar, formatted the way the briefing's tables print the same number.
 *
 * @param series   the series the bar belongs to (实际, 目标…); one-series charts use the chart's name
 * @param category the category label under the bar (an indicator, a zone and its period…)
 * @param value    the value in the chart's display unit
 * @param label    the value as printed on the bar, e.g. "129.53"
 */
public record ChartPoint(String series, String category, double value, String label) {

    public ChartPoint {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
    }
}
