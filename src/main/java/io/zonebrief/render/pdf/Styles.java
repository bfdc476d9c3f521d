package io.zonebrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.Rectangle;
import io.zonebrief.render.chart.CjkFont;
import java.awt.Color;

/**
 * The briefing's type and colours, and the only place that makes text elements, so that every chunk
 * carries the embedded CJK font (a chunk without one falls back to OpenPDF's non-embedded Helvetica,
 * which has no Chinese glyphs) and the Chinese line-breaking rules.
 */
final class Styles {

    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x595959);
    static final Color RULE = new Color(0xBFBFBF);
    static final Color STRIPE = new Color(0xF3F6FA);

    final CjkFont cjk;
    final Color red;
    final Color accent;
    final Color headFill;
    private final BaseFont regular;
    private final BaseFont bold;
    private final BaseFont bodyFace;
    private final BaseFont heading1Face;
    private final BaseFont heading2Face;
    private final float textSize;

    /** Styles with the main font for every role, at the default text size. */
    Styles(CjkFont cjk, BriefingTemplate.Colours colours) {
        this(cjk, null, null, null, colours, BriefingTemplate.Faces.DEFAULT.size());
    }

    /**
     * @param cjk      the main font (tables, notes, charts, and any role without a face of its own)
     * @param body     the body face, or null
     * @param heading1 the first-level heading face, or null
     * @param heading2 the second-level heading face, or null
     * @param textSize the size of body text and headings
     */
    Styles(CjkFont cjk, CjkFont body, CjkFont heading1, CjkFont heading2, BriefingTemplate.Colours colours,
           float textSize) {
        this.cjk = cjk;
        this.textSize = textSize;
        this.bodyFace = body == null ? null : body.pdf(false);
        this.heading1Face = heading1 == null ? null : heading1.pdf(false);
        this.heading2Face = heading2 == null ? null : heading2.pdf(false);
        this.red = colours.title();
        this.accent = colours.accent();
        this.headFill = mix(colours.accent(), Color.WHITE, 0.86);
        this.regular = cjk.pdf(false);
        this.bold = cjk.pdf(true);
    }

    BaseFont baseFont(boolean isBold) {
        return isBold ? bold : regular;
    }

    Font font(float size, boolean isBold, Color colour) {
        if (isBold && bold == regular) {
            return new Font(regular, size, Font.BOLD, colour);
        }
        return new Font(isBold ? bold : regular, size, Font.NORMAL, colour);
    }

    /** Body text: the body face at the text size (公文 三号), black. */
    Font body() {
        return bodyFace == null ? font(textSize, false, TEXT) : new Font(bodyFace, textSize, Font.NORMAL, TEXT);
    }

    /** A lead-in within body text (编者按：, a zone's name), in the first-level heading face. */
    Font strong() {
        return heading1Face == null ? font(textSize, true, TEXT) : new Font(heading1Face, textSize, Font.NORMAL, TEXT);
    }

    Font small() {
        return font(8.5f, false, MUTED);
    }

    Font cell() {
        return font(9f, false, TEXT);
    }

    Font cellHead() {
        return font(9f, true, accent);
    }

    /** Headings are black (GB/T 9704): 一级 in the Hei face, 二级 in the Kai face, both at the text size. */
    Font heading(int level) {
        BaseFont face = level <= 1 ? heading1Face : heading2Face;
        if (face != null) {
            return new Font(face, textSize, Font.NORMAL, TEXT);
        }
        return font(textSize, level <= 1, TEXT);
    }

    /** A chunk in {@code font} that follows the Chinese line-breaking rules. */
    Chunk chunk(String text, Font font) {
        Chunk c = new Chunk(text, font);
        c.setSplitCharacter(CjkSplitCharacter.INSTANCE);
        return c;
    }

    Phrase phrase(String text, Font font) {
        Phrase p = new Phrase(font.getSize() * 1.5f);
        p.setFont(font);
        p.add(chunk(text, font));
        return p;
    }

    /** A body paragraph: 1.7 line spacing, first line indented by two characters as in 公文. */
    Paragraph paragraph(String text, Font font, boolean indent) {
        Paragraph p = new Paragraph(font.getSize() * 1.7f);
        p.setFont(font);
        p.add(chunk(text, font));
        if (indent) {
            p.setFirstLineIndent(font.getSize() * 2);
        }
        p.setSpacingAfter(3f);
        return p;
    }

    /** An empty paragraph of a given height, in our font so nothing references Helvetica. */
    Paragraph gap(float height) {
        Paragraph p = new Paragraph(height);
        p.setFont(small());
        p.add(chunk(" ", small()));
        return p;
    }

    /** A phrase that wraps only between the pieces of {@link WordPieces}, never inside a word. */
    Phrase wordPhrase(String text, Font font) {
        Phrase p = new Phrase(font.getSize() * 1.5f);
        p.setFont(font);
        for (String piece : WordPieces.of(text)) {
            Chunk c = new Chunk(piece, font);
            c.setSplitCharacter(WordPieces.AT_END);
            p.add(c);
        }
        return p;
    }

    PdfPCell cell(String text, Font font, int align) {
        return cell(phrase(text, font), align);
    }

    /** A table cell whose text wraps only between words. */
    PdfPCell wordCell(String text, Font font, int align) {
        return cell(wordPhrase(text, font), align);
    }

    private PdfPCell cell(Phrase phrase, int align) {
        PdfPCell c = new PdfPCell(phrase);
        // a cell's own leading is one font size, which sets the lines of a wrapped name touching
        c.setLeading(0f, 1.3f);
        c.setUseAscender(true);
        c.setHorizontalAlignment(align);
        c.setVerticalAlignment(Element.ALIGN_MIDDLE);
        c.setPaddingTop(3.5f);
        c.setPaddingBottom(5f);
        c.setPaddingLeft(4f);
        c.setPaddingRight(4f);
        c.setBorder(Rectangle.BOTTOM);
        c.setBorderColor(RULE);
        c.setBorderWidth(0.5f);
        return c;
    }

    PdfPCell headCell(String text, int align) {
        PdfPCell c = wordCell(text, cellHead(), align);
        c.setBackgroundColor(headFill);
        c.setBorder(Rectangle.TOP | Rectangle.BOTTOM);
        c.setBorderColorTop(accent);
        c.setBorderWidthTop(1.2f);
        c.setBorderColorBottom(accent);
        c.setBorderWidthBottom(0.6f);
        return c;
    }

    private static Color mix(Color a, Color b, double towardsB) {
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * towardsB),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * towardsB),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * towardsB));
    }
}
