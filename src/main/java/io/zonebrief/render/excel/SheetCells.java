package io.zonebrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntPredicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * Reads one worksheet part as a stream of rows, keeping only the cells of the columns asked for,
 * so a sheet of hundreds of thousands of rows is read in constant memory. Cells come as they are
 * stored (type, style, raw value); shared strings stay indexes for {@link SharedStringPicks}.
 */
final class SheetCells {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    /** A cell as the sheet stores it: its {@code t} attribute, style index and value or inline text. */
    record Raw(String type, int style, String value) {

        boolean sharedString() {
            return "s".equals(type);
        }

        boolean numeric() {
            return type == null || "n".equals(type);
        }
    }

    /** Hears about each row; returns false to stop reading. */
    @FunctionalInterface
    interface Visitor {
        boolean row(int row, Map<Integer, Raw> cells) throws IOException;
    }

    private SheetCells() {
    }

    /** Reads {@code sheet}, passing each row's cells in {@code columns} to {@code visitor}. */
    static void read(PackagePart sheet, IntPredicate columns, Visitor visitor) throws IOException {
        try (InputStream in = sheet.getInputStream()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                rows(xml, columns, visitor);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("broken worksheet " + sheet.getPartName() + ": " + e.getMessage(), e);
        }
    }

    private static void rows(XMLStreamReader xml, IntPredicate columns, Visitor visitor)
            throws XMLStreamException, IOException {
        int row = -1;
        int nextCol = 0;
        Map<Integer, Raw> cells = new HashMap<>();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT && "row".equals(xml.getLocalName())) {
                String r = xml.getAttributeValue(null, "r");
                row = r == null ? row + 1 : Integer.parseInt(r) - 1;
                nextCol = 0;
                cells.clear();
            } else if (event == XMLStreamReader.START_ELEMENT && "c".equals(xml.getLocalName())) {
                String ref = xml.getAttributeValue(null, "r");
                int col = ref == null ? nextCol : new CellReference(ref).getCol();
                nextCol = col + 1;
                if (columns.test(col)) {
                    String style = xml.getAttributeValue(null, "s");
                    String type = xml.getAttributeValue(null, "t");
                    cells.put(col, new Raw(type, style == null ? 0 : Integer.parseInt(style), value(xml)));
                } else {
                    skip(xml);
                }
            } else if (event == XMLStreamReader.END_ELEMENT && "row".equals(xml.getLocalName())) {
                if (!visitor.row(row, cells)) {
                    return;
                }
            }
        }
    }

    /** The cell's {@code <v>}, or its inline string without phonetic runs; null when empty. */
    private static String value(XMLStreamReader xml) throws XMLStreamException {
        String value = null;
        StringBuilder inline = null;
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("v".equals(name)) {
                    value = xml.getElementText();
                } else if ("t".equals(name)) {
                    inline = inline == null ? new StringBuilder() : inline;
                    inline.append(xml.getElementText());
                } else if ("rPh".equals(name) || "f".equals(name)) {
                    skip(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return inline != null ? inline.toString() : value;
    }

    /** Skips to the end of the element just started. */
    static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }
}
