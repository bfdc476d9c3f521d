package io.zonebrief.extract;

/** What a figure is about: the zone as a whole, a park within it, a project, an enterprise, or something else. */
public enum SubjectKind {
    ZONE, PARK, PROJECT, ENTERPRISE, OTHER;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
