package io.zonebrief;

import io.zonebrief.render.AtomicFiles;
import io.zonebrief.render.chart.CjkFont;
import io.zonebrief.render.excel.WorkbookRenderer;
import io.zonebrief.render.excel.WorkbookTemplate;
import io.zonebrief.render.pdf.BriefingRenderer;
import io.zonebrief.render.pdf.BriefingTemplate;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a summary's three outputs into a folder: summary.json, report.xlsx and briefing.pdf, each
 * atomically, so a failure never leaves a half-written file.
 */
public final class Reports {

    public static final String SUMMARY = "summary.json";
    public static final String WORKBOOK = "report.xlsx";
    public static final String BRIEFING = "briefing.pdf";

    private Reports() {
    }

    /** The templates that shape the workbook and the briefing. */
    public record Templates(WorkbookTemplate workbook, BriefingTemplate briefing) {

        public static Templates defaults() {
            return new Templates(WorkbookTemplate.defaults(), BriefingTemplate.defaults());
        }
    }

    /** Writes summary.json alone. */
    public static Path writeSummary(Summary summary, Path file) throws IOException {
        AtomicFiles.write(file, out -> SummaryJson.write(summary, out));
        return file;
    }

    /**
     * Writes all three outputs into {@code dir}, creating it when needed.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Summary summary, Path dir, Templates templates) throws IOException {
        // charts measure text through AWT, which must find the bundled font even on a font-less server
        CjkFont.prepareAwt();
        List<Path> written = new ArrayList<>();
        written.add(writeSummary(summary, dir.resolve(SUMMARY)));
        Path xlsx = dir.resolve(WORKBOOK);
        AtomicFiles.write(xlsx, out -> new WorkbookRenderer(templates.workbook()).write(summary, out));
        written.add(xlsx);
        Path pdf = dir.resolve(BRIEFING);
        AtomicFiles.write(pdf, out -> new BriefingRenderer(templates.briefing()).write(summary, out));
        written.add(pdf);
        return written;
    }
}
