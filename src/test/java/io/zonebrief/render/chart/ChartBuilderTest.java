package io.zonebrief.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

class ChartBuilderTest {

    private static ChartBuilder builder() throws IOException {
        return new ChartBuilder(CjkFont.bundled(), List.of(Color.BLUE, Color.RED));
    }

    private static ChartSpec bars(String... categories) {
        List<ChartPoint> points = new ArrayList<>();
        for (int i = 0; i < categories.length; i++) {
            points.add(new ChartPoint("s", categories[i], i + 1, String.valueOf(i + 1)));
        }
        return new ChartSpec("测试", "个", ChartKind.BAR, points, null);
    }

    @Test
    void everyTextIsInTheCjkFont() throws IOException {
        JFreeChart chart = builder().build(bars("高新技术企业数", "科技型中小企业"));
        CategoryPlot plot = chart.getCategoryPlot();
        assertEquals(CjkFont.REGULAR_NAME, plot.getDomainAxis().getTickLabelFont().getFontName());
        assertEquals(CjkFont.REGULAR_NAME, plot.getRangeAxis().getTickLabelFont().getFontName());
        assertEquals(CjkFont.REGULAR_NAME, plot.getRenderer().getDefaultItemLabelFont().getFontName());
    }

    @Test
    void shortLabelsStandUnderVerticalBars() throws IOException {
        JFreeChart chart = builder().build(bars("高企", "科小"));
        assertEquals(PlotOrientation.VERTICAL, chart.getCategoryPlot().getOrientation());
        assertEquals("2", chart.getCategoryPlot().getRenderer().getDefaultItemLabelGenerator()
                .generateLabel(chart.getCategoryPlot().getDataset(), 0, 1));
    }

    @Test
    void longOrManyLabelsLieHorizontallyAndWrap() throws IOException {
        ChartSpec spec = bars("平顶山高新区（2023年1—9月）", "焦作高新区（2024年6—9月）", "郑州高新区（2024年1—6月）");
        assertTrue(ChartBuilder.horizontal(spec));
        JFreeChart chart = builder().build(spec);
        assertEquals(PlotOrientation.HORIZONTAL, chart.getCategoryPlot().getOrientation());
        assertEquals(3, chart.getCategoryPlot().getDomainAxis().getMaximumCategoryLabelLines());
        assertFalse(ChartBuilder.horizontal(bars("高企", "科小", "孵化器")));
    }

    @Test
    void drawsPiesAndBarsWithChineseGlyphs() throws IOException {
        BufferedImage img = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        ChartSpec pie = bars("城市经济类项目", "装备制造类项目", "其余（推算）").withKind(ChartKind.PIE);
        builder().build(pie).draw(g, new Rectangle2D.Double(0, 0, 400, 240));
        builder().build(bars("高企", "科小")).draw(g, new Rectangle2D.Double(0, 0, 400, 240));
        g.dispose();
        assertTrue(CjkFont.bundled().awt(false, 9f).canDisplayUpTo("城市经济类项目其余（推算）") < 0);
    }

    @Test
    void drawsALineThroughPeriodsWithEachValueLabelled() throws IOException {
        ChartSpec spec = bars("2023年1—6月", "2023年1—9月", "2023年1—12月").withKind(ChartKind.LINE);
        assertFalse(ChartBuilder.horizontal(spec), "periods read left to right");
        JFreeChart chart = builder().build(spec);
        CategoryPlot plot = chart.getCategoryPlot();
        assertTrue(plot.getRenderer() instanceof org.jfree.chart.renderer.category.LineAndShapeRenderer);
        assertEquals("3", plot.getRenderer().getDefaultItemLabelGenerator().generateLabel(plot.getDataset(), 0, 2));
        assertTrue(((org.jfree.chart.axis.NumberAxis) plot.getRangeAxis()).getAutoRangeIncludesZero());
        BufferedImage img = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        chart.draw(g, new Rectangle2D.Double(0, 0, 400, 240));
        g.dispose();
    }
}
