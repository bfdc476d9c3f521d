package io.zonebrief.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of one PDF that are pictures of text: a page whose text layer holds (almost) nothing but
 * which shows an image is rendered and read by {@link Ocr}, and its OCR text takes the place of the
 * layer's. Remembers which pages were read so, and why a page stayed without text, for the warnings.
 */
final class ScannedPages {

    /** A scanned page may carry a few real characters (a stamp, a page number); fewer than this is "almost none". */
    static final int ALMOST_NO_TEXT = 20;
    /** What OCR must find for its text to count: a stray mark read as 一 or — is no text. */
    private static final int LEAST_OCR_TEXT = 4;
    /**
     * tesseract's chi_sim read 12pt text at 400 dpi without error where at 300 dpi it took "7.2%。" for
     * "7.296。"; a huge page is rendered at less so the image stays bounded.
     */
    private static final float DPI = 400;
    private static final float MAX_PIXELS_PER_SIDE = 8000;

    private final PDDocument doc;
    private final Optional<Ocr> ocr;
    private PDFRenderer renderer;
    private final List<Integer> read = new ArrayList<>();
    private boolean unreadImages;
    private boolean ocrFoundNothing;
    private String ocrFailure;

    ScannedPages(PDDocument doc, Optional<Ocr> ocr) {
        this.doc = doc;
        this.ocr = ocr;
    }

    /**
     * The text of a page: its text layer, or what OCR reads on it when that layer holds almost nothing
     * and the page shows an image.
     *
     * @param page  1-based page number
     * @param layer the page's text layer, tidied
     */
    String text(int page, String layer) {
        if (letters(layer) >= ALMOST_NO_TEXT || !hasImage(doc.getPage(page - 1).getResources(), 0)) {
            return layer;
        }
        if (ocr.isEmpty()) {
            unreadImages = true;
            return layer;
        }
        try {
            String text = ocr.get().read(render(page - 1));
            if (letters(text) >= LEAST_OCR_TEXT && letters(text) > letters(layer)) {
                read.add(page);
                return text;
            }
            ocrFoundNothing = true;
        } catch (IOException e) {
            ocrFailure = Failure.describe(e.getMessage() == null ? "OCR failed" : e.getMessage());
        }
        return layer;
    }

    /** Whether any page was read by OCR. */
    boolean read() {
        return !read.isEmpty();
    }

    /** The warning that names the pages OCR read, or none. */
    List<String> warnings(int total) {
        if (read.isEmpty()) {
            return List.of();
        }
        return List.of(PdfFormat.pageList(read) + " of " + total + " read by OCR (tesseract " + Ocr.LANGUAGE
                + "); check its figures against the scan, OCR may misread a character");
    }

    /** Why pages showing an image stayed without text, as words to append to a message; empty if none did. */
    String whyNoText() {
        if (ocrFailure != null) {
            return "; " + ocrFailure;
        }
        if (unreadImages) {
            return "; to read it by OCR: " + Ocr.HOW_TO_ENABLE;
        }
        return ocrFoundNothing ? "; OCR found no text on it" : "";
    }

    private BufferedImage render(int index) throws IOException {
        if (renderer == null) {
            renderer = new PDFRenderer(doc);
        }
        PDRectangle box = doc.getPage(index).getCropBox();
        float longest = Math.max(box.getWidth(), box.getHeight());
        float dpi = Math.min(DPI, MAX_PIXELS_PER_SIDE * 72 / Math.max(longest, 1));
        return renderer.renderImageWithDPI(index, dpi, ImageType.GRAY);
    }

    private static int letters(String s) {
        return (int) s.codePoints().filter(Character::isLetterOrDigit).count();
    }

    /** Whether the resources hold an image, also inside forms (scanners often wrap the page's image in one). */
    private static boolean hasImage(PDResources resources, int depth) {
        if (resources == null || depth > 3) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            try {
                PDXObject x = resources.getXObject(name);
                if (x instanceof PDImageXObject
                        || x instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                    return true;
                }
            } catch (IOException e) {
                // a damaged object shows nothing
            }
        }
        return false;
    }
}
