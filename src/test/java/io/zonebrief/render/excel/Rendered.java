package io.zonebrief.render.excel;

import io.zonebrief.summary.Summary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Renders summaries to bytes and reads them back with POI, for the workbook tests. */
final class Rendered {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private Rendered() {
    }

    static byte[] bytes(Summary summary) {
        return bytes(summary, WorkbookTemplate.defaults());
    }

    static byte[] bytes(Summary summary, WorkbookTemplate template) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new WorkbookRenderer(template).write(summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook workbook(Summary summary) {
        return open(bytes(summary));
    }

    /** The zero-based row whose cell in {@code col} shows exactly {@code text}, or -1. */
    static int rowWith(Sheet sheet, int col, String text) {
        for (Row r : sheet) {
            Cell c = r.getCell(col);
            if (c != null && text.equals(FORMATTER.formatCellValue(c))) {
                return r.getRowNum();
            }
        }
        return -1;
    }

    /** The zero-based column of the header {@code text} in row {@code headerRow}. */
    static int column(Sheet sheet, int headerRow, String text) {
        for (Cell c : sheet.getRow(headerRow)) {
            if (text.equals(c.getStringCellValue())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no header " + text + " in row " + headerRow + " of " + sheet.getSheetName());
    }

    /** Every cell's shown text, sheet by sheet, to compare two renderings. */
    static String dump(XSSFWorkbook wb) {
        StringBuilder b = new StringBuilder();
        for (Sheet s : wb) {
            b.append("## ").append(s.getSheetName()).append('\n');
            for (Row r : s) {
                for (Cell c : r) {
                    b.append(c.getAddress()).append('=').append(c.getCellType()).append(':')
                            .append(FORMATTER.formatCellValue(c)).append('\n');
                }
            }
        }
        return b.toString();
    }
}
