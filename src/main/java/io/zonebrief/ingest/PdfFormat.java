package io.zonebrief.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * PDF files through their text layer, page by page in reading order. Pages without text (scans) are
 * read by OCR where it is installed ({@link ScannedPages}); otherwise they are reported in the warnings,
 * and a PDF with no text at all is refused with the line that installs OCR.
 */
final class PdfFormat implements FormatReader {

    private static final Pattern FONT_RUN_SPACE = Pattern.compile(
            "(?<=[\\p{IsHan}，。、：；！？（）“”])[ \\u00A0](?=[0-9A-Za-z])|(?<=[0-9A-Za-z%.])[ \\u00A0](?=\\p{IsHan})");

    static final String NO_TEXT = "no text layer (scanned PDF?)";
    /** The reader's name for a PDF some of whose pages were read by OCR, so its figures are not taken on trust. */
    static final String FORMAT_OCR = "pdf (OCR)";

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        if (!Sniff.starts(bytes, 0x25, 0x50, 0x44, 0x46) && indexOfPdfHeader(bytes) < 0) {
            throw new IngestException(file, "not a PDF file (no %PDF header; corrupt or mislabelled)" + Sniff.hint(bytes));
        }
        List<String> pages = new ArrayList<>();
        List<Integer> blank = new ArrayList<>();
        ScannedPages scans;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            scans = new ScannedPages(doc, Ocr.installed());
            PdfTables stripper = new PdfTables();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String layer = stripper.getText(doc);
                String tables = stripper.tableText();
                String text = scans.text(page, Paragraphs.tidy(tables != null ? tables : layer));
                if (text.isEmpty()) {
                    blank.add(page);
                } else {
                    pages.add(text);
                }
            }
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, "password-protected PDF (remove the password first)");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IngestException(file, "corrupt PDF (" + Failure.describe(e) + ")", e);
        }
        if (pages.isEmpty()) {
            throw new IngestException(file, blank.isEmpty() ? "the PDF has no pages" : NO_TEXT + scans.whyNoText());
        }
        List<String> warnings = new ArrayList<>(scans.warnings(pages.size() + blank.size()));
        if (!blank.isEmpty()) {
            warnings.add(blankWarning(blank, pages.size() + blank.size()) + scans.whyNoText());
        }
        String text = fontRunSpaces(compatibilityIdeographs(PdfLines.reflow(pages))) + "\n";
        return new SourceDocument(DocumentReader.idOf(file), file, text, scans.read() ? FORMAT_OCR : "pdf", null, warnings);
    }

    private static String blankWarning(List<Integer> blank, int total) {
        return pageList(blank) + " of " + total
                + (blank.size() == 1 ? " has" : " have") + " no text layer (scanned?); their text is missing";
    }

    /** "page 3" or "pages 1, 2, 5", at most 20 numbers. */
    static String pageList(List<Integer> pages) {
        String list = pages.stream().limit(20).map(String::valueOf).collect(Collectors.joining(", "));
        return (pages.size() == 1 ? "page " : "pages ") + list + (pages.size() > 20 ? ", …" : "");
    }

    /**
     * Drops the space PDFBox puts where the text switches between a CJK and a Latin font, as in
     * "2024年 10月" or "成立 75周年": Chinese sets no space between characters and digits, and the
     * gap is only the change of font. Spaces between two Chinese characters are kept; they may be real.
     */
    static String fontRunSpaces(String s) {
        return FONT_RUN_SPACE.matcher(s).replaceAll("");
    }

    /** Some producers lead the header with junk bytes; PDF readers accept it within the first kilobyte. */
    private static int indexOfPdfHeader(byte[] b) {
        int n = Math.min(b.length - 4, 1024);
        for (int i = 0; i < n; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Fonts often map ideographs to Kangxi radicals or compatibility ideographs (⼀ for 一), which look
     * the same but break every later word match; NFKC folds just those back.
     */
    static String compatibilityIdeographs(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean fold = (c >= '\u2E80' && c <= '\u2FDF') || (c >= '\uF900' && c <= '\uFAFF');
            sb.append(fold ? Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC) : String.valueOf(c));
        }
        return sb.toString();
    }
}
