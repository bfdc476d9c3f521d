package io.zonebrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.swing.text.BadLocationException;
import javax.swing.text.DefaultStyledDocument;
import javax.swing.text.rtf.RTFEditorKit;

/**
 * Rich Text Format (.rtf, and WPS or Word documents saved as RTF) through the JDK's own RTF reader,
 * which decodes both Unicode escapes and code-page bytes (GBK's two-byte characters). Each
 * RTF paragraph becomes a paragraph and each table row a row of cells: the JDK reader knows no tables,
 * so a cell's end is handed to it as a tab and a row's end as a paragraph's.
 */
final class RtfFormat implements FormatReader {

    private static final Pattern CELL_END = Pattern.compile("\\\\(?:nest)?cell(?![a-z])\\s?");
    private static final Pattern ROW_END = Pattern.compile("\\\\(?:nest)?row(?![a-z])\\s?");

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        DefaultStyledDocument doc = new DefaultStyledDocument();
        String raw;
        try {
            String rtf = new String(bytes, StandardCharsets.ISO_8859_1); // RTF is 7-bit; escapes carry the rest
            rtf = ROW_END.matcher(CELL_END.matcher(rtf).replaceAll("\\\\tab ")).replaceAll("\\\\par ");
            new RTFEditorKit().read(new ByteArrayInputStream(rtf.getBytes(StandardCharsets.ISO_8859_1)), doc, 0);
            raw = doc.getText(0, doc.getLength());
        } catch (IOException | BadLocationException e) {
            throw new IngestException(file, "corrupt RTF file (" + Failure.describe(e) + ")", e);
        }
        Paragraphs out = new Paragraphs();
        for (String line : raw.split("\n")) {
            if (line.indexOf('\t') >= 0) {
                List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
                if (cells.size() > 1 && cells.get(cells.size() - 1).isBlank()) {
                    cells.remove(cells.size() - 1); // the row's last cell ends with a tab too
                }
                out.row(cells);
            } else {
                out.paragraph(line);
            }
        }
        if (out.isEmpty()) {
            throw new IngestException(file, "the document holds no text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, out.text(), "rtf", null, List.of());
    }
}
