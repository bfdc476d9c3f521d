package io.zonebrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.BitSet;
import java.util.Collection;
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
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

/**
 * Reads back the review columns (审核, 修正值) of a workbook that {@link WorkbookRenderer} wrote,
 * so reviewers' decisions can flow into the next run. It finds the details sheet and its columns
 * through the custom document properties the renderer stores, so renamed headers in the template
 * still work; any other workbook is refused with a one-line message naming the file.
 *
 * <p>The details sheet may hold hundreds of thousands of rows, and a workbook saved by Excel keeps
 * all their texts in one shared string table, so the sheet is streamed rather than loaded: the
 * header row first, then the three columns read, then only the shared strings those columns use.
 * Memory grows with the number of decisions, not with the size of the workbook.</p>
 *
 * <pre>
 * Map&lt;String, ReviewDecision&gt; decisions = ReviewReader.read(Path.of("zones.xlsx"));
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

    /** Decisions by figure id, in sheet order; rows with both review cells empty are left out. */
    public static Map<String, ReviewDecision> read(Path file) throws IOException {
        io.zonebrief.internal.FileKind kind = io.zonebrief.internal.FileKind.of(file);
        if (kind == io.zonebrief.internal.FileKind.MISSING) {
            throw new IOException(file + ": no such file (--review)");
        }
        if (!kind.isRegular()) {
            throw new IOException(file + ": is " + kind.description() + ", not a workbook (--review)");
        }
        return read(file, file.toString());
    }

    /**
     * Like {@link #read(Path)} for a stream; {@code name} names the workbook in messages. The stream
     * is copied to a temporary file first, because a zip is read by its directory at the end.
     *
     * @throws IOException when the workbook is not one this renderer wrote or its review columns are broken
     */
    public static Map<String, ReviewDecision> read(InputStream in, String name) throws IOException {
        Path tmp = Files.createTempFile("zonebrief-review", ".xlsx");
        try {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            return read(tmp, name);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Map<String, ReviewDecision> read(Path file, String name) throws IOException {
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

    private Map<String, ReviewDecision> decisions() throws IOException, OpenXML4JException, XmlException {
        POIXMLProperties.CustomProperties custom = new POIXMLProperties(pkg).getCustomProperties();
        if (!DocumentProperties.MARKER_VERSION.equals(property(custom, DocumentProperties.MARKER))) {
            throw fail("not a workbook written by ZoneBrief (no " + DocumentProperties.MARKER + " property)");
        }
        String sheetName = required(custom, DocumentProperties.DETAILS_SHEET);
        String idTitle = required(custom, DocumentProperties.ID_HEADER);
        String reviewTitle = required(custom, DocumentProperties.REVIEW_HEADER);
        String correctionTitle = required(custom, DocumentProperties.CORRECTION_HEADER);
        List<String> choices = List.of(required(custom, DocumentProperties.REVIEW_CHOICES)
                .split(DocumentProperties.CHOICE_SEPARATOR, -1));
        if (choices.size() != ReviewDecision.Action.values().length) {
            throw fail("property " + DocumentProperties.REVIEW_CHOICES + " must list three choices");
        }
        XSSFReader reader = new XSSFReader(pkg);
        PackagePart sheet = sheetPart(reader, sheetName);
        Cells cells = new Cells(reader.getStylesTable());
        Map<Integer, String> header = header(sheet, cells);
        ReviewColumns columns = new ReviewColumns(sheetName, column(header, sheetName, idTitle),
                column(header, sheetName, reviewTitle), column(header, sheetName, correctionTitle), choices);
        BitSet strings = new BitSet();
        SheetCells.read(sheet, columns::wanted, (row, raw) -> {
            if (row > 0) {
                want(strings, raw.values());
            }
            return true;
        });
        cells.strings = SharedStringPicks.read(pkg, strings);
        Map<String, ReviewDecision> out = new LinkedHashMap<>();
        SheetCells.read(sheet, columns::wanted, (row, raw) -> {
            ReviewDecision d = row == 0 ? null : decision(row, raw, columns, cells);
            if (d != null && out.put(d.figureId(), d) != null) {
                throw fail(where(sheetName, row, columns.id()) + ": figure id " + d.figureId() + " appears twice");
            }
            return true;
        });
        return out;
    }

    /** The details sheet's columns the reader needs, and the review choices in action order. */
    private record ReviewColumns(String sheetName, int id, int review, int correction, List<String> choices) {
        boolean wanted(int col) {
            return col == id || col == review || col == correction;
        }
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

    private Map<Integer, String> header(PackagePart sheet, Cells cells) throws IOException {
        Map<Integer, SheetCells.Raw> first = new TreeMap<>();
        SheetCells.read(sheet, col -> true, (row, raw) -> {
            if (row == 0) {
                first.putAll(raw);
            }
            return false;
        });
        BitSet strings = new BitSet();
        want(strings, first.values());
        cells.strings = SharedStringPicks.read(pkg, strings);
        Map<Integer, String> out = new TreeMap<>();
        first.forEach((col, c) -> out.put(col, cells.text(c)));
        return out;
    }

    private ReviewDecision decision(int row, Map<Integer, SheetCells.Raw> raw, ReviewColumns c, Cells cells)
            throws IOException {
        String choice = cells.text(raw.get(c.review()));
        SheetCells.Raw correctionCell = raw.get(c.correction());
        String correction = cells.text(correctionCell);
        if (choice.isEmpty() && correction.isEmpty()) {
            return null;
        }
        String id = cells.text(raw.get(c.id()));
        if (id.isEmpty()) {
            throw fail(where(c.sheetName(), row, c.id()) + ": a reviewed row has no figure id");
        }
        ReviewDecision.Action action;
        if (choice.isEmpty()) {
            action = ReviewDecision.Action.MODIFY;
        } else if (c.choices().contains(choice)) {
            action = ReviewDecision.Action.values()[c.choices().indexOf(choice)];
        } else {
            throw fail(where(c.sheetName(), row, c.review()) + ": review must be one of "
                    + String.join("/", c.choices()) + " but was \"" + choice + "\"");
        }
        return new ReviewDecision(id, action, correction.isEmpty() ? null : correction,
                number(correctionCell, correction));
    }

    private PackagePart sheetPart(XSSFReader reader, String sheetName) throws IOException, InvalidFormatException {
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        while (it.hasNext()) {
            it.next().close();
            // sheet names compare as Excel compares them, ignoring case
            if (it.getSheetName().equalsIgnoreCase(sheetName)) {
                return it.getSheetPart();
            }
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

    private static String where(String sheetName, int row, int col) {
        return SheetNames.quoted(sheetName) + "!" + new CellReference(row, col).formatAsString();
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
