package io.zonebrief.summary;

import io.zonebrief.extract.SubjectKind;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one park, project or enterprise inside a zone, kept apart from the zone's own so a
 * park's output is never reported as the zone's. This class is immutable.
 *
 * @param kind  park, project or enterprise
 * @param name  its name as the article gives it, or null when the article names none
 * @param facts its deduplicated facts
 */
public record UnitSummary(SubjectKind kind, String name, List<Fact> facts) {

    public UnitSummary {
        Objects.requireNonNull(kind, "kind");
        facts = List.copyOf(facts);
    }

    /** The name to show: the article's, or what it is when unnamed (园区, 项目, 企业). */
    public String displayName() {
        if (name != null) {
            return name;
        }
        return switch (kind) {
            case PARK -> "园区（未具名）";
            case PROJECT -> "项目（未具名）";
            case ENTERPRISE -> "企业（未具名）";
            default -> "其他";
        };
    }
}
