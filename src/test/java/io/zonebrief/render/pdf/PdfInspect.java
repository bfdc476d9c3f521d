package io.zonebrief.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back with PDFBox: its text, bookmarks and fonts, including those inside charts. */
final class PdfInspect {

    final int pages;
    final String text;
    final List<String> outline;
    final List<String> pageTexts;
    /**
     * The first page read in the order of its lines on the page, as a reader sees it: the contents'
     * page numbers are drawn after the body is laid out, so in stream order they come apart from their lines.
     */
    final String firstPageByPosition;
    final List<String> fonts;
    final List<String> notEmbedded;
    final java.util.Calendar created;

    PdfInspect(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            pages = doc.getNumberOfPages();
            PDFTextStripper stripper = new PDFTextStripper();
            text = stripper.getText(doc);
            pageTexts = new ArrayList<>();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pageTexts.add(stripper.getText(doc));
            }
            PDFTextStripper byPosition = new PDFTextStripper();
            byPosition.setSortByPosition(true);
            byPosition.setStartPage(1);
            byPosition.setEndPage(1);
            firstPageByPosition = byPosition.getText(doc);
            outline = new ArrayList<>();
            if (doc.getDocumentCatalog().getDocumentOutline() != null) {
                collect(doc.getDocumentCatalog().getDocumentOutline(), "", outline);
            }
            fonts = new ArrayList<>();
            notEmbedded = new ArrayList<>();
            Set<COSName> seen = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                fonts(page.getResources(), seen);
            }
            created = doc.getDocumentInformation().getCreationDate();
        }
    }

    private static void collect(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            collect(item, indent + "  ", out);
        }
    }

    private void fonts(PDResources resources, Set<COSName> seen) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            fonts.add(font.getName());
            if (!font.isEmbedded()) {
                notEmbedded.add(font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && seen.add(name)) {
                fonts(form.getResources(), seen);
            }
        }
    }
}
