package io.zonebrief.ingest;

import java.nio.file.Path;

/** Turns the bytes of one file into a document; one implementation per file format. */
interface FormatReader {

    /**
     * @param file  the file, for messages and the document's id
     * @param bytes its whole content, never empty
     */
    SourceDocument read(Path file, byte[] bytes) throws IngestException;
}
