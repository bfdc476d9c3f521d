package io.zonebrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Office files of the 97–2003 kind (OLE2 containers): Word .doc, and WPS documents that keep the same
 * Word stream, read through POI's HWPF with their tables row by row; a workbook, a presentation or an
 * encrypted .docx is named with what to save it as.
 */
final class Ole2Format implements FormatReader {

    private static final String SAVE_AS_DOCX = " (open it and save it as .docx)";

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryEntry root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw new IngestException(file, "password-protected Office file (remove the password and save again)");
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                throw new IngestException(file, "an Excel 97-2003 or WPS workbook (open it and save it as .xlsx)");
            }
            if (root.hasEntry("PowerPoint Document")) {
                throw new IngestException(file, "a PowerPoint presentation, not an article" + SAVE_AS_DOCX);
            }
            if (!root.hasEntry("WordDocument")) {
                throw new IngestException(file, "an Office file that holds no Word document" + SAVE_AS_DOCX);
            }
            return doc(file, fs);
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, "password-protected Word document (remove the password and save again)");
        } catch (IOException | RuntimeException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(file, "cannot be read as a Word 97-2003 document (" + Failure.describe(e) + ")"
                    + SAVE_AS_DOCX, e);
        }
    }

    private static SourceDocument doc(Path file, POIFSFileSystem fs) throws IOException, IngestException {
        Paragraphs out = new Paragraphs();
        try (HWPFDocument doc = new HWPFDocument(fs)) {
            Range range = doc.getRange();
            for (int i = 0; i < range.numParagraphs(); i++) {
                Paragraph p = range.getParagraph(i);
                if (p.isInTable() && p.getTableLevel() == 1) {
                    Table table = range.getTable(p);
                    addTable(out, table);
                    i += table.numParagraphs() - 1;
                } else {
                    out.paragraph(clean(p.text()));
                }
            }
        }
        if (out.isEmpty()) {
            throw new IngestException(file, "the document holds no text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, out.text(), "doc", null, List.of());
    }

    private static void addTable(Paragraphs out, Table table) {
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                cells.add(clean(row.getCell(c).text()).replace('\n', ' '));
            }
            out.row(cells);
        }
    }

    /**
     * Word's own marks out of the text: field codes (a page number's PAGE), cell and row ends (\u0007),
     * paragraph and line breaks (\r, \u000b), pictures' anchors and other control characters.
     */
    static String clean(String raw) {
        String s = Range.stripFields(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\u000b' || c == '\n') {
                sb.append('\n');
            } else if (c == '\t') {
                sb.append(' ');
            } else if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\u00A0') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
