package io.zonebrief.render.excel;

import io.zonebrief.internal.FileKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads back the review columns of a workbook that {@link WorkbookRenderer} wrote — on 数据明细 the
 * 审核 choice, 修正值 and the corrected subject, period, nature and label, on each zone sheet the
 * decision about a fact — so reviewers' decisions can flow into the next run. It finds the sheets
 * and their columns through the custom document properties the renderer stores, so renamed headers
 * in the template still work; any other workbook is refused with a one-line message naming the
 * file. A cell that cannot be read is named (sheet, row, column) and left out; the rest applies.
 *
 * <p>The details sheet may hold hundreds of thousands of rows, and a workbook saved by Excel keeps
 * all their texts in one shared string table, so the sheet is streamed rather than loaded: the
 * header row first, then the review columns, then only the shared strings those columns use.
 * Memory grows with the number of decisions, not with the size of the workbook.</p>
 *
 * <pre>
 * Reviews reviews = ReviewReader.readAll(Path.of("zones.xlsx"));
 * reviews.refused().forEach(System.err::println);
 * </pre>
 */
public final class ReviewReader {

    private static final DataFormatter FORMATTER = new DataFormatter(Locale.ROOT);

    private final String name;
    private final OPCPackage pkg;

    private ReviewReader(String name, OPCPackage pkg) {
        this.name = name;
        this.pkg = pkg;
    }

    /**
     * Decisions about figures by id, in sheet order; rows with every review cell empty are left out.
     * Strict: the first cell that cannot be read fails the whole workbook.
     */
    public static Map<String, ReviewDecision> read(Path file) throws IOException {
        return strict(readAll(file), file.toString());
    }

    /** Like {@link #read(Path)} for a stream; {@code name} names the workbook in messages. */
    public static Map<String, ReviewDecision> read(InputStream in, String name) throws IOException {
        return strict(readAll(in, name), name);
    }

    private static Map<String, ReviewDecision> strict(Reviews reviews, String name) throws IOException {
        if (!reviews.refused().isEmpty()) {
            throw new IOException(name + ": " + reviews.refused().get(0));
        }
        return reviews.figures();
    }

