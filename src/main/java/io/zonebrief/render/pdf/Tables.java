package io.zonebrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;

/**
 * The briefing's tables: a numbered caption "表N 名称" above, a tinted header row that repeats on
 * every page the table runs onto, thin rules between rows, numbers right-aligned.
 */
final class Tables {

    private final Styles s;
    private final PdfPTable table;
    private final int[] aligns;
    private int rows;
    /** Rows since the table's header or the last group row; every second one is tinted. */
    private int stripe;

    Tables(Styles styles, float[] widths, List<String> headers, int[] aligns) {
        this.s = styles;
        this.aligns = aligns.clone();
        this.table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(10f);
        // rows are a few lines: move a row that does not fit rather than leave its tail alone atop the next page
        table.setSplitLate(true);
        for (int i = 0; i < headers.size(); i++) {
            table.addCell(s.headCell(headers.get(i), aligns[i] == Element.ALIGN_RIGHT ? Element.ALIGN_RIGHT
                    : Element.ALIGN_LEFT));
        }
    }

    /** A caption line "表N 名称" for the table that follows. */
    static Paragraph caption(Styles s, int number, String title) {
        Paragraph p = new Paragraph(18f);
        p.setFont(s.font(10f, true, Styles.TEXT));
        Chunk text = s.chunk("表" + number + "　" + title, s.font(10f, true, Styles.TEXT));
        // the page events learn the caption's page by this tag, for the workbook's 简报位置
        text.setGenericTag("表" + number);
        p.add(text);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(6f);
        p.setKeepTogether(true);
        return p;
    }

    Tables row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            add(s.cell(cells[i] == null ? "" : cells[i], s.cell(), aligns[i]));
        }
        rows++;
        stripe++;
        return this;
    }

    /** A row whose cells are ready-made phrases (for mixed fonts, such as a quote inside its sentence). */
    Tables row(List<Phrase> cells) {
        for (int i = 0; i < cells.size(); i++) {
            PdfPCell c = s.cell("", s.cell(), aligns[i]);
            c.setPhrase(cells.get(i));
            add(c);
        }
        rows++;
        stripe++;
        return this;
    }

    /**
     * A row across the whole table naming what the rows under it belong to (a park, a hospital), in
     * bold, so long names get the full width instead of wrapping in a narrow column.
     */
    Tables group(String text) {
        PdfPCell c = s.cell(text, s.font(9f, true, Styles.TEXT), Element.ALIGN_LEFT);
        c.setColspan(aligns.length);
        c.setPaddingTop(5f);
        table.addCell(c);
        stripe = 0;
        return this;
    }

    private void add(PdfPCell c) {
        if (stripe % 2 == 1) {
            c.setBackgroundColor(Styles.STRIPE);
        }
        table.addCell(c);
    }

    int rows() {
        return rows;
    }

    PdfPTable table() {
        return table;
    }
}
