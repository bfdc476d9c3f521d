package io.zonebrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * The few shared strings a reader needs, picked from the workbook's string table by index. A
 * workbook saved by Excel keeps every text of every sheet in that table (quotes, sentences,
 * headlines), so loading it whole would cost far more than the review columns it is read for.
 */
final class SharedStringPicks {

    private static final XMLInputFactory XML = XMLHelper.newXMLInputFactory();

    private final Map<Integer, String> strings;

    private SharedStringPicks(Map<Integer, String> strings) {
        this.strings = strings;
    }

    /** Reads the strings at {@code wanted} indexes; a workbook without a string table gives none. */
    static SharedStringPicks read(OPCPackage pkg, BitSet wanted) throws IOException {
        Map<Integer, String> out = new HashMap<>();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (wanted.isEmpty() || parts.isEmpty()) {
            return new SharedStringPicks(out);
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                int index = 0;
                while (xml.hasNext() && index <= wanted.length()) {
                    if (xml.next() == XMLStreamReader.START_ELEMENT && "si".equals(xml.getLocalName())) {
                        if (wanted.get(index)) {
                            out.put(index, text(xml));
                        } else {
                            SheetCells.skip(xml);
                        }
                        index++;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("broken shared strings table: " + e.getMessage(), e);
        }
        return new SharedStringPicks(out);
    }

    /** The string at {@code index}, or "" when the table has none there. */
    String get(int index) {
        return strings.getOrDefault(index, "");
    }

    /** The text of one {@code <si>}: its {@code <t>} elements in order, phonetic runs left out. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamReader.START_ELEMENT) {
                String name = xml.getLocalName();
                if ("t".equals(name)) {
                    b.append(xml.getElementText());
                } else if ("rPh".equals(name)) {
                    SheetCells.skip(xml);
                } else {
                    depth++;
                }
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
        return b.toString();
    }
}
