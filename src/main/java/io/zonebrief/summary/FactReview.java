package io.zonebrief.summary;

/**
 * Decisions a reviewer made about a zone's facts (on the workbook's zone sheets), which the
 * {@link SummaryBuilder} applies as it builds each zone's, unit's and context's facts: a fact accepted,
 * rejected, split back into its figures, or picked as the value that holds among conflicting facts.
 */
@FunctionalInterface
public interface FactReview {

    /** No decisions: every fact stands as merged. */
    FactReview NONE = id -> null;

    /** What a reviewer can decide about a fact. */
    enum Choice {
        ACCEPT, SPLIT, REJECT, PICK
    }

    /**
     * One decision about a fact.
     *
     * @param choice   what to do with it
     * @param reviewer who decided, or null
     * @param note     why, or null
     * @param source   the workbook it came from
     */
    record Decision(Choice choice, String reviewer, String note, String source) {
    }

    /** The decision about the fact with this id ({@link Fact#id()}), or null when there is none. */
    Decision decision(String factId);
}
