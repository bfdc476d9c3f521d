package io.zonebrief.summary;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.SubjectKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A zone's figures sorted by whose they are: the zone's own (what its indicators, overview and
 * comparisons may use), each park's, project's and enterprise's, and context (other bodies, whole
 * cities or districts, and policy standards, which are neither results nor goals).
 */
record Scopes(List<Figure> own, Map<Unit, List<Figure>> units, List<Figure> context) {

    /** A park, project or enterprise; name null when the article names none. */
    record Unit(SubjectKind kind, String name) {
    }

    static Scopes of(List<Figure> figures) {
        List<Figure> own = new ArrayList<>();
        Map<Unit, List<Figure>> units = new LinkedHashMap<>();
        List<Figure> context = new ArrayList<>();
        for (Figure f : figures) {
            if (f.nature() == Nature.POLICY || f.subject() == SubjectKind.OTHER) {
                context.add(f);
            } else if (f.subject() == SubjectKind.ZONE) {
                own.add(f);
            } else {
                units.computeIfAbsent(new Unit(f.subject(), f.subjectName()), k -> new ArrayList<>()).add(f);
            }
        }
        return new Scopes(own, units, context);
    }
}
