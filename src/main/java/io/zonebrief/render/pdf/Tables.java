package io.zonebrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The briefing's tables: a numbered caption "表N 名称" above, a tinted header row that repeats on
 * every page the table runs onto, thin rules between rows, numbers right-aligned. Columns are sized
 * from their content as a browser sizes an automatic table: each column gets at least its widest
 * word (a short label or header whole), and the room left goes to the columns whose text would
 * otherwise wrap, so cells wrap only between words.
 */
final class Tables {

    private final Styles s;
    private final PdfPTable table;
    private final int[] aligns;
    /** The header's cells, and each body row's cells with the group it falls under, to lay out part of the table. */
    private final List<PdfPCell> head = new ArrayList<>();
    private final List<Row> body = new ArrayList<>();
    private String group;
    /** Per column, the width of its widest unbreakable piece and of its longest line, in points. */
    private final float[] least;
    private final float[] most;
    private int rows;
    /** Rows since the table's header or the last group row; every second one is tinted. */
    private int stripe;

    /** A body row: its cells, whether it is a group row, and the group it falls under (or null). */
    private record Row(List<PdfPCell> cells, boolean isGroup, String group) {
    }

    /** Room a cell's padding and rule take beside its text. */
    private static final float PADDING = 9f;

    Tables(Styles styles, List<String> headers, int[] aligns) {
        this.s = styles;
        this.aligns = aligns.clone();
        this.least = new float[aligns.length];
        this.most = new float[aligns.length];
        this.table = new PdfPTable(aligns.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(2f);
        table.setSpacingAfter(10f);
        // rows are a few lines: move a row that does not fit rather than leave its tail alone atop the next page
        table.setSplitLate(true);
        for (int i = 0; i < headers.size(); i++) {
            PdfPCell h = s.headCell(headers.get(i), aligns[i] == Element.ALIGN_RIGHT ? Element.ALIGN_RIGHT
                    : Element.ALIGN_LEFT);
            head.add(h);
            table.addCell(h);
            measure(i, headers.get(i), s.cellHead());
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
        List<PdfPCell> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            String text = cells[i] == null ? "" : cells[i];
            row.add(add(s.wordCell(text, s.cell(), aligns[i])));
            measure(i, text, s.cell());
        }
        body.add(new Row(row, false, group));
        rows++;
        stripe++;
        return this;
    }

    /** A row whose cells are ready-made phrases (for mixed fonts, such as a quote inside its sentence). */
    Tables row(List<Phrase> cells) {
        List<PdfPCell> row = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            PdfPCell c = s.cell("", s.cell(), aligns[i]);
            c.setPhrase(cells.get(i));
            row.add(add(c));
            measure(i, cells.get(i));
        }
        body.add(new Row(row, false, group));
        rows++;
        stripe++;
        return this;
    }

    /**
     * A row across the whole table naming what the rows under it belong to (a park, a hospital), in
     * bold, so long names get the full width instead of wrapping in a narrow column.
     */
    Tables group(String text) {
        table.addCell(groupCell(text));
        group = text;
        body.add(new Row(List.of(groupCell(text)), true, text));
        stripe = 0;
        return this;
    }

    private PdfPCell groupCell(String text) {
        PdfPCell c = s.cell(text, s.font(9f, true, Styles.TEXT), Element.ALIGN_LEFT);
        c.setColspan(aligns.length);
        c.setPaddingTop(5f);
        return c;
    }

    private PdfPCell add(PdfPCell c) {
        if (stripe % 2 == 1) {
            c.setBackgroundColor(Styles.STRIPE);
        }
        table.addCell(c);
        return c;
    }

    /** Whether body row {@code row} (0 for the first under the header) names a group. */
    boolean isGroup(int row) {
        return body.get(row).isGroup();
    }

    /**
     * The table with only body rows {@code from} to {@code to} (exclusive) under its header, as wide as
     * the whole table's columns; a part that starts inside a group repeats the group's name with （续）, so
     * no row is cut from whose it is.
     */
    PdfPTable part(int from, int to) {
        PdfPTable whole = table();
        PdfPTable t = new PdfPTable(aligns.length);
        t.setWidthPercentage(100);
        t.setWidths(widths(least, most, BriefingLayout.TEXT_WIDTH));
        t.setHeaderRows(1);
        t.setSpacingBefore(whole.spacingBefore());
        t.setSpacingAfter(whole.spacingAfter());
        t.setSplitLate(true);
        head.forEach(t::addCell);
        Row first = body.get(from);
        if (!first.isGroup() && first.group() != null) {
            t.addCell(groupCell(first.group() + "（续）"));
        }
        for (Row r : body.subList(from, to)) {
            r.cells().forEach(t::addCell);
        }
        return t;
    }

    /** Body rows, group rows included. */
    int bodyRows() {
        return body.size();
    }

    int rows() {
        return rows;
    }

    PdfPTable table() {
        table.setWidths(widths(least, most, BriefingLayout.TEXT_WIDTH));
        return table;
    }

    /**
     * Column widths for a table {@code room} wide: every column its widest piece, then what is left
     * shared in proportion to how much more each column's longest line needs; when even the longest
     * lines fit, each gets its longest line and the rest in proportion to it.
     */
    static float[] widths(float[] least, float[] most, float room) {
        int n = least.length;
        float[] w = new float[n];
        float sumLeast = 0;
        float sumMost = 0;
        for (int i = 0; i < n; i++) {
            sumLeast += least[i];
            sumMost += Math.max(most[i], least[i]);
        }
        for (int i = 0; i < n; i++) {
            float longest = Math.max(most[i], least[i]);
            if (sumMost <= room) {
                w[i] = longest * room / sumMost;
            } else if (sumLeast >= room) {
                w[i] = least[i];
            } else {
                w[i] = least[i] + (longest - least[i]) * (room - sumLeast) / (sumMost - sumLeast);
            }
        }
        return w;
    }

    private void measure(int column, String text, Font font) {
        float size = font.getSize();
        float widest = 0;
        for (String piece : WordPieces.of(text)) {
            widest = Math.max(widest, font.getBaseFont().getWidthPoint(piece, size));
        }
        least[column] = Math.max(least[column], widest + PADDING);
        most[column] = Math.max(most[column], font.getBaseFont().getWidthPoint(text, size) + PADDING);
    }

    private void measure(int column, Phrase phrase) {
        float line = 0;
        Font first = null;
        StringBuilder text = new StringBuilder();
        for (Object o : phrase.getChunks()) {
            Chunk c = (Chunk) o;
            Font f = c.getFont();
            first = first == null ? f : first;
            line += f.getBaseFont().getWidthPoint(c.getContent(), f.getSize());
            text.append(c.getContent());
        }
        if (first != null) {
            measure(column, text.toString(), first);
            most[column] = Math.max(most[column], line + PADDING);
        }
    }
}
