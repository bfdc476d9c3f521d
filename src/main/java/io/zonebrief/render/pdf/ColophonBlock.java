package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.zonebrief.render.pdf.BriefingTemplate.Colophon;
import java.util.ArrayList;
import java.util.List;

/**
 * The 报尾 at the foot of the last page, as GB/T 9704 places the 版记: a rule, the 报/送/发 lines the
 * template gives (with the number of copies on the right of the first), and the compiler with the
 * issue date, closed by a second rule. It moves to a page of its own only when the last page has no
 * room left at the bottom.
 */
final class ColophonBlock {

    private static final float GAP = 18f;

    private final BriefingContext ctx;

    ColophonBlock(BriefingContext ctx) {
        this.ctx = ctx;
    }

    /** The left and right text of each line, top to bottom; the last line is always the compiler and date. */
    static List<String[]> lines(Colophon c, String organisation, String date) {
        List<String[]> lines = new ArrayList<>();
        String copies = c.copies() == null ? "" : "共印" + c.copies() + "份";
        String[][] given = {{"报：", c.reportTo()}, {"送：", c.copyTo()}, {"发：", c.sendTo()}};
        for (String[] g : given) {
            if (!g[1].isEmpty()) {
                lines.add(new String[] {g[0] + g[1], lines.isEmpty() ? copies : ""});
            }
        }
        if (lines.isEmpty() && !copies.isEmpty()) {
            lines.add(new String[] {"", copies});
        }
        lines.add(new String[] {organisation, date.isEmpty() ? "" : date + "印发"});
        return lines;
    }

    void write(Document doc, PdfWriter writer) {
        PdfPTable table = table();
        table.setTotalWidth(doc.right() - doc.left());
        float height = table.getTotalHeight();
        if (writer.getVerticalPosition(true) - doc.bottom() < height + GAP) {
            doc.newPage();
        }
        table.writeSelectedRows(0, -1, doc.left(), doc.bottom() + height, writer.getDirectContent());
        writer.setPageEmpty(false);
    }

    private PdfPTable table() {
        Styles s = ctx.styles;
        Font font = s.font(10.5f, false, Styles.TEXT);
        List<String[]> lines = lines(ctx.template.colophon(), ctx.template.organisation(), ctx.date.printed());
        PdfPTable table = new PdfPTable(new float[] {72, 28});
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0;
            boolean last = i == lines.size() - 1;
            for (int col = 0; col < 2; col++) {
                PdfPCell c = s.cell(lines.get(i)[col], font, col == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
                c.setBorder((first ? Rectangle.TOP : 0) | (last ? Rectangle.TOP | Rectangle.BOTTOM : 0));
                c.setBorderColor(Styles.TEXT);
                c.setBorderWidthTop(first ? 1f : 0.5f);
                c.setBorderWidthBottom(last ? 1f : 0f);
                c.setPaddingTop(5f);
                c.setPaddingBottom(6f);
                c.setPaddingLeft(col == 0 ? font.getSize() : 0);
                c.setPaddingRight(col == 1 ? font.getSize() : 0);
                table.addCell(c);
            }
        }
        return table;
    }
}
