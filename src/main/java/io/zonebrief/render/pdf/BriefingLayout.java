package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfWriter;
import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.render.chart.CjkFont;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.render.pdf.BriefingTemplate.SectionKind;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The layout of the briefing: plans the headings, writes the masthead and contents, then each
 * template section in order, every section on a new page, and the 报尾 at the foot of the last page.
 * One pass: the contents' page numbers and the page total are boxes filled in once the body is laid out.
 */
final class BriefingLayout {

    /** GB/T 9704 margins, a little tighter at top and bottom to leave room for header and footer. */
    private static final float LEFT = mm(28);
    private static final float RIGHT = mm(26);
    private static final float TOP = mm(30);
    private static final float BOTTOM = mm(25);
    /** The width of the text block, which tables fill. */
    static final float TEXT_WIDTH = PageSize.A4.getWidth() - LEFT - RIGHT;

    /**
     * What a pass found out.
     *
     * @param headings the headings with the pages they landed on
     * @param pages    the number of pages
     * @param charts   the charts placed, in order
     * @param placed   where the pass stated each figure
     */
    record Result(Headings headings, int pages, List<ChartSpec> charts, BriefingIndex placed) {
    }

    private record Planned(Section section, Headings.Heading heading, List<ZoneSummary> zones,
                           List<Headings.Heading> zoneHeadings) {
    }

    private BriefingLayout() {
    }

    /** The document information key that holds the run id. */
    static final String RUN_ID_KEY = "ZoneBriefRunId";

    /**
     * @param draw false to leave the charts' boxes empty, for a run that only wants to know what is placed where
     */
    static Result run(Summary summary, BriefingTemplate template, CjkFont font, FigureLinks links, boolean draw,
                      OutputStream out, String runId) throws IOException {
        RunSeed.apply(font, runId);
        Document doc = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines);
            BriefingTemplate.Faces faces = template.faces();
            Styles styles = new Styles(font, face(faces.body()), face(faces.heading1()), face(faces.heading2()),
                    template.colours(), faces.size());
            Headings headings = new Headings();
            BriefingDate date = BriefingDate.of(summary);
            ChartDrawer charts = new ChartDrawer(writer, styles, draw);
            LatePageNumbers late = new LatePageNumbers(writer);
            BriefingContext ctx = new BriefingContext(summary, template, styles, headings, late, charts, date,
                    TEXT_WIDTH, links, writer);
            List<Planned> plan = plan(ctx);
            PageFrame frame = new PageFrame(styles, template.title() + "　" + template.issue(),
                    late, headings, template.pageNumbers());
            writer.setPageEvent(frame);
            metadata(doc, template);
            doc.open();
            PdfDate at = new PdfDate(date.calendar());
            writer.getInfo().put(PdfName.CREATIONDATE, at);
            writer.getInfo().put(PdfName.MODDATE, at);
            writer.getInfo().put(new PdfName(RUN_ID_KEY), new com.lowagie.text.pdf.PdfString(runId));
            writer.getInfo().put(PdfName.FILEID, RunSeed.fileId(runId));
            new Masthead(ctx).write(doc);
            for (Planned p : plan) {
                doc.newPage();
                write(doc, ctx, p);
            }
            new ColophonBlock(ctx).write(doc, writer);
            doc.close();
            return new Result(headings, frame.pages(), charts.placed(), ctx.placed.build(headings));
        } catch (DocumentException e) {
            throw new IOException("cannot lay out the briefing: " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }

    private static List<Planned> plan(BriefingContext ctx) {
        List<Planned> plan = new ArrayList<>();
        for (Section s : ctx.template.sections()) {
            Headings.Heading h = ctx.headings.plan(1, s.title());
            List<ZoneSummary> zones = s.kind() == SectionKind.ZONES ? ctx.zonesWithAnyFacts(s) : List.of();
            List<Headings.Heading> zoneHeadings = new ArrayList<>();
            for (int i = 0; i < zones.size(); i++) {
                zoneHeadings.add(ctx.headings.plan(2, BriefingContext.ordinal(i + 1) + ZoneSection.zoneName(zones.get(i))));
            }
            plan.add(new Planned(s, h, zones, zoneHeadings));
        }
        return plan;
    }

    private static void write(Document doc, BriefingContext ctx, Planned p) throws DocumentException {
        ctx.placed.section(p.heading().title());
        switch (p.section().kind()) {
            case SUMMARY -> new SummarySection(ctx).write(doc, p.section(), p.heading());
            case ZONES -> writeZones(doc, ctx, p);
            case COMPARISON -> new ComparisonSection(ctx).write(doc, p.section(), p.heading());
            case TABLE -> new IndicatorTable(ctx).write(doc, p.section(), p.heading());
            case SOURCES -> new Sources(ctx).write(doc, p.heading());
            case QUOTES -> new Quotes(ctx).write(doc, p.heading());
        }
    }

    private static void writeZones(Document doc, BriefingContext ctx, Planned p) throws DocumentException {
        ctx.heading(doc, p.heading());
        if (p.zones().isEmpty()) {
            doc.add(ctx.styles.paragraph("本期资料中没有可列出的园区指标。", ctx.styles.body(), true));
        }
        ZoneSection zone = new ZoneSection(ctx);
        for (int i = 0; i < p.zones().size(); i++) {
            if (i > 0) {
                doc.newPage();
            }
            zone.write(doc, p.section(), p.zones().get(i), p.zoneHeadings().get(i));
        }
    }

    /** Title and authorship; the dates are set on the info dictionary, which Document.addCreationDate ignores. */
    private static void metadata(Document doc, BriefingTemplate template) {
        doc.addTitle(template.title() + " " + template.issue());
        doc.addSubject(template.subtitle());
        doc.addAuthor(template.organisation());
        doc.addCreator("ZoneBrief");
    }

    private static CjkFont face(java.nio.file.Path file) throws IOException {
        return file == null ? null : CjkFont.load(file);
    }

    private static float mm(float millimetres) {
        return millimetres / 25.4f * 72f;
    }
}
