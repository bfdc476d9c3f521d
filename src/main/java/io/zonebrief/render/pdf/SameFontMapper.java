package io.zonebrief.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import io.zonebrief.render.chart.CjkFont;
import java.awt.Font;

/**
 * Maps every AWT font a chart asks for to our embedded CJK font. OpenPDF's DefaultFontMapper maps
 * unknown AWT fonts (Tahoma, SansSerif…) to the standard Helvetica, which is neither embedded nor able
 * to show Chinese, so chart labels would silently vanish.
 */
final class SameFontMapper implements FontMapper {

    private final CjkFont font;

    SameFontMapper(CjkFont font) {
        this.font = font;
    }

    @Override
    public BaseFont awtToPdf(Font awt) {
        return font.pdf(awt.isBold());
    }

    @Override
    public Font pdfToAwt(BaseFont pdf, int size) {
        return font.awt(pdf == font.pdf(true) && pdf != font.pdf(false), size);
    }
}
