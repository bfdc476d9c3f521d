package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import io.zonebrief.extract.Nature;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.render.pdf.BriefingTemplate.ChartType;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 园区对比: the indicators that two or more zones report in the same unit, as a table with each
 * row's period in a column of its own (zones rarely report the same months, and the reader must see
 * that) and a note naming the indicators whose periods differ; a bar chart only of zones reporting
 * the same period, and only while its bars still have room for their labels.
 */
final class ComparisonSection {

    private final BriefingContext ctx;

    ComparisonSection(BriefingContext ctx) {
        this.ctx = ctx;
    }

    void write(Document doc, Section section, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<ZoneSummary> zones = ctx.zones(section).stream()
                .filter(z -> !ZoneSummary.UNKNOWN_ZONE.equals(z.zone())).toList();
        Map<String, Map<String, Fact>> shared = shared(zones, section);
        if (shared.isEmpty()) {
            doc.add(s.paragraph("本期各高新区没有单位相同的共有指标，未作对比。", s.body(), true));
            return;
        }
        doc.add(s.paragraph("下表列出两个及以上高新区都有报道的指标，各取最近一期实际数，每行注明数据所属时期；"
                + "只有时期相同的数值才作对比图。", s.body(), true));
        List<ZoneSummary> columns = zones.stream()
                .filter(z -> shared.values().stream().anyMatch(m -> m.containsKey(z.zone()))).toList();
        ctx.caption("各高新区共有指标对比");
        ctx.table(doc, byRows(shared, columns), false);
        shared.values().forEach(byZone -> byZone.values().forEach(ctx.placed::stated));
        List<String> apart = shared.entrySet().stream().filter(e -> !samePeriod(e.getValue().values()))
                .map(Map.Entry::getKey).toList();
        if (!apart.isEmpty()) {
            doc.add(s.paragraph("注：" + String.join("、", apart) + "各区数据所属时期不同，不宜直接比较。", s.small(), false));
        }
        ChartType type = ctx.template.charts().comparison();
        if (type != ChartType.NONE) {
            List<ChartSpec> charts = ChartPlanner.comparisonCharts(filtered(section)).stream()
                    .filter(c -> c.points().size() <= Limits.CHART_POINTS)
                    .filter(c -> shared.containsKey(c.points().get(0).basis().measure())).toList();
            for (ChartSpec chart : charts) {
                doc.add(ctx.charts.block(ZoneSection.as(chart, type), ctx.width));
                ctx.placed.chart(ctx.charts.placed().size(), chart, zones.stream().flatMap(z -> z.facts().stream()).toList());
            }
            if (columns.size() > Limits.CHART_POINTS) {
                doc.add(s.paragraph("注：报道该指标的高新区超过" + Limits.CHART_POINTS + "个时不作对比图，见上表。", s.small(),
                        false));
            }
        }
    }

    /**
     * One row per zone under each indicator, with the row's own period in a column of its own: zones
     * seldom report the same months, and a reader must not take two periods' values for one period's.
     */
    private Tables byRows(Map<String, Map<String, Fact>> shared, List<ZoneSummary> zones) {
        Tables table = new Tables(ctx.styles, List.of("高新区", "数值", "时期"),
                new int[] {Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT});
        for (Map.Entry<String, Map<String, Fact>> e : shared.entrySet()) {
            table.group(e.getKey());
            for (ZoneSummary z : zones) {
                Fact f = e.getValue().get(z.zone());
                if (f != null) {
                    table.row(z.zone(), FactText.value(f, ctx.links), FactText.period(f));
                }
            }
        }
        return table;
    }

    /** True when every fact covers the same span, or stands as of the same month. */
    static boolean samePeriod(Collection<Fact> facts) {
        return facts.stream().map(FactText::period).distinct().count() == 1;
    }

    /**
     * Label → zone → that zone's latest actual fact, for main indicators two zones report under the
     * same words and unit. The taxonomy groups different measures under one indicator (医疗设备 and
     * 手术量 are both 医疗卫生), so only the articles' own labels say two numbers measure the same thing.
     */
    private Map<String, Map<String, Fact>> shared(List<ZoneSummary> zones, Section section) {
        Map<String, Map<String, Fact>> byKey = new LinkedHashMap<>();
        Comparator<Fact> byPeriod = Comparator.comparing(Fact::period, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ZoneSummary z : zones) {
            Map<String, List<Fact>> byLabel = new LinkedHashMap<>();
            for (Fact f : z.facts()) {
                if (f.indicator() != null && f.nature() == Nature.ACHIEVED && section.shows(f)) {
                    // a level as of a month is not the amount of a span under the same words
                    byLabel.computeIfAbsent(IndicatorTable.label(f) + "\u0000" + f.unit() + "\u0000" + f.periodKind(),
                            k -> new ArrayList<>()).add(f);
                }
            }
            byLabel.forEach((key, facts) -> {
                if (ChartPlanner.unambiguous(facts)) {
                    byKey.computeIfAbsent(key, k -> new LinkedHashMap<>())
                            .put(z.zone(), facts.stream().max(byPeriod).orElseThrow());
                }
            });
        }
        Map<String, Map<String, Fact>> shared = new LinkedHashMap<>();
        byKey.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .sorted(Comparator.comparingInt((Map.Entry<String, Map<String, Fact>> e) -> -e.getValue().size()))
                .limit(Limits.COMPARISON_INDICATORS)
                .forEach(e -> shared.putIfAbsent(e.getKey().substring(0, e.getKey().indexOf('\u0000')), e.getValue()));
        return shared;
    }

    /** The summary with only the facts this section shows, for the chart planner. */
    private Summary filtered(Section section) {
        List<ZoneSummary> zones = ctx.summary.zones().stream()
                .map(z -> new ZoneSummary(z.zone(), z.fullName(), z.province(), z.city(), z.documentIds(),
                        z.facts().stream().filter(section::shows).toList(), z.conflicts()))
                .toList();
        Summary s = ctx.summary;
        return new Summary(s.generatedAt(), s.documents(), s.figures(), zones, s.problems());
    }
}
