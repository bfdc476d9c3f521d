package io.zonebrief;

import java.nio.file.Path;

/** Hears about each document as a run reads it, to show progress. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (index, total, file) -> { };

    /**
     * Called before document {@code index} (1-based) of {@code total} is read.
     */
    void document(int index, int total, Path file);
}
