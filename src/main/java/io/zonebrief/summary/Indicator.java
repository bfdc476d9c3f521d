package io.zonebrief.summary;

import java.util.List;

/**
 * A canonical indicator of zone reports and the labels that mean it. This class is immutable.
 *
 * @param name     canonical name (签约项目数)
 * @param category category (招商引资)
 * @param units    canonical units it is measured in
 * @param match    words that, in a metric label, mean this indicator
 * @param exclude  words that rule it out
 */
public record Indicator(String name, String category, List<String> units, List<String> match, List<String> exclude) {

    public Indicator {
        units = List.copyOf(units);
        match = List.copyOf(match);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** True when a figure with this label and unit is an instance of the indicator. */
    public boolean fits(String metric, String unit) {
        if (!units.contains(unit)) {
            return false;
        }
        for (String x : exclude) {
            if (metric.contains(x)) {
                return false;
            }
        }
        for (String m : match) {
            if (metric.contains(m)) {
                return true;
            }
        }
        return false;
    }
}
