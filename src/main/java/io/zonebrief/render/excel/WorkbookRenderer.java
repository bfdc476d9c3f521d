package io.zonebrief.render.excel;

import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.ReportWriter;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a summary as an Excel workbook: 概览 (zones side by side with charts), one sheet per
 * zone, 数据明细 (every figure with its quote and review columns) and 来源 (documents and the
 * inputs that could not be used). Sheet names and headers come from the {@link WorkbookTemplate}.
 *
 * <p>The overview (one row per zone) is built in memory; the zone, details and sources sheets are
 * streamed, and links are kept compactly by {@link LinkedSheet}, so a summary with hundreds of
 * thousands of figures fits a small heap. Every number is a numeric cell with a number format; every text is stored as text, never
 * as a formula. The same summary always gives the same cell contents: no clock is read, and the
 * document's created date is the summary's {@code generatedAt} or its latest publication date.</p>
 *
 * <pre>
 * try (OutputStream out = Files.newOutputStream(Path.of("zones.xlsx"))) {
 *     new WorkbookRenderer(WorkbookTemplate.defaults()).write(summary, out);
 * }
 * </pre>
 */
public final class WorkbookRenderer implements ReportWriter {

    /** Rows the streaming sheets keep in memory before flushing to a temporary file. */
    private static final int STREAM_WINDOW = 200;

    private final WorkbookTemplate template;
    private final String runId;
    private final Path scratch;
    private final BriefingIndex briefing;

    public WorkbookRenderer(WorkbookTemplate template) {
        this(template, null, null);
    }

    /**
     * @param template sheet names, headers and properties
     * @param runId    the run's id, recorded in the custom property {@value DocumentProperties#RUN_ID}, or null
     * @param scratch  a private folder for temporary files, or null for a new one in the system's temporary folder
     */
    public WorkbookRenderer(WorkbookTemplate template, String runId, Path scratch) {
        this(template, runId, scratch, BriefingIndex.NONE);
    }

    private WorkbookRenderer(WorkbookTemplate template, String runId, Path scratch, BriefingIndex briefing) {
        this.template = Objects.requireNonNull(template, "template");
        this.runId = runId;
        this.scratch = scratch;
        this.briefing = Objects.requireNonNull(briefing, "briefing");
    }

    /**
     * The same renderer, filling the 简报位置 columns from where the briefing of the same summary
     * states each figure; without it they stay empty.
     */
    public WorkbookRenderer stating(BriefingIndex placed) {
        return new WorkbookRenderer(template, runId, scratch, placed);
    }

    @Override
    public void write(Summary summary, OutputStream out) throws IOException {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(out, "out");
        PoiTemp.run(scratch, () -> render(summary, out));
    }

    private void render(Summary summary, OutputStream out) throws IOException {
        SheetNames names = new SheetNames();
        String overview = names.claim(template.overviewSheet());
        String details = names.claim(template.detailsSheet());
        String sources = names.claim(template.sourcesSheet());
        Map<String, String> zoneSheets = new LinkedHashMap<>();
        for (ZoneSummary z : summary.zones()) {
            zoneSheets.putIfAbsent(z.zone(), names.claim(z.zone()));
        }
        FigureIndex index = new FigureIndex(summary, details, sources);

        XSSFWorkbook memory = LinkedSheet.newWorkbook();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(memory, STREAM_WINDOW, true)) {
            Styles styles = new Styles(memory);
            new OverviewSheet(summary, template, index, zoneSheets).write(memory.createSheet(overview), styles);
            for (ZoneSummary z : summary.zones()) {
                String name = zoneSheets.get(z.zone());
                if (wb.getSheet(name) == null) {
                    new ZoneSheet(z, template, index, briefing).write(wb.createSheet(name), styles);
                }
            }
            new DetailsSheet(summary, template, index, briefing).write(wb.createSheet(details), styles);
            new SourcesSheet(summary, template).write(wb.createSheet(sources), styles);
            memory.setActiveSheet(0);
            DocumentProperties.apply(memory, summary, template, details, new LinkedHashSet<>(zoneSheets.values()), runId);
            wb.write(out);
        }
    }
}
