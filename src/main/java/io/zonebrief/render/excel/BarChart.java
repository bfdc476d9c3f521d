package io.zonebrief.render.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * A native, editable column chart over two adjacent columns of a sheet (labels, values). Each
 * series gets an explicit solid fill and cached values: LibreOffice draws no bars for a series
 * that lacks them, although Excel would.
 */
final class BarChart {

    /** Bars in the blue of the header fill's family, dark enough to print in grey. */
    private static final byte[] BAR_COLOUR = {(byte) 0x2F, (byte) 0x55, (byte) 0x97};

    private BarChart() {
    }

    /**
     * The chart's data as written in the sheet: labels in {@code labelCol} from {@code firstRow} on,
     * values in the next column. The values are kept here too, because the chart caches them and
     * the rows of a streamed sheet may already be on disk when it is drawn.
     */
    record Data(int firstRow, int labelCol, List<String> labels, List<Double> values) {
        int lastRow() {
            return firstRow + labels.size() - 1;
        }
    }

    /**
     * Draws the chart in the cell box {@code box} (columns and rows, end exclusive).
     *
     * @param title        chart title, e.g. "签约项目数（个）"
     * @param numberFormat format of the data labels (the value axis keeps General: 0, 20, 40)
     */
    static XSSFChart draw(Sheet sheet, Data d, String title, String numberFormat, CellRangeAddress box) {
        XSSFDrawing drawing = drawing(sheet);
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, box.getFirstColumn(), box.getFirstRow(),
                box.getLastColumn(), box.getLastRow());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat("General"); // axis ticks 0, 20, 40 rather than 0.00, 20.00
        y.setMinimum(0);

        String name = sheet.getSheetName();
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromArray(d.labels().toArray(String[]::new),
                new CellRangeAddress(d.firstRow(), d.lastRow(), d.labelCol(), d.labelCol()).formatAsString(name, true));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromArray(d.values().toArray(Double[]::new),
                new CellRangeAddress(d.firstRow(), d.lastRow(), d.labelCol() + 1, d.labelCol() + 1)
                        .formatAsString(name, true));
        values.setFormatCode(numberFormat);

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(labels, values);
        series.setTitle(title, new CellReference(name, Math.max(0, d.firstRow() - 1), d.labelCol() + 1, true, true));
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(BAR_COLOUR)));
        showValues(series, numberFormat);
        chart.plot(data);
        return chart;
    }

    /** The sheet's drawing; a streamed sheet draws on the in-memory sheet behind it. */
    private static XSSFDrawing drawing(Sheet sheet) {
        if (sheet instanceof SXSSFSheet s) {
            s.createDrawingPatriarch();
            return s.getDrawingPatriarch();
        }
        return ((XSSFSheet) sheet).createDrawingPatriarch();
    }

    private static void showValues(XDDFBarChartData.Series series, String numberFormat) {
        CTDLbls labels = series.getCTBarSer().addNewDLbls();
        labels.addNewNumFmt().setFormatCode(numberFormat);
        labels.getNumFmt().setSourceLinked(false);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }
}
