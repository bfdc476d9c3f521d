package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Places a table with what leads into it (its caption, a part's title) so that no page holds a single
 * row of it: OpenPDF breaks a table wherever the page ends, and one row alone under a repeated header at
 * the top of a page, or under a caption at its foot, reads as lost. Where the rows would fall is worked
 * out from their measured heights before anything is added: a table whose first page would hold fewer
 * than {@value #LEAST} rows starts on a new page; one whose last page would hold one row moves whole
 * when it fits a page, else breaks earlier so that the last page holds {@value #LEAST}.
 */
final class TableBreaks {

    /** The fewest body rows a page of a table holds. */
    static final int LEAST = 2;

    private TableBreaks() {
    }

    /**
     * @param lead      what comes before the table and stays with it, in order (the caption last)
     * @param keepWhole true to move the table to a new page whenever it fits on one but not on this one
     */
    static void place(Document doc, PdfWriter writer, List<Element> lead, Tables table, float width,
                      boolean keepWhole) throws DocumentException {
        PdfPTable whole = table.table();
        whole.setTotalWidth(width);
        whole.setLockedWidth(true);
        int n = table.bodyRows();
        float page = doc.top() - doc.bottom();
        float here = writer.getVerticalPosition(true) - doc.bottom();
        boolean atTop = here >= page - 1f;
        float leadHeight = height(lead, doc, atTop) + whole.spacingBefore();
        List<Integer> perPage = rowsPerPage(whole, n, here - leadHeight, page);
        boolean fitsAPage = leadHeight + whole.getTotalHeight() <= page;
        boolean orphan = perPage.size() > 1 && perPage.get(perPage.size() - 1) < LEAST;
        if (!atTop && (perPage.get(0) < Math.min(LEAST, n) || fitsAPage && (orphan || keepWhole && perPage.size() > 1))) {
            doc.newPage();
            leadHeight = height(lead, doc, true) + whole.spacingBefore();
            perPage = rowsPerPage(whole, n, page - leadHeight, page);
            orphan = perPage.size() > 1 && perPage.get(perPage.size() - 1) < LEAST;
        }
        for (Element e : lead) {
            doc.add(e);
        }
        if (!orphan || n <= LEAST) {
            doc.add(whole);
            return;
        }
        int cut = n - LEAST;
        while (cut > 1 && table.isGroup(cut - 1)) {
            // a group row is not left at the foot of a page without a row under it
            cut--;
        }
        doc.add(table.part(0, cut));
        doc.newPage();
        doc.add(table.part(cut, n));
    }

    /**
     * How many body rows each page takes when {@code first} points are left on the current page and a
     * full page is {@code page} high: rows are not split (the tables split late), and the header repeats.
     */
    static List<Integer> rowsPerPage(PdfPTable table, int bodyRows, float first, float page) {
        float header = table.getHeaderHeight();
        List<Integer> counts = new ArrayList<>();
        float room = first - header;
        int count = 0;
        boolean fresh = false;
        for (int i = 1; i <= bodyRows; i++) {
            float h = table.getRowHeight(i);
            if (h > room && !(fresh && count == 0)) {
                counts.add(count);
                count = 0;
                room = page - header;
                fresh = true;
            }
            room -= h;
            count++;
        }
        counts.add(count);
        return counts;
    }

    /**
     * The height the elements take on a page of {@code doc}, at its top or below other text, measured by laying them
     * out in a scratch document of the same page and margins: the document's own spacing rules (none
     * above the first line of a page, leading, space after) make it differ from a plain column.
     */
    private static float height(List<Element> elements, Document doc, boolean atTop) throws DocumentException {
        if (elements.isEmpty()) {
            return 0;
        }
        Document scratch = new Document(doc.getPageSize(), doc.leftMargin(), doc.rightMargin(), doc.topMargin(),
                doc.bottomMargin());
        PdfWriter writer = PdfWriter.getInstance(scratch, OutputStream.nullOutputStream());
        scratch.open();
        if (!atTop) {
            scratch.add(new Paragraph(" "));
        }
        float before = writer.getVerticalPosition(true);
        for (Element e : elements) {
            scratch.add(e);
        }
        // left open: closing would write the fonts used, and nothing of it is kept
        return before - writer.getVerticalPosition(true);
    }
}
