package io.zonebrief.summary;

import io.zonebrief.extract.SubjectKind;
import java.util.List;

/**
 * A park, project or enterprise the articles name within a zone, with the figures about it.
 * This class is immutable.
 */
public record Entity(SubjectKind kind, String name, List<String> figureIds) {

    public Entity {
        figureIds = List.copyOf(figureIds);
    }
}
