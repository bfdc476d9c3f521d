package io.zonebrief.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.Rectangle;
import io.zonebrief.render.chart.ChartBuilder;
import io.zonebrief.render.chart.ChartKind;
import io.zonebrief.render.chart.ChartSpec;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;

/**
 * Puts charts into the PDF as vector graphics: JFreeChart draws on OpenPDF's Graphics2D, which writes
 * PDF paths and real text in the embedded font (searchable, sharp at any zoom, and far smaller than a
 * bitmap). Each chart comes with its numbered caption "图N 名称（单位）" and a note, kept on one page.
 */
final class ChartDrawer {

    private final PdfWriter writer;
    private final Styles styles;
    private final ChartBuilder builder;
    private final SameFontMapper mapper;
    private final boolean drawn;
    private final List<ChartSpec> placed = new java.util.ArrayList<>();
    private int number;

    /**
     * @param drawn false for a run that only learns what is placed where (the chart plan checks): a
     *              chart takes its box whether drawn or not, so such a run leaves the box empty
     */
    ChartDrawer(PdfWriter writer, Styles styles, boolean drawn) {
        this.drawn = drawn;
        this.writer = writer;
        this.styles = styles;
        this.builder = new ChartBuilder(styles.cjk, List.of(styles.accent, new java.awt.Color(0xC55A11),
                new java.awt.Color(0x7F7F7F), new java.awt.Color(0x548235), new java.awt.Color(0xBF9000),
                new java.awt.Color(0x2E75B6)));
        this.mapper = new SameFontMapper(styles.cjk);
    }

    /** The chart with its caption and note, as one block that is not split across pages. */
    PdfPTable block(ChartSpec spec, float width) throws BadElementException {
        float height = height(spec);
        float chartWidth = width(spec, width);
        PdfPTable table = new PdfPTable(1);
        table.setWidthPercentage(100);
        table.setKeepTogether(true);
        table.setSpacingBefore(8f);
        table.setSpacingAfter(8f);
        number++;
        placed.add(spec);
        PdfPCell caption = styles.cell("图" + number + "　" + spec.caption(), styles.font(10f, true, Styles.TEXT),
                Element.ALIGN_CENTER);
        caption.setBorder(Rectangle.NO_BORDER);
        table.addCell(caption);
        PdfPCell image = new PdfPCell(draw(spec, chartWidth, height), false);
        image.setBorder(Rectangle.NO_BORDER);
        image.setHorizontalAlignment(Element.ALIGN_CENTER);
        image.setPadding(0);
        table.addCell(image);
        if (spec.note() != null && !spec.note().isEmpty()) {
            PdfPCell note = styles.cell("注：" + spec.note(), styles.small(), Element.ALIGN_LEFT);
            note.setBorder(Rectangle.NO_BORDER);
            table.addCell(note);
        }
        return table;
    }

    /** Every chart placed so far, in order. */
    List<ChartSpec> placed() {
        return List.copyOf(placed);
    }

    /** The chart alone, drawn into a PDF form XObject. */
    Image draw(ChartSpec spec, float width, float height) throws BadElementException {
        PdfTemplate template = writer.getDirectContent().createTemplate(width, height);
        if (!drawn) {
            return Image.getInstance(template);
        }
        JFreeChart chart = builder.build(spec);
        Graphics2D g = template.createGraphics(width, height, mapper);
        try {
            chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return Image.getInstance(template);
    }

    /** Few bars get a narrower chart, so that two bars do not stand a page apart. */
    static float width(ChartSpec spec, float full) {
        if (spec.kind() == ChartKind.PIE) {
            return Math.min(full, 400f);
        }
        if (ChartBuilder.horizontal(spec)) {
            return full;
        }
        float perCategory = 70f + 22f * spec.series().size();
        return Math.min(full, 110f + perCategory * spec.categories().size());
    }

    static float height(ChartSpec spec) {
        if (spec.kind() == ChartKind.PIE) {
            return 160f;
        }
        int bars = spec.points().size();
        return ChartBuilder.horizontal(spec) ? Math.min(460f, 60f + 22f * bars) : 165f;
    }
}
