package io.zonebrief.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardPieSectionLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * Draws a {@link ChartSpec} as a JFreeChart in the briefing's style: the CJK font for every text
 * (JFreeChart's default Tahoma/SansSerif has no Chinese glyphs, or no glyphs at all on a bare
 * server), flat bars with the value printed on each, and long category labels wrapped onto up to
 * three lines or laid out horizontally so they never overlap.
 */
public final class ChartBuilder {

    private static final int MAX_LABEL_LINES = 3;
    private static final Color GRID = new Color(0xD9D9D9);
    private static final Color TEXT = new Color(0x262626);

    private final CjkFont font;
    private final List<Color> palette;

    /**
     * @param font    the font every label is drawn in
     * @param palette series and slice colours, first the main accent
     */
    public ChartBuilder(CjkFont font, List<Color> palette) {
        this.font = Objects.requireNonNull(font, "font");
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("palette must have at least one colour");
        }
        this.palette = List.copyOf(palette);
    }

    /** The chart for {@code spec}, without a title: the briefing prints the caption as text. */
    public JFreeChart build(ChartSpec spec) {
        JFreeChart chart = switch (spec.kind()) {
            case PIE -> pie(spec);
            case LINE -> line(spec);
            case BAR -> bar(spec);
        };
        theme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setFrame(BlockBorder.NONE);
            legend.setPosition(RectangleEdge.TOP);
        }
        if (spec.kind() == ChartKind.PIE) {
            stylePie(spec, (PiePlot<?>) chart.getPlot());
        } else if (spec.kind() == ChartKind.LINE) {
            styleLine(spec, chart.getCategoryPlot());
        } else {
            styleBars(spec, chart.getCategoryPlot());
        }
        return chart;
    }

    /** True when the category labels are too long or too many to stand side by side under the bars. */
    public static boolean horizontal(ChartSpec spec) {
        if (spec.kind() == ChartKind.LINE) {
            return false;
        }
        List<String> categories = spec.categories();
        int longest = categories.stream().mapToInt(String::length).max().orElse(0);
        return categories.size() > 6 || longest * categories.size() > 48;
    }

    private StandardChartTheme theme() {
        StandardChartTheme theme = new StandardChartTheme("ZoneBrief");
        theme.setExtraLargeFont(font.awt(true, 13f));
        theme.setLargeFont(font.awt(true, 10f));
        theme.setRegularFont(font.awt(false, 9f));
        theme.setSmallFont(font.awt(false, 8f));
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setPlotOutlinePaint(Color.WHITE);
        theme.setRangeGridlinePaint(GRID);
        theme.setDomainGridlinePaint(GRID);
        theme.setAxisLabelPaint(TEXT);
        theme.setTickLabelPaint(TEXT);
        theme.setItemLabelPaint(TEXT);
        theme.setLegendItemPaint(TEXT);
        theme.setBarPainter(new StandardBarPainter());
        theme.setShadowVisible(false);
        theme.setAxisOffset(RectangleInsets.ZERO_INSETS);
        return theme;
    }

    private JFreeChart bar(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        spec.points().forEach(p -> data.addValue(p.value(), p.series(), p.category()));
        PlotOrientation orientation = horizontal(spec) ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        return ChartFactory.createBarChart(null, null, null, data, orientation, spec.series().size() > 1,
                false, false);
    }

    private JFreeChart line(ChartSpec spec) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        spec.points().forEach(p -> data.addValue(p.value(), p.series(), p.category()));
        return ChartFactory.createLineChart(null, null, null, data, PlotOrientation.VERTICAL, false, false, false);
    }

    /** Points marked and labelled with their value; the axis starts at zero so a small change is not drawn as a cliff. */
    private void styleLine(ChartSpec spec, CategoryPlot plot) {
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(MAX_LABEL_LINES);
        axis.setLowerMargin(0.08);
        axis.setUpperMargin(0.08);
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setAutoRangeIncludesZero(true);
        range.setUpperMargin(0.2);
        range.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        renderer.setSeriesPaint(0, palette.get(0));
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-3, -3, 6, 6));
        renderer.setDefaultItemLabelGenerator(new Labels(spec));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font.awt(false, 8f));
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
    }

    private JFreeChart pie(ChartSpec spec) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        spec.points().forEach(p -> data.setValue(p.category(), p.value()));
        return ChartFactory.createPieChart(null, data, false, false, false);
    }

    private void styleBars(ChartSpec spec, CategoryPlot plot) {
        plot.setRangeGridlineStroke(new BasicStroke(0.5f));
        plot.setOutlineVisible(false);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setMaximumCategoryLabelLines(MAX_LABEL_LINES);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.04);
        axis.setUpperMargin(0.04);
        if (plot.getOrientation() == PlotOrientation.HORIZONTAL) {
            axis.setMaximumCategoryLabelWidthRatio(0.32f);
            plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        }
        NumberAxis range = (NumberAxis) plot.getRangeAxis();
        range.setUpperMargin(0.18);
        range.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.05);
        for (int i = 0; i < spec.series().size(); i++) {
            renderer.setSeriesPaint(i, palette.get(i % palette.size()));
        }
        renderer.setDefaultItemLabelGenerator(new Labels(spec));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(font.awt(false, 8f));
        boolean horizontal = plot.getOrientation() == PlotOrientation.HORIZONTAL;
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(
                horizontal ? ItemLabelAnchor.OUTSIDE3 : ItemLabelAnchor.OUTSIDE12,
                horizontal ? TextAnchor.CENTER_LEFT : TextAnchor.BOTTOM_CENTER));
    }

    private void stylePie(ChartSpec spec, PiePlot<?> plot) {
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        plot.setLabelFont(font.awt(false, 8.5f));
        plot.setLabelBackgroundPaint(Color.WHITE);
        plot.setLabelOutlinePaint(GRID);
        plot.setLabelShadowPaint(null);
        plot.setMaximumLabelWidth(0.22);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setLabelGenerator(new StandardPieSectionLabelGenerator("{0}：{1}",
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)),
                new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        List<String> categories = spec.categories();
        for (int i = 0; i < categories.size(); i++) {
            setSectionPaint(plot, categories.get(i), palette.get(i % palette.size()));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void setSectionPaint(PiePlot plot, String key, Paint paint) {
        plot.setSectionPaint(key, paint);
    }

    /** Prints each bar's own label (formatted like the tables) rather than JFreeChart's number format. */
    private static final class Labels implements CategoryItemLabelGenerator, java.io.Serializable {
        private final Map<String, String> labels = new HashMap<>();

        Labels(ChartSpec spec) {
            spec.points().forEach(p -> labels.put(p.series() + "\u0000" + p.category(), p.label()));
        }

        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return dataset.getRowKey(row).toString();
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return dataset.getColumnKey(column).toString();
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels.get(dataset.getRowKey(row) + "\u0000" + dataset.getColumnKey(column));
        }
    }
}
