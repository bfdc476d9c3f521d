package io.zonebrief.render.pdf;

import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.ReportWriter;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.render.chart.CjkFont;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes a summary as an A4 PDF briefing (简报) shaped by a {@link BriefingTemplate}: masthead and
 * contents, a summary in sentences, per-zone tables and charts, a cross-zone comparison, 附表, the
 * sources and the quotes of the figures it shows, and the 报尾. What it prints is capped per zone
 * (Limits) so that a run over thousands of articles still gives a briefing a person reads;
 * every cut says how much more the workbook holds. All text, including chart labels, is in the
 * embedded subset of the CJK font, and the charts are vector graphics.
 *
 * <p>The issue date is the summary's {@code generatedAt}, or under {@code --reproducible} (no
 * generatedAt) the latest publication date of the documents; the PDF's metadata dates follow it, so
 * the same summary gives the same text and layout. The layout runs once: the contents' page numbers
 * and the total of "第 X 页 / 共 Y 页" are filled in when the last page is done.</p>
 *
 * <pre>
 * ReportWriter pdf = new BriefingRenderer(BriefingTemplate.defaults());
 * AtomicFiles.write(Path.of("out/briefing.pdf"), out -&gt; pdf.write(summary, out));
 * </pre>
 */
public final class BriefingRenderer implements ReportWriter {

    private final BriefingTemplate template;
    private final String runId;

    /** @param template texts, colours, charts and sections of the briefing */
    public BriefingRenderer(BriefingTemplate template) {
        this(template, null);
    }

    /**
     * @param template texts, colours, charts and sections of the briefing
     * @param runId    the run's id, recorded in the document information ({@value BriefingLayout#RUN_ID_KEY}) and
     *                 the seed of the file identifier and font subset names, so the same id gives the same bytes;
     *                 or null for a random one
     */
    public BriefingRenderer(BriefingTemplate template, String runId) {
        this.template = Objects.requireNonNull(template, "template");
        this.runId = runId;
    }

    /**
     * Checks what the template names on disk (font, logo) before any work is done, so a wrong file
     * fails the run at once rather than after the analysis.
     *
     * @throws IOException one line naming the file and what is wrong with it
     */
    public static void check(BriefingTemplate template) throws IOException {
        if (template.font() != null) {
            CjkFont.load(template.font()).pdf(false);
        }
        if (template.logo() != null) {
            Masthead.checkLogo(template.logo());
        }
        BriefingTemplate.Faces faces = template.faces();
        for (java.nio.file.Path face : java.util.Arrays.asList(faces.body(), faces.heading1(), faces.heading2())) {
            if (face != null) {
                CjkFont.load(face).pdf(false);
            }
        }
    }

    @Override
    public void write(Summary all, OutputStream out) throws IOException {
        write(all, out, placed -> { });
    }

    /**
     * Writes the briefing as {@link #write(Summary, OutputStream)} does, and hands {@code placed} where
     * it states each figure (section, table or chart, page) once it is laid out, so that a workbook
     * written meanwhile can say so.
     */
    public void write(Summary all, OutputStream out, Consumer<BriefingIndex> placed) throws IOException {
        Objects.requireNonNull(all, "summary");
        Summary summary = template.period() == null ? all : template.period().select(all);
        CjkFont font = template.font() == null ? CjkFont.bundled() : CjkFont.load(template.font());
        FigureLinks links = new FigureLinks(summary);
        String id = runId != null ? runId : Long.toHexString(new java.security.SecureRandom().nextLong());
        placed.accept(BriefingLayout.run(summary, template, font, links, true, out, id).placed());
    }

    /** The charts a briefing of {@code summary} places, in order: what a check of the chart plan reads. */
    static List<ChartSpec> charts(Summary summary, BriefingTemplate template) throws IOException {
        CjkFont font = template.font() == null ? CjkFont.bundled() : CjkFont.load(template.font());
        return BriefingLayout.run(summary, template, font, new FigureLinks(summary), false,
                OutputStream.nullOutputStream(), "plan").charts();
    }
}