    /**
     * Every decision in the workbook, about figures and about facts, and a line for each review cell
     * that could not be read.
     *
     * @throws IOException when the file is not a workbook this renderer wrote
     */
    public static Reviews readAll(Path file) throws IOException {
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.MISSING) {
            throw new IOException(file + ": no such file (--review)");
        }
        if (!kind.isRegular()) {
            throw new IOException(file + ": is " + kind.description() + ", not a workbook (--review)");
        }
        return read(file, file.toString());
    }

    /**
     * Like {@link #readAll(Path)} for a stream; {@code name} names the workbook in messages. The stream
     * is copied to a temporary file first, because a zip is read by its directory at the end.
     *
     * @throws IOException when the workbook is not one this renderer wrote or its review columns are broken
     */
    public static Reviews readAll(InputStream in, String name) throws IOException {
        Path tmp = Files.createTempFile("zonebrief-review", ".xlsx");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return read(tmp, name);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Reviews read(Path file, String name) throws IOException {
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new IOException(name + ": not an Excel .xlsx workbook (not a readable zip package)", e);
        }
        try {
            return new ReviewReader(name, pkg).decisions();
        } catch (OpenXML4JException | XmlException | RuntimeException e) {
            throw fail(name, "not a readable .xlsx workbook (" + firstLine(e.getMessage()) + ")", e);
        } finally {
            pkg.revert();
        }
    }

    private Reviews decisions() throws IOException, OpenXML4JException, XmlException {
        POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
        if (!DocumentProperties.MARKER_VERSION.equals(property(custom, DocumentProperties.MARKER))) {
            throw fail("not a workbook written by ZoneBrief (no " + DocumentProperties.MARKER + " property)");
        }
        String sheetName = required(custom, DocumentProperties.DETAILS_SHEET);
        List<String> choices = List.of(required(custom, DocumentProperties.REVIEW_CHOICES)
                .split(DocumentProperties.CHOICE_SEPARATOR, -1));
        if (choices.size() != ReviewDecision.Action.values().length) {
            throw fail("property " + DocumentProperties.REVIEW_CHOICES + " must list three choices");
        }
        Map<Column, String> titles = new EnumMap<>(Column.class);
        // workbooks from before the meaning columns name only these three, under their first keys
        titles.put(Column.DETAILS_ID, required(custom, DocumentProperties.ID_HEADER));
        titles.put(Column.DETAILS_REVIEW, required(custom, DocumentProperties.REVIEW_HEADER));
        titles.put(Column.DETAILS_CORRECTION, required(custom, DocumentProperties.CORRECTION_HEADER));
        for (Column c : DocumentProperties.REVIEWED) {
            String title = property(custom, DocumentProperties.header(c));
            if (title != null && !title.isEmpty()) {
                titles.putIfAbsent(c, title);
            }
        }
        XSSFReader reader = new XSSFReader(pkg);
        Cells cells = new Cells(reader.getStylesTable());
        List<String> refused = new ArrayList<>();
        ReviewRows rows = new ReviewRows(choices, refused);
        Map<String, ReviewDecision> figures = new LinkedHashMap<>();
        readTable(reader, cells, sheetName, 0, columns(titles, Column.Group.DETAILS), true, row -> {
            ReviewDecision d = rows.figure(row);
            if (d != null && figures.put(d.figureId(), d) != null) {
                throw fail(row.where(Column.DETAILS_ID) + ": figure id " + d.figureId() + " appears twice");
            }
        });
        Map<String, FactDecision> facts = new LinkedHashMap<>();
        String zoneSheets = property(custom, DocumentProperties.ZONE_SHEETS);
        Map<Column, String> zoneTitles = columns(titles, Column.Group.ZONE);
        if (zoneSheets != null && !zoneSheets.isEmpty() && zoneTitles.containsKey(Column.ZONE_REVIEW)) {
            for (String zoneSheet : zoneSheets.split(DocumentProperties.CHOICE_SEPARATOR)) {
                readTable(reader, cells, zoneSheet, ZoneSheet.HEADER_ROW, zoneTitles, false, row -> {
                    FactDecision d = rows.fact(row);
                    if (d != null) {
                        facts.put(d.factId(), d);
                    }
                });
            }
        }
        return new Reviews(figures, facts, refused);
    }

    private static Map<Column, String> columns(Map<Column, String> titles, Column.Group group) {
        Map<Column, String> out = new EnumMap<>(Column.class);
        titles.forEach((c, t) -> {
            if (c.group() == group) {
                out.put(c, t);
            }
        });
        return out;
    }

    /** Hears about each row below a table's header. */
    @FunctionalInterface
    private interface RowHandler {
        void row(ReviewRows.Row row) throws IOException;
    }

    /**
     * Streams the rows of one sheet below its header row, passing the cells of the {@code titles}
     * columns. A sheet that is missing is an error when {@code required}, else skipped (a zone sheet
     * a reviewer deleted).
     */
    private void readTable(XSSFReader reader, Cells cells, String sheetName, int headerRow, Map<Column, String> titles,
                           boolean required, RowHandler handler) throws IOException, InvalidFormatException {
        PackagePart sheet = sheetPart(reader, sheetName, required);
        if (sheet == null) {
            return;
        }
        Map<Integer, String> header = header(sheet, cells, headerRow);
        Map<Column, Integer> at = new EnumMap<>(Column.class);
        for (Map.Entry<Column, String> t : titles.entrySet()) {
            at.put(t.getKey(), column(header, sheetName, t.getValue()));
        }
        BitSet strings = new BitSet();
        SheetCells.read(sheet, at::containsValue, (row, raw) -> {
            if (row > headerRow) {
                want(strings, raw.values());
            }
            return true;
        });
        cells.strings = SharedStringPicks.read(pkg, strings);
        SheetCells.read(sheet, at::containsValue, (row, raw) -> {
            if (row > headerRow) {
                handler.row(new ReviewRows.Row(sheetName, row, at, titles, col -> cells.text(raw.get(col)),
                        col -> number(raw.get(col), cells.text(raw.get(col)))));
            }
            return true;
        });
    }

    /** How cells show: shared strings picked from the table, numbers through their cell style. */
    private static final class Cells {
        private final StylesTable styles;
        private SharedStringPicks strings;

        Cells(StylesTable styles) {
            this.styles = styles;
        }

        /** The cell's text as Excel shows it, stripped; "" for a missing cell. */
        String text(SheetCells.Raw cell) {
            if (cell == null || cell.value() == null) {
                return "";
            }
            String shown;
            if (cell.sharedString()) {
                shown = strings.get(index(cell));
            } else if ("b".equals(cell.type())) {
                shown = "1".equals(cell.value().strip()) ? "TRUE" : "FALSE";
            } else if (cell.numeric()) {
                shown = number(cell);
            } else {
                shown = cell.value();
            }
            return shown.strip();
        }

        private String number(SheetCells.Raw cell) {
            XSSFCellStyle style = styles == null || cell.style() >= styles.getNumCellStyles() ? null
                    : styles.getStyleAt(cell.style());
            try {
                double v = Double.parseDouble(cell.value().strip());
                return style == null ? FORMATTER.formatRawCellContents(v, 0, "General")
                        : FORMATTER.formatRawCellContents(v, style.getDataFormat(), style.getDataFormatString());
            } catch (NumberFormatException e) {
                return cell.value();
            }
        }
    }

    private Map<Integer, String> header(PackagePart sheet, Cells cells, int headerRow) throws IOException {
        Map<Integer, SheetCells.Raw> first = new TreeMap<>();
        SheetCells.read(sheet, col -> true, (row, raw) -> {
            if (row == headerRow) {
                first.putAll(raw);
            }
            return row < headerRow;
        });
        BitSet strings = new BitSet();
        want(strings, first.values());
        cells.strings = SharedStringPicks.read(pkg, strings);
        Map<Integer, String> out = new TreeMap<>();
        first.forEach((col, c) -> out.put(col, cells.text(c)));
        return out;
    }

    private PackagePart sheetPart(XSSFReader reader, String sheetName, boolean required)
            throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            // sheet names compare as Excel compares them, ignoring case
            if (it.getSheetName().equalsIgnoreCase(sheetName)) {
                return it.getSheetPart();
            }
        }
        if (!required) {
            return null;
        }
        throw fail("the details sheet '" + sheetName + "' is missing");
    }

    private int column(Map<Integer, String> header, String sheetName, String title) throws IOException {
        for (Map.Entry<Integer, String> e : header.entrySet()) {
            if (title.equals(e.getValue())) {
                return e.getKey();
            }
        }
        throw fail("sheet '" + sheetName + "' has no column \"" + title + "\" in its header row");
    }

    private static String property(POIXMLProperties.CustomProperties custom, String key) {
        CTProperty p = custom.getProperty(key);
        return p == null || !p.isSetLpwstr() ? null : p.getLpwstr();
    }

    private String required(POIXMLProperties.CustomProperties custom, String key) throws IOException {
        String v = property(custom, key);
        if (v == null || v.isEmpty()) {
            throw fail("the document property " + key + " is missing");
        }
        return v;
    }

    private static Double number(SheetCells.Raw cell, String shown) {
        try {
            if (cell != null && cell.numeric() && cell.value() != null) {
                return Double.valueOf(cell.value().strip());
            }
            return shown.isEmpty() ? null : Double.valueOf(shown.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Marks the shared strings {@code cells} refer to. */
    private static void want(BitSet strings, Collection<SheetCells.Raw> cells) {
        for (SheetCells.Raw c : cells) {
            if (c.sharedString() && index(c) >= 0) {
                strings.set(index(c));
            }
        }
    }

    private static int index(SheetCells.Raw cell) {
        try {
            return Integer.parseInt(cell.value().strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static String firstLine(String m) {
        return m == null || m.isBlank() ? "damaged content" : m.strip().lines().findFirst().orElse(m);
    }

    private IOException fail(String message) {
        return fail(name, message, null);
    }

    private static IOException fail(String name, String message, Throwable cause) {
        return new IOException(name + ": " + message, cause);
    }
}
