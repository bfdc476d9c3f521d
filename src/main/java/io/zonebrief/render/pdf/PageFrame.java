package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Running header and footer ("标题 · 第X期" above a rule on every page after the masthead; below,
 * "第 X 页 / 共 Y 页" from page 2 on, or the "— X —" of GB/T 9704 on every page), and the hook through which headings learn their page. The total is
 * written into the footer once the last page is known ({@link LatePageNumbers}), as text a reader can search.
 */
final class PageFrame extends PdfPageEventHelper {

    private final Styles styles;
    private final String header;
    private final LatePageNumbers late;
    private final Headings headings;
    private final BriefingTemplate.PageNumbers numbers;
    private int ended;

    PageFrame(Styles styles, String header, LatePageNumbers late, Headings headings, BriefingTemplate.PageNumbers numbers) {
        this.numbers = numbers;
        this.styles = styles;
        this.header = header;
        this.late = late;
        this.headings = headings;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        ended++;
        int page = writer.getPageNumber();
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        if (numbers == BriefingTemplate.PageNumbers.DASH) {
            dash(cb, page, left, right, document.bottom() - 28f);
        }
        if (page == 1) {
            return;
        }
        float top = document.top() + 22f;
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, styles.phrase(header, styles.small()), left, top + 5f, 0);
        cb.saveState();
        cb.setColorStroke(styles.red);
        cb.setLineWidth(0.8f);
        cb.moveTo(left, top);
        cb.lineTo(right, top);
        cb.stroke();
        cb.restoreState();
        if (numbers == BriefingTemplate.PageNumbers.TOTAL) {
            late.centred(styles.small(), () -> "第 " + page + " 页 / 共 " + ended + " 页", left, right,
                    document.bottom() - 28f);
        }
    }

    /** GB/T 9704 page numbers: "— 1 —", odd pages right and even pages left, one character in from the edge. */
    private void dash(PdfContentByte cb, int page, float left, float right, float y) {
        com.lowagie.text.Font font = styles.font(12f, false, Styles.TEXT);
        float indent = font.getSize();
        boolean odd = page % 2 == 1;
        ColumnText.showTextAligned(cb, odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                styles.phrase(dashed(page), font), odd ? right - indent : left + indent, y, 0);
    }

    static String dashed(int page) {
        return "— " + page + " —";
    }

    /** The last page has ended and nothing is written yet: the time to print the numbers now known. */
    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        late.fill();
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
