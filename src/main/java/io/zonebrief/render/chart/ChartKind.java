package io.zonebrief.render.chart;

/**
 * How a chart draws its numbers: bars compare values, a pie shows the parts of one whole, a line
 * follows one measure over periods.
 */
public enum ChartKind {
    BAR, PIE, LINE
}
