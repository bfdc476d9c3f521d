package io.zonebrief.render.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Chart data written as a small visible table, with a bar chart beside it that reads those cells,
 * so that a user who edits a number sees the chart follow; the chart also caches the values, since
 * a streamed sheet cannot be read back. Charts are drawn last, in
 * {@link #drawAll()}, because their size in columns depends on the final column widths.
 */
final class ChartBlock {

    /** About 640 px wide and 300 px high at Excel's default zoom. */
    private static final int CHART_CHARS = 80;
    private static final int CHART_ROWS = 18;
    private static final int GAP_COLUMNS = 1;

    private record Pending(int firstRow, int lastRow, int labelCol, String title, String format, int top, int bottom,
                           List<String> labels, List<Double> values) {
    }

    private final SheetWriter writer;
    private final List<Pending> pending = new ArrayList<>();

    ChartBlock(SheetWriter writer) {
        this.writer = writer;
    }

    /**
     * Writes the data table at {@code startRow} (a heading row, then one row per bar) and plans a
     * chart beside it; the value column's header ("数值（亿元）") names the series.
     *
     * @return the first free row below both the table and the chart
     */
    int add(int startRow, int labelCol, String labelHeader, String valueHeader, String title, List<String> labels,
            List<Shown> values) {
        Row head = writer.row(startRow);
        writer.text(head, labelCol, labelHeader, writer.styles.header);
        // the chart says its title; a header as long would widen the value column of the table above
        writer.text(head, labelCol + 1, valueHeader, writer.styles.header);
        for (int i = 0; i < labels.size(); i++) {
            Row r = writer.row(startRow + 1 + i);
            writer.text(r, labelCol, labels.get(i));
            Shown s = values.get(i);
            writer.number(r, labelCol + 1, s.number(), writer.styles.numberFor(s.number(), false), s.numberText());
        }
        int last = startRow + labels.size();
        String format = Styles.SHOWN.get(values.stream().mapToInt(v -> Styles.decimals(v.number())).max().orElse(0));
        int bottom = Math.max(last + 1, startRow + CHART_ROWS);
        pending.add(new Pending(startRow + 1, last, labelCol, title, format, startRow, bottom, List.copyOf(labels),
                values.stream().map(Shown::number).toList()));
        return bottom + 1;
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /**
     * Draws every planned chart; call after the sheet's column widths are set. The charts start on a
     * new printed page, and each goes to the next page when it would not fit on the rest of this one,
     * so that no chart prints cut in two.
     */
    void drawAll() {
        Sheet sheet = writer.sheet;
        int perPage = writer.rowsPerPage();
        int used = perPage;
        for (Pending p : pending) {
            int rows = p.bottom() - p.top() + 2;
            if (used + rows > perPage) {
                sheet.setRowBreak(p.top() - 1);
                used = 0;
            }
            used += rows;
            int firstCol = p.labelCol() + 2 + GAP_COLUMNS;
            int lastCol = firstCol;
            for (int chars = 0; chars < CHART_CHARS && lastCol < firstCol + 30; lastCol++) {
                chars += sheet.getColumnWidth(lastCol) / 256;
            }
            BarChart.draw(sheet, new BarChart.Data(p.firstRow(), p.labelCol(), p.labels(), p.values()), p.title(),
                    p.format(), new CellRangeAddress(p.top(), p.bottom(), firstCol, lastCol));
        }
    }
}
