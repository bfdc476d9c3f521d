package io.zonebrief.extract;

/** Whether a figure states what happened, what is planned, or cannot be told. */
public enum Modality {
    ACTUAL, TARGET, UNKNOWN;

    /** The lower-case name used in summary.json. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
