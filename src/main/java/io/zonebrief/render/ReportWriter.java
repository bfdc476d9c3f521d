package io.zonebrief.render;

import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.io.OutputStream;

/** Writes one kind of document (workbook, briefing) from a summary. */
public interface ReportWriter {

    /**
     * Writes the document for {@code summary} to {@code out}. Does not close {@code out}.
     *
     * @throws IOException when the output cannot be written
     */
    void write(Summary summary, OutputStream out) throws IOException;
}
