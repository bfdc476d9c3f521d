package io.zonebrief.ingest;

import java.io.IOException;
import java.nio.file.Path;

/** A file that cannot be read as an article; the message names the file and the problem in one line. */
public final class IngestException extends IOException {

    private static final long serialVersionUID = 1L;

    public IngestException(Path file, String problem) {
        super(file + ": " + problem);
    }

    public IngestException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
