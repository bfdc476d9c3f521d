package io.zonebrief.render.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a reviewer marked in a workbook: decisions about figures (数据明细), decisions about
 * facts (the zone sheets), and one line for each cell that could not be read, naming sheet, row and
 * column; the other cells of its row still apply. This class is immutable.
 *
 * @param figures decisions by figure id, in sheet order
 * @param facts   decisions by fact id, in sheet order
 * @param refused one line per malformed cell, e.g. {@code '数据明细'!Y5 (修正性质): must be one of …}
 */
public record Reviews(Map<String, ReviewDecision> figures, Map<String, FactDecision> facts, List<String> refused) {

    public Reviews {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
        refused = List.copyOf(refused);
    }

    /** No decisions at all. */
    public static Reviews none() {
        return new Reviews(Map.of(), Map.of(), List.of());
    }
}
