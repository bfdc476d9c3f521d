package io.zonebrief.summary;

/**
 * A reviewer's decision applied to a figure or a fact: a figure deleted, its value corrected, or what
 * it means changed (whose it is, its period, its nature, its label); a fact rejected, split into its
 * figures, or its value picked where facts conflict. Kept in the summary so every number that differs
 * from the article says who changed it and why. This class is immutable.
 *
 * @param figureId id of the figure, or of the fact ({@code F:…}) for a decision about a fact
 * @param action   "delete", "modify" or "keep" for a figure; "reject", "split", "pick" or "accept" for a fact
 * @param field    for "modify", what changed: "value", "subject", "subject_name", "period", "nature" or
 *                 "metric"; else null
 * @param before   the value (a number) or words as extracted, or null
 * @param after    the value or words after the change, or null for a deletion
 * @param reviewer who made the decision (审核人), or null
 * @param note     the reviewer's note (备注), or null
 * @param source   the review workbook the decision came from
 */
public record ReviewChange(String figureId, String action, String field, Object before, Object after,
                           String reviewer, String note, String source) {

    /** A deletion or a corrected value, without reviewer or note. */
    public ReviewChange(String figureId, String action, double before, Double after, String source) {
        this(figureId, action, after == null ? null : "value", before, after, null, null, source);
    }
}
