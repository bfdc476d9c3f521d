package io.zonebrief.extract;

import java.util.Locale;

/**
 * How a figure relates to time: an amount over a span (1—8月完成投资), a level as of a date (截至6月底
 * 累计…, 现有…), or a figure that has no period at all (a project's total investment, a capacity, an
 * area). Only figures of the same kind can be compared or charted side by side.
 */
public enum PeriodKind {
    FLOW, STOCK, NONE;

    /** The lower-case name used in summary.json. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
