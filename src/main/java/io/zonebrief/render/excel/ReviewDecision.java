package io.zonebrief.render.excel;

import java.util.Objects;

/**
 * What a reviewer decided about one figure in the workbook's review columns.
 *
 * @param figureId       id of the figure (the details sheet's first column)
 * @param action         keep, modify or delete
 * @param correction     the 修正值 cell as the reviewer typed it, or null when empty
 * @param correctedValue the correction as a number when it is one, else null
 */
public record ReviewDecision(String figureId, Action action, String correction, Double correctedValue) {

    /** The three choices of the review dropdown. */
    public enum Action {
        KEEP, MODIFY, DELETE
    }

    public ReviewDecision {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(action, "action");
    }
}
