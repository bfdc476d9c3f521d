package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Running header and footer on every page after the masthead ("标题 · 第X期" above a rule,
 * "第 X 页 / 共 Y 页" below), and the hook through which headings learn their page. The total comes
 * from the renderer's first pass, so the footer is plain text a reader can search.
 */
final class PageFrame extends PdfPageEventHelper {

    private final Styles styles;
    private final String header;
    private final int totalPages;
    private final Headings headings;
    private int ended;

    PageFrame(Styles styles, String header, int totalPages, Headings headings) {
        this.styles = styles;
        this.header = header;
        this.totalPages = totalPages;
        this.headings = headings;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ended++;
        int page = writer.getPageNumber();
        if (page == 1) {
            return;
        }
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.top() + 22f;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, styles.phrase(header, styles.small()), left, top + 5f, 0);
        cb.saveState();
        cb.setColorStroke(styles.red);
        cb.setLineWidth(0.8f);
        cb.moveTo(left, top);
        cb.lineTo(right, top);
        cb.stroke();
        cb.restoreState();
        String footer = "第 " + page + " 页 / 共 " + (totalPages > 0 ? totalPages : page) + " 页";
        ColumnText.showTextAligned(cb, Element.ALIGN_CENTER, styles.phrase(footer, styles.small()),
                (left + right) / 2, document.bottom() - 28f, 0);
    }

    /** Pages actually finished; an empty page opened at the very end is dropped and not counted. */
    int pages() {
        return ended;
    }

    @Override
    public void onGenericTag(PdfWriter writer, Document document, Rectangle rect, String text) {
        headings.written(writer, rect, text);
    }
}
