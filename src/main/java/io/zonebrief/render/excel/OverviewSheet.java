package io.zonebrief.render.excel;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Period;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.render.chart.ChartPoint;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The 概览 sheet: one row per zone with its key indicators, the months its data covers and its
 * document count, then bar charts comparing zones only on like with like: the same indicator in the
 * same unit, of the same nature and for the same period.
 */
final class OverviewSheet {

    static final int HEADER_ROW = 3;
    private static final int MAX_CHARTS = 2;
    private static final int FULL_NAME_WIDTH = 24;

    private final Summary summary;
    private final WorkbookTemplate template;
    private final FigureIndex index;
    private final Map<String, String> zoneSheets;

    OverviewSheet(Summary summary, WorkbookTemplate template, FigureIndex index, Map<String, String> zoneSheets) {
        this.summary = summary;
        this.template = template;
        this.index = index;
        this.zoneSheets = zoneSheets;
    }

    /** One overview column: an indicator with the display unit its values share (null when units differ). */
    private record IndicatorColumn(String indicator, String baseUnit, String displayUnit, List<Fact> facts) {
    }

    void write(XSSFSheet sheet, Styles styles) {
        SheetWriter w = new SheetWriter(sheet, styles);
        writeHeading(w);
        List<IndicatorColumn> columns = indicatorColumns();
        List<String> headers = new ArrayList<>(template.headers(Column.Group.OVERVIEW));
        for (IndicatorColumn c : columns) {
            headers.add(c.displayUnit() == null ? c.indicator() : c.indicator() + "（" + c.displayUnit() + "）");
            headers.add(c.indicator() + "期间");
        }
        w.header(HEADER_ROW, headers);
        w.cap(Column.OVERVIEW_FULL_NAME.index(), FULL_NAME_WIDTH);
        List<ZoneSummary> zones = summary.zones();
        for (int z = 0; z < zones.size(); z++) {
            Row row = w.row(HEADER_ROW + 1 + z);
            writeZone(w, row, zones.get(z));
            int col = Column.Group.OVERVIEW.columns().size();
            for (IndicatorColumn c : columns) {
                writeIndicator(w, row, col, c, c.facts().get(z));
                col += 2;
            }
        }
        int lastRow = HEADER_ROW + Math.max(1, zones.size());
        w.form(HEADER_ROW, lastRow, headers.size(), true);
        ChartBlock charts = new ChartBlock(w);
        int next = lastRow + 2;
        for (ChartSpec chart : ChartPlanner.comparisonCharts(summary).stream().limit(MAX_CHARTS).toList()) {
            next = addChart(charts, next, chart);
        }
        w.applyWidths();
        charts.drawAll();
    }

    private void writeHeading(SheetWriter w) {
        w.label(w.row(0), 0, template.title(), w.styles.title);
        StringBuilder line = new StringBuilder();
        if (summary.generatedAt() != null) {
            line.append("生成时间：").append(summary.generatedAt()).append("；");
        }
        line.append("高新区 ").append(summary.zones().size()).append(" 个，文档 ").append(summary.documents().size())
                .append(" 篇，数据 ").append(summary.figures().size()).append(" 条");
        if (!summary.problems().isEmpty()) {
            line.append("；未能使用的文件 ").append(summary.problems().size()).append(" 个（见“")
                    .append(template.sourcesSheet()).append("”）");
        }
        w.label(w.row(1), 0, line.toString(), w.styles.subtitle);
    }

    private void writeZone(SheetWriter w, Row row, ZoneSummary zone) {
        Cell name = w.text(row, Column.OVERVIEW_ZONE.index(), zone.zone(), w.styles.link);
        w.link(name, SheetNames.quoted(zoneSheets.get(zone.zone())) + "!A1");
        w.text(row, Column.OVERVIEW_FULL_NAME.index(), zone.fullName(), w.styles.wrap);
        w.text(row, Column.OVERVIEW_PROVINCE.index(), zone.province());
        w.text(row, Column.OVERVIEW_CITY.index(), zone.city());
        w.number(row, Column.OVERVIEW_DOCUMENTS.index(), zone.documentIds().size(), w.styles.count,
                String.valueOf(zone.documentIds().size()));
        w.number(row, Column.OVERVIEW_FACTS.index(), zone.facts().size(), w.styles.count,
                String.valueOf(zone.facts().size()));
        w.text(row, Column.OVERVIEW_PERIODS.index(), span(zone));
    }

    private void writeIndicator(SheetWriter w, Row row, int col, IndicatorColumn c, Fact fact) {
        if (fact == null) {
            return;
        }
        Cell cell;
        if (c.displayUnit() != null) {
            Shown s = Shown.in(fact.value(), fact.unit(), c.displayUnit());
            cell = w.number(row, col, s.number(), w.styles.numberFor(s.number(), true), s.numberText());
        } else {
            cell = w.text(row, col, NumberStyle.format(fact.value(), fact.unit(),
                    Labels.qualifier(fact.qualifier(), fact.value(), index.valueFigure(fact))), w.styles.link);
        }
        Figure first = index.valueFigure(fact);
        String address = first == null ? null : index.address(first.id());
        if (address != null) {
            w.link(cell, address);
        }
        w.text(row, col + 1, Labels.when(fact.periodKind(), fact.period(), fact.asOf()));
    }

    private List<IndicatorColumn> indicatorColumns() {
        List<ZoneSummary> zones = summary.zones();
        List<Map<String, Fact>> keyFacts = zones.stream().map(KeyFacts::byIndicator).toList();
        List<IndicatorColumn> out = new ArrayList<>();
        for (String indicator : KeyFacts.overviewIndicators(zones, template.overviewIndicators(),
                template.maxIndicators())) {
            List<Fact> facts = keyFacts.stream().map(m -> m.get(indicator)).toList();
            List<String> units = facts.stream().filter(f -> f != null).map(Fact::unit).distinct().toList();
            String base = units.size() == 1 ? units.get(0) : null;
            String display = base == null ? null : Shown.commonUnit(facts.stream().filter(f -> f != null)
                    .map(Fact::value).toList(), base);
            out.add(new IndicatorColumn(indicator, base, display, facts));
        }
        return out;
    }

    /**
     * A chart of zones that report one indicator in one unit, of one nature, for the same period (a
     * flow) or month (a level), as {@link ChartPlanner#comparisonCharts} finds them; values of
     * different periods stay in the table above, each beside its period.
     */
    private int addChart(ChartBlock charts, int startRow, ChartSpec chart) {
        List<String> labels = new ArrayList<>();
        List<Shown> values = new ArrayList<>();
        for (ChartPoint p : chart.points()) {
            labels.add(p.category());
            values.add(new Shown(p.value(), chart.unit(), p.label() + chart.unit()));
        }
        return charts.add(startRow, 0, template.header(Column.OVERVIEW_ZONE),
                template.header(Column.ZONE_VALUE) + "（" + chart.unit() + "）", chart.caption(), labels, values);
    }

    /** The months all of a zone's dated facts cover together, e.g. "2024年1—9月". */
    private static String span(ZoneSummary zone) {
        YearMonth from = null;
        YearMonth to = null;
        for (Fact f : zone.facts()) {
            Period p = f.period();
            if (p != null) {
                from = from == null || p.from().isBefore(from) ? p.from() : from;
                to = to == null || p.to().isAfter(to) ? p.to() : to;
            }
        }
        return from == null ? Labels.period(null) : new Period(from, to).label();
    }
}
