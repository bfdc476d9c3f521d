package io.zonebrief.render.excel;

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

    /** Money shown in 亿元/万元: always two decimals, as Chinese reports print them. */
    static final String MONEY = "#,##0.00";
    /** Whole numbers (counts, base values without a fraction). */
    static final String INTEGER = "#,##0";
    /** Fractional base values and percentages: two to four decimals, never a dangling point. */
    static final String DECIMAL = "#,##0.00##";

    final CellStyle header;
    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle text;
    final CellStyle wrap;
    final CellStyle indented;
    final CellStyle link;
    final CellStyle money;
    final CellStyle integer;
    final CellStyle decimal;
    final CellStyle moneyLink;
    final CellStyle integerLink;
    final CellStyle decimalLink;
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
        Font linkFont = font(wb, false, 11, true);
        link = base(wb);
        link.setFont(linkFont);
        money = number(wb, MONEY, null);
        integer = number(wb, INTEGER, null);
        decimal = number(wb, DECIMAL, null);
        moneyLink = number(wb, MONEY, linkFont);
        integerLink = number(wb, INTEGER, linkFont);
        decimalLink = number(wb, DECIMAL, linkFont);
        percent = number(wb, "0%", null);
        count = number(wb, INTEGER, null);
        count.setAlignment(HorizontalAlignment.CENTER);
        date = number(wb, "yyyy-mm-dd", null);
    }

    /** The number style for a value shown in {@code displayUnit}, linked or not. */
    CellStyle numberFor(double shown, String displayUnit, boolean linked) {
        if (displayUnit.startsWith("亿") || displayUnit.startsWith("万")) {
            return linked ? moneyLink : money;
        }
        boolean whole = shown == Math.rint(shown) && Math.abs(shown) < 1e15;
        if (whole) {
            return linked ? integerLink : integer;
        }
        return linked ? decimalLink : decimal;
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
