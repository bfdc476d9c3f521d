package io.zonebrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads back the review columns (审核, 修正值) of a workbook that {@link WorkbookRenderer} wrote,
 * so reviewers' decisions can flow into the next run. It finds the details sheet and its columns
 * through the custom document properties the renderer stores, so renamed headers in the template
 * still work; any other workbook is refused with a one-line message naming the file.
 *
 * <pre>
 * Map&lt;String, ReviewDecision&gt; decisions = ReviewReader.read(Path.of("zones.xlsx"));
 * </pre>
 */
public final class ReviewReader {

    private static final DataFormatter FORMATTER = new DataFormatter(java.util.Locale.ROOT);

    private final String name;
    private final XSSFWorkbook wb;

    private ReviewReader(String name, XSSFWorkbook wb) {
        this.name = name;
        this.wb = wb;
    }

    /** Decisions by figure id, in sheet order; rows with both review cells empty are left out. */
    public static Map<String, ReviewDecision> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Like {@link #read(Path)} for a stream; {@code name} names the workbook in messages.
     *
     * @throws IOException when the workbook is not one this renderer wrote or its review columns are broken
     */
    public static Map<String, ReviewDecision> read(InputStream in, String name) throws IOException {
        XSSFWorkbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new IOException(name + ": not an Excel .xlsx workbook (" + e.getClass().getSimpleName() + ")", e);
        }
        try (wb) {
            return new ReviewReader(name, wb).decisions();
        }
    }

    private Map<String, ReviewDecision> decisions() throws IOException {
        if (!DocumentProperties.MARKER_VERSION.equals(property(DocumentProperties.MARKER))) {
            throw fail("not a workbook written by ZoneBrief (no " + DocumentProperties.MARKER + " property)");
        }
        String sheetName = required(DocumentProperties.DETAILS_SHEET);
        Sheet sheet = wb.getSheet(sheetName);
        if (sheet == null) {
            throw fail("the details sheet '" + sheetName + "' is missing");
        }
        Row header = sheet.getRow(0);
        int id = column(header, sheetName, required(DocumentProperties.ID_HEADER));
        int review = column(header, sheetName, required(DocumentProperties.REVIEW_HEADER));
        int correction = column(header, sheetName, required(DocumentProperties.CORRECTION_HEADER));
        List<String> choices = List.of(required(DocumentProperties.REVIEW_CHOICES)
                .split(DocumentProperties.CHOICE_SEPARATOR, -1));
        if (choices.size() != ReviewDecision.Action.values().length) {
            throw fail("property " + DocumentProperties.REVIEW_CHOICES + " must list three choices");
        }
        Map<String, ReviewDecision> out = new LinkedHashMap<>();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            ReviewDecision d = decision(row, sheetName, id, review, correction, choices);
            if (d != null && out.put(d.figureId(), d) != null) {
                throw fail(where(sheetName, row, id) + ": figure id " + d.figureId() + " appears twice");
            }
        }
        return out;
    }

    private ReviewDecision decision(Row row, String sheetName, int idCol, int reviewCol, int correctionCol,
                                    List<String> choices) throws IOException {
        String choice = text(row.getCell(reviewCol));
        String correction = text(row.getCell(correctionCol));
        if (choice.isEmpty() && correction.isEmpty()) {
            return null;
        }
        String id = text(row.getCell(idCol));
        if (id.isEmpty()) {
            throw fail(where(sheetName, row, idCol) + ": a reviewed row has no figure id");
        }
        ReviewDecision.Action action;
        if (choice.isEmpty()) {
            action = ReviewDecision.Action.MODIFY;
        } else if (choices.contains(choice)) {
            action = ReviewDecision.Action.values()[choices.indexOf(choice)];
        } else {
            throw fail(where(sheetName, row, reviewCol) + ": review must be one of " + String.join("/", choices)
                    + " but was \"" + choice + "\"");
        }
        return new ReviewDecision(id, action, correction.isEmpty() ? null : correction,
                number(row.getCell(correctionCol), correction));
    }

    private int column(Row header, String sheetName, String title) throws IOException {
        if (header != null) {
            for (Cell c : header) {
                if (title.equals(text(c))) {
                    return c.getColumnIndex();
                }
            }
        }
        throw fail("sheet '" + sheetName + "' has no column \"" + title + "\" in its header row");
    }

    private String property(String key) {
        POIXMLProperties.CustomProperties custom = wb.getProperties().getCustomProperties();
        CTProperty p = custom.getProperty(key);
        return p == null || !p.isSetLpwstr() ? null : p.getLpwstr();
    }

    private String required(String key) throws IOException {
        String v = property(key);
        if (v == null || v.isEmpty()) {
            throw fail("the document property " + key + " is missing");
        }
        return v;
    }

    private static Double number(Cell cell, String shown) {
        if (cell != null && cell.getCellType() == CellType.NUMERIC) {
            return cell.getNumericCellValue();
        }
        try {
            return shown.isEmpty() ? null : Double.valueOf(shown.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String text(Cell cell) {
        return cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
    }

    private static String where(String sheetName, Row row, int col) {
        return SheetNames.quoted(sheetName) + "!" + new org.apache.poi.ss.util.CellReference(row.getRowNum(), col)
                .formatAsString();
    }

    private IOException fail(String message) {
        return new IOException(name + ": " + message);
    }
}
