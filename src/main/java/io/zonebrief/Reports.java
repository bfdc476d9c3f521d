package io.zonebrief;

import io.zonebrief.render.AtomicFiles;
import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.LockWait;
import io.zonebrief.render.OutputSet;
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
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes a summary's three outputs into a folder: summary.json, report.xlsx and briefing.pdf, as
 * one set ({@link OutputSet}): all are written into a staging folder first and moved in together,
 * each carries the same run id, and the folder is locked while a run writes into it.
 *
 * <pre>
 * try (OutputSet out = Reports.open(Path.of("out"))) {      // checks and locks before the analysis
 *     Summary summary = ZoneBrief.analyze(inputs, options, Progress.NONE);
 *     Reports.write(summary, out, Reports.Templates.defaults());
 * }
 * </pre>
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

        /** Checks the files the templates name (font, logo), so a wrong one fails before the analysis. */
        public Templates check() throws IOException {
            BriefingRenderer.check(briefing);
            return this;
        }
    }

    /** Writes summary.json alone, atomically. */
    public static Path writeSummary(Summary summary, Path file) throws IOException {
        String runId = RunId.of(summary);
        AtomicFiles.write(file, out -> SummaryJson.write(summary, runId, out));
        return file;
    }

    /**
     * Checks, creates and locks {@code dir} for the three outputs and cleans up after stopped runs.
     * Hold it from before the analysis, so a second run into the same folder fails at once.
     */
    public static OutputSet open(Path dir) throws IOException {
        return open(dir, LockWait.NONE);
    }

    /**
     * As {@link #open(Path)}, but while another run holds {@code dir} waits for it up to the wait's
     * limit, saying so once.
     */
    public static OutputSet open(Path dir, LockWait wait) throws IOException {
        return OutputSet.open(dir, List.of(SUMMARY, WORKBOOK, BRIEFING), "-o", wait);
    }

    /**
     * Writes all three outputs into {@code dir}, creating it when needed.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Summary summary, Path dir, Templates templates) throws IOException {
        try (OutputSet set = open(dir)) {
            return write(summary, set, templates);
        }
    }

    /**
     * Writes all three outputs into an opened set and moves them in together.
     *
     * @return the files written, in order
     */
    public static List<Path> write(Summary summary, OutputSet set, Templates templates) throws IOException {
        // charts measure text through AWT, which must find the bundled font even on a font-less server
        CjkFont.prepareAwt();
        String runId = RunId.of(summary);
        set.write(SUMMARY, out -> SummaryJson.write(summary, runId, out));
        // the briefing is laid out on a second core while the workbook is written; its file is still
        // written after the workbook's, and not at all when the workbook fails. The workbook waits for
        // the briefing's layout, which tells where the briefing states each figure.
        CompletableFuture<BriefingIndex> placed = new CompletableFuture<>();
        CompletableFuture<byte[]> briefing = CompletableFuture.supplyAsync(
                () -> briefing(summary, templates, runId, placed));
        try {
            BriefingIndex where = placed.join();
            set.write(WORKBOOK, out -> new WorkbookRenderer(templates.workbook(), runId, set.scratch())
                    .stating(where).write(summary, out));
        } catch (IOException | RuntimeException e) {
            briefing.cancel(true);
            throw e;
        }
        byte[] pdfBytes = joined(briefing);
        set.write(BRIEFING, out -> out.write(pdfBytes));
        return set.commit();
    }

    private static byte[] briefing(Summary summary, Templates templates, String runId,
                                   CompletableFuture<BriefingIndex> placed) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new BriefingRenderer(templates.briefing(), runId).write(summary, out, placed::complete);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            // a briefing that failed before it knew its places still lets the workbook be written
            placed.complete(BriefingIndex.NONE);
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
