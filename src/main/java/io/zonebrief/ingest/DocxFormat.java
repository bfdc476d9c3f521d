package io.zonebrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word .docx files: body paragraphs in document order, tables row by row; headers, footers and
 * comments are not article text. The zip is checked by {@link ZipGuard} before POI inflates it.
 */
final class DocxFormat implements FormatReader {

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        if (!Sniff.starts(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            throw new IngestException(file, "not a .docx file (no zip signature; corrupt or mislabelled)");
        }
        ZipGuard.check(file, bytes);
        Paragraphs out = new Paragraphs();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                add(out, element);
            }
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, "password-protected .docx (remove the password and save again)");
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, "corrupt .docx (" + Failure.describe(e) + ")", e);
        }
        if (out.isEmpty()) {
            throw new IngestException(file, "the document holds no text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, out.text(), "docx", null, List.of());
    }

    private static void add(Paragraphs out, IBodyElement element) {
        if (element instanceof XWPFParagraph p) {
            out.paragraph(p.getText());
        } else if (element instanceof XWPFTable t) {
            for (XWPFTableRow row : t.getRows()) {
                List<String> cells = new ArrayList<>();
                for (XWPFTableCell cell : row.getTableCells()) {
                    cells.add(cell.getText());
                    // a cell spanning columns is followed by empty ones, so every row's cells line up
                    // with the header's and a number finds its column's unit
                    for (int k = 1; k < span(cell); k++) {
                        cells.add("");
                    }
                }
                out.row(cells);
            }
        } else if (element instanceof XWPFSDT sdt) {
            out.paragraph(sdt.getContent().getText());
        }
    }

    private static int span(XWPFTableCell cell) {
        var pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
    }
}
