package io.zonebrief.render.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes cells into one sheet and gives it the common form: styled header row, frozen panes,
 * filter, print setup and column widths. Widths are measured from the text written, since
 * {@code autoSizeColumn} needs AWT fonts that servers often lack.
 * All text goes through {@link CellText} and is stored as a string, never as a formula.
 */
final class SheetWriter {

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 60;
    private static final int PADDING = 2;
    private static final float LINE_POINTS = 15f;
    /** A line of wrapped 10-point text: one line's height without the single line's padding. */
    private static final float WRAPPED_LINE_POINTS = 13f;
    private static final float MAX_ROW_POINTS = 409f;
    /**
     * Characters of column width that still print on one landscape A4 page when shrunk to fit: a
     * character of width is about 1.9 mm at full size, so 320 of them shrink to some 45% to fit the
     * 277 mm of the page, as small as print can go and still be read. The overview (with its charts)
     * and the zone sheets stay within it; 数据明细, with every column of every figure, does not.
     */
    private static final int MAX_FITTED_CHARS = 320;
    private static final short PRINT_SCALE = 80;
    /** Characters of column width across a landscape A4 page at full size (277 mm at about 1.9 mm each). */
    private static final double PAGE_CHARS = 145;
    /** The printable height of a landscape A4 page inside the default margins, header and footer, in points. */
    private static final double PAGE_POINTS = 460;

    final Sheet sheet;
    final Styles styles;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private final Map<Integer, Integer> caps = new HashMap<>();
    private double scale = 1;

    SheetWriter(Sheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    Row row(int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    /** Writes {@code value} as plain text; null writes nothing. */
    Cell text(Row row, int col, String value) {
        return text(row, col, value, styles.text);
    }

    Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            String safe = CellText.safe(value);
            c.setCellValue(safe);
            measure(col, CellText.width(safe));
            if (style.getWrapText() && caps.containsKey(col)) {
                fitHeight(row, safe, caps.get(col));
            }
        }
        return c;
    }

    /**
     * Makes a row tall enough for wrapped text in a capped column. Neither Excel nor LibreOffice
     * reliably grows rows on opening a file, so the height is set from the measured text.
     */
    private void fitHeight(Row row, String text, int capChars) {
        int usable = Math.max(1, capChars);
        int lines = 0;
        for (String part : text.split("\n", -1)) {
            lines += Math.max(1, (CellText.width(part) + usable - 1) / usable);
        }
        float height = Math.min(MAX_ROW_POINTS, Math.max(LINE_POINTS, lines * WRAPPED_LINE_POINTS));
        if (height > row.getHeightInPoints()) {
            row.setHeightInPoints(height);
        }
    }

    /** Writes text that spans the sheet (a title), so it does not widen its column. */
    Cell label(Row row, int col, String value, CellStyle style) {
        float points = style.getFontIndex() == 0 ? LINE_POINTS
                : sheet.getWorkbook().getFontAt(style.getFontIndex()).getFontHeightInPoints() * 1.5f;
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), points));
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(CellText.safe(value));
        return c;
    }

    /** Writes a numeric cell; {@code shownAs} is how it displays, for the column width. */
    Cell number(Row row, int col, double value, CellStyle style, String shownAs) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(value);
        measure(col, CellText.width(shownAs));
        return c;
    }

    /** Makes {@code cell} a link to a place in this workbook, e.g. {@code '数据明细'!A12}. */
    void link(Cell cell, String address) {
        XSSFSheet underlying = sheet instanceof SXSSFSheet s
                ? s.getWorkbook().getXSSFWorkbook().getSheet(s.getSheetName())
                : (XSSFSheet) sheet;
        if (underlying instanceof LinkedSheet linked) {
            linked.link(cell.getRowIndex(), cell.getColumnIndex(), address);
        } else {
            Hyperlink link = sheet.getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
            link.setAddress(address);
            cell.setHyperlink(link);
        }
    }

    /** Writes the header row; headers count for width but never widen past a column's cap. */
    void header(int rowIndex, List<String> headers) {
        Row r = row(rowIndex);
        r.setHeightInPoints(20);
        for (int i = 0; i < headers.size(); i++) {
            text(r, i, headers.get(i), styles.header);
        }
    }

    /** Limits a column's width; text beyond it wraps when the column's style wraps. */
    void cap(int col, int maxChars) {
        caps.put(col, maxChars);
    }

    /**
     * Freezes the rows down to {@code headerRow} and the first column (the id or name each row is
     * known by), adds a filter over the table, repeats the header row on printed pages and prints in
     * landscape.
     */
    void form(int headerRow, int lastRow, int columns, boolean filter) {
        sheet.createFreezePane(1, headerRow + 1);
        if (filter && columns > 0) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf((headerRow + 1) + ":" + (headerRow + 1)));
        printSetup();
    }

    /** Landscape A4, fitted to one page wide until {@link #applyWidths()} knows better, page numbers in the footer. */
    void printSetup() {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        fitToWidth(true);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.getFooter().setCenter("&P / &N");
    }

    /**
     * Sets every measured column's width (Excel's unit is 1/256 of a character). A table too wide to
     * read on one landscape page when shrunk to fit prints across pages instead, down then over, with
     * the header row and first column on each.
     */
    void applyWidths() {
        int total = 0;
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            int cap = caps.getOrDefault(e.getKey(), MAX_WIDTH);
            int chars = Math.max(MIN_WIDTH, Math.min(cap, e.getValue() + PADDING));
            sheet.setColumnWidth(e.getKey(), chars * 256);
            total += chars;
        }
        fitToWidth(total <= MAX_FITTED_CHARS);
        scale = total <= MAX_FITTED_CHARS ? Math.min(1, PAGE_CHARS / total) : PRINT_SCALE / 100.0;
    }

    /**
     * Rows of the default height one printed page holds at the scale {@link #applyWidths()} chose, the
     * repeated header row taken off, so that a block (a chart) can be kept on one page.
     */
    int rowsPerPage() {
        return (int) (PAGE_POINTS / scale / LINE_POINTS) - 1;
    }

    private void fitToWidth(boolean fit) {
        PrintSetup ps = sheet.getPrintSetup();
        sheet.setFitToPage(fit);
        if (fit) {
            ps.setFitWidth((short) 1);
            ps.setFitHeight((short) 0);
        } else {
            ps.setScale(PRINT_SCALE);
            sheet.setRepeatingColumns(CellRangeAddress.valueOf("A:A"));
        }
    }

    /** Counts a width for a column without writing a cell (text placed across merged cells). */
    void measure(int col, int chars) {
        widths.merge(col, chars, Math::max);
    }
}
