package io.zonebrief.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Page numbers that are printed before they are known: the contents' page of each heading and the
 * footer's page total. Each takes a box of fixed width (a form XObject) where it stands, and the box
 * is written once the body is laid out, so the briefing needs one layout pass, not one to learn the
 * pages and another to print them. The number is real text in the embedded font, so it can still be
 * searched and copied.
 */
final class LatePageNumbers {

    /** A box, what it will show and how: right-aligned within the box, or centred. */
    private record Slot(PdfTemplate box, Font font, Supplier<String> text, boolean right) {
    }

    private final PdfWriter writer;
    private final List<Slot> slots = new ArrayList<>();

    LatePageNumbers(PdfWriter writer) {
        this.writer = writer;
    }

    /**
     * A chunk holding the number {@code number} will give once the pages are known, right-aligned in a box
     * as wide as {@code digits} digits, standing on the line's baseline like the text around it.
     */
    Chunk chunk(Font font, int digits, IntSupplier number) throws BadElementException {
        float width = font.getBaseFont().getWidthPoint("0".repeat(digits), font.getSize());
        PdfTemplate box = box(font, width, true, () -> number.getAsInt() > 0 ? String.valueOf(number.getAsInt()) : "");
        return new Chunk(Image.getInstance(box), 0, descent(font), false);
    }

    /**
     * Draws a line of text that names a number not yet known ("第 2 页 / 共 24 页") on the page, centred in
     * the span from {@code left} to {@code right} on the baseline {@code y}.
     */
    void centred(Font font, Supplier<String> text, float left, float right, float y) {
        PdfTemplate box = box(font, right - left, false, text);
        writer.getDirectContent().addTemplate(box, left, y + descent(font));
    }

    /** Writes every number into its box; called once the body is laid out, before the document closes. */
    void fill() {
        for (Slot s : slots) {
            BaseFont base = s.font().getBaseFont();
            String text = s.text().get();
            float width = base.getWidthPoint(text, s.font().getSize());
            float x = s.right() ? s.box().getWidth() - width : (s.box().getWidth() - width) / 2;
            s.box().beginText();
            s.box().setFontAndSize(base, s.font().getSize());
            if (s.font().getColor() != null) {
                s.box().setColorFill(s.font().getColor());
            }
            if (width > s.box().getWidth()) {
                // more digits than planned (page 100 of a very long briefing): narrowed to fit, not cut
                s.box().setHorizontalScaling(100f * s.box().getWidth() / width);
                x = 0;
            }
            s.box().setTextMatrix(x, -descent(s.font()));
            s.box().showText(text);
            s.box().endText();
        }
    }

    private PdfTemplate box(Font font, float width, boolean right, Supplier<String> text) {
        float height = font.getBaseFont().getFontDescriptor(BaseFont.ASCENT, font.getSize()) - descent(font);
        PdfTemplate box = writer.getDirectContent().createTemplate(width, height);
        slots.add(new Slot(box, font, text, right));
        return box;
    }

    /** The font's descent at its size, below the baseline (negative). */
    private static float descent(Font font) {
        return font.getBaseFont().getFontDescriptor(BaseFont.DESCENT, font.getSize());
    }
}
