package io.zonebrief.render.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A worksheet that keeps its links to places in the workbook as plain row, column and address,
 * and writes them as {@code <hyperlink>} elements when the sheet is saved. POI's own hyperlink
 * objects cost about 2 KB each, so the links of a zone sheet with a hundred thousand facts would
 * not fit a small heap; these cost a few dozen bytes and also work on streamed sheets.
 */
final class LinkedSheet extends XSSFSheet {

    /** Elements that follow {@code <hyperlinks>} in a worksheet (ECMA-376 CT_Worksheet order). */
    private static final Pattern AFTER_HYPERLINKS = Pattern.compile("<(?:\\w+:)?(?:printOptions|pageMargins|pageSetup"
            + "|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing"
            + "|legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts"
            + "|extLst)[\\s/>]|</(?:\\w+:)?worksheet>");
    private static final Pattern ROOT_PREFIX = Pattern.compile("<(\\w+:)?worksheet[\\s>]");

    private int[] cells = new int[0];
    private final List<String> addresses = new ArrayList<>();

    /** Makes every new sheet of a workbook a {@code LinkedSheet}. */
    private static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            return descriptor == XSSFRelation.WORKSHEET ? new LinkedSheet() : super.newDocumentPart(descriptor);
        }
    }

    /** A new workbook whose sheets are {@code LinkedSheet}s. */
    static XSSFWorkbook newWorkbook() {
        return new XSSFWorkbook(new Factory());
    }

    /** Links the cell at {@code row}, {@code col} to {@code address}, e.g. {@code '数据明细'!A12}. */
    void link(int row, int col, String address) {
        int n = addresses.size();
        if (2 * n == cells.length) {
            cells = Arrays.copyOf(cells, Math.max(64, cells.length * 2));
        }
        cells[2 * n] = row;
        cells[2 * n + 1] = col;
        addresses.add(address);
    }

    @Override
    protected void write(OutputStream out) throws IOException {
        if (addresses.isEmpty()) {
            super.write(out);
            return;
        }
        // without row data (a streamed sheet) or with a few hundred rows (the overview) this is small
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        super.write(plain);
        String xml = plain.toString(StandardCharsets.UTF_8);
        Matcher after = AFTER_HYPERLINKS.matcher(xml);
        Matcher root = ROOT_PREFIX.matcher(xml);
        if (!after.find() || !root.find()) {
            throw new IOException("cannot place hyperlinks in worksheet " + getSheetName());
        }
        String prefix = root.group(1) == null ? "" : root.group(1);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(xml, 0, after.start());
        w.write("<" + prefix + "hyperlinks>");
        for (int i = 0; i < addresses.size(); i++) {
            w.write("<" + prefix + "hyperlink ref=\"");
            w.write(new CellReference(cells[2 * i], cells[2 * i + 1]).formatAsString(false));
            w.write("\" location=\"");
            w.write(escape(addresses.get(i)));
            w.write("\"/>");
        }
        w.write("</" + prefix + "hyperlinks>");
        w.write(xml, after.start(), xml.length() - after.start());
        w.flush();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
