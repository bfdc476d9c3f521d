package io.zonebrief.summary;

/**
 * A reviewer's decision applied to a figure: deleted, or its value corrected. Kept in the summary
 * so every number that differs from the article says who changed it. This class is immutable.
 *
 * @param figureId id of the figure
 * @param action   "delete" or "modify"
 * @param before   the value as extracted
 * @param after    the corrected value, or null for a deletion
 * @param source   the review workbook the decision came from
 */
public record ReviewChange(String figureId, String action, double before, Double after, String source) {
}
