package io.zonebrief.render.excel;

import io.zonebrief.render.NumberStyle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of the workbook, created once: a workbook may hold only about 64,000 styles,
 * so cells share these instead of making their own.
 */
final class Styles {

    /**
     * Values in display units, by the decimals the value needs (at most two): 200, 32.1, 129.53, never
     * 32.00, and no thousands separators (GB/T 15835, as {@link NumberStyle} writes numbers).
     */
    static final List<String> SHOWN = List.of("0", "0.0", "0.00");
    /** Whole numbers (counts, base values without a fraction). */
    static final String INTEGER = "0";
    /** Fractional base values and percentages: one to four decimals, never a dangling point. */
    static final String DECIMAL = "0.0###";

    final CellStyle header;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle indented;
    final CellStyle link;
    final CellStyle integer;
    final CellStyle decimal;
    /** By decimals (0, 1, 2), plain and linked. */
    private final List<CellStyle> shown;
    private final List<CellStyle> shownLink;
    final CellStyle percent;
    /** Small counts (documents, figures) centred, so they do not run into the text beside them. */
    final CellStyle count;
    final CellStyle date;
    final CellStyle section;

    Styles(Workbook wb) {
        header = header(wb);
        title = withFont(wb, font(wb, true, 16, false));
        subtitle = withFont(wb, font(wb, false, 10, false));
        section = withFont(wb, font(wb, true, 12, false));
        text = base(wb);
        wrap = base(wb);
        wrap.setWrapText(true);
        indented = base(wb);
        indented.setAlignment(HorizontalAlignment.LEFT);
        indented.setIndention((short) 2);
        indented.setWrapText(true);
        Font linkFont = font(wb, false, 11, true);
        link = base(wb);
        link.setFont(linkFont);
        integer = number(wb, INTEGER, null);
        decimal = number(wb, DECIMAL, null);
        shown = SHOWN.stream().map(f -> number(wb, f, null)).toList();
        shownLink = SHOWN.stream().map(f -> number(wb, f, linkFont)).toList();
        percent = number(wb, "0%", null);
        count = number(wb, INTEGER, null);
        count.setAlignment(HorizontalAlignment.CENTER);
        date = number(wb, "yyyy-mm-dd", null);
    }

    /** The number style for a value in its display unit, linked or not: as many decimals as it needs, up to two. */
    CellStyle numberFor(double value, boolean linked) {
        return (linked ? shownLink : shown).get(decimals(value));
    }

    /** The number format of {@link #numberFor}: "0", "0.0" or "0.00". */
    static String formatFor(double value) {
        return SHOWN.get(decimals(value));
    }

    /** The decimals {@link NumberStyle} writes a value with: 0 for 200, 1 for 32.1, 2 for 129.53 and 21.2805. */
    static int decimals(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return 0;
        }
        int scale = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().scale();
        return Math.max(0, Math.min(2, scale));
    }

    private static CellStyle header(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font(wb, true, 11, false));
        s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setAlignment(HorizontalAlignment.CENTER);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setWrapText(true);
        return s;
    }

    private static CellStyle base(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private static CellStyle number(Workbook wb, String format, Font f) {
        CellStyle s = base(wb);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        if (f != null) {
            s.setFont(f);
        }
        return s;
    }

    private static CellStyle withFont(Workbook wb, Font f) {
        CellStyle s = base(wb);
        s.setFont(f);
        return s;
    }

    private static Font font(Workbook wb, boolean bold, int points, boolean link) {
        Font f = wb.createFont();
        f.setBold(bold);
        f.setFontHeightInPoints((short) points);
        if (link) {
            f.setUnderline(Font.U_SINGLE);
            f.setColor(IndexedColors.BLUE.getIndex());
        }
        return f;
    }
}
