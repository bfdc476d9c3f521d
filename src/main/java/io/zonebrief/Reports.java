package io.zonebrief;

import io.zonebrief.render.AtomicFiles;
import io.zonebrief.render.chart.CjkFont;
import io.zonebrief.render.excel.WorkbookRenderer;
import io.zonebrief.render.excel.WorkbookTemplate;
import io.zonebrief.render.pdf.BriefingRenderer;
import io.zonebrief.render.pdf.BriefingTemplate;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
        // the briefing is laid out on a second core while the workbook is written; its file is still
        // written after the workbook's, and not at all when the workbook fails
        CompletableFuture<byte[]> briefing = CompletableFuture.supplyAsync(() -> briefing(summary, templates));
        Path xlsx = dir.resolve(WORKBOOK);
        try {
            AtomicFiles.write(xlsx, out -> new WorkbookRenderer(templates.workbook()).write(summary, out));
        } catch (IOException | RuntimeException e) {
            briefing.cancel(true);
            throw e;
        }
        written.add(xlsx);
        byte[] pdfBytes = joined(briefing);
        Path pdf = dir.resolve(BRIEFING);
        AtomicFiles.write(pdf, out -> out.write(pdfBytes));
        written.add(pdf);
        return written;
    }

    private static byte[] briefing(Summary summary, Templates templates) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BriefingRenderer(templates.briefing()).write(summary, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The briefing's bytes; what rendering it threw is thrown here as it was. */
    private static byte[] joined(CompletableFuture<byte[]> briefing) throws IOException {
        try {
            return briefing.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof UncheckedIOException u) {
                throw u.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }
}
