package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import io.zonebrief.extract.Modality;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.render.pdf.BriefingTemplate.ChartType;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 园区对比: the indicators that two or more zones report in the same unit, as a table (each value
 * with its period) and a bar chart per indicator whose bar labels name the period, because zones
 * rarely report the same months and the reader must see that.
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
        doc.add(s.paragraph("下表列出两个及以上高新区都有报道的指标，各取最近一期实际数；括注为数据所属时期，"
                + "时期不同的数值仅供参考，不宜直接比较。", s.body(), true));
        List<ZoneSummary> columns = zones.stream()
                .filter(z -> shared.values().stream().anyMatch(m -> m.containsKey(z.zone()))).toList();
        float[] widths = new float[columns.size() + 1];
        widths[0] = 24;
        List<String> headers = new ArrayList<>(List.of("指标"));
        int[] aligns = new int[columns.size() + 1];
        aligns[0] = Element.ALIGN_LEFT;
        for (int i = 0; i < columns.size(); i++) {
            widths[i + 1] = 76f / columns.size();
            headers.add(columns.get(i).zone());
            aligns[i + 1] = Element.ALIGN_RIGHT;
        }
        doc.add(Tables.caption(s, ctx.nextTable(), "各高新区共有指标对比"));
        Tables table = new Tables(s, widths, headers, aligns);
        for (Map.Entry<String, Map<String, Fact>> e : shared.entrySet()) {
            String[] row = new String[columns.size() + 1];
            row[0] = e.getKey();
            for (int i = 0; i < columns.size(); i++) {
                Fact f = e.getValue().get(columns.get(i).zone());
                row[i + 1] = f == null ? "—" : FactText.value(f) + "\n（" + FactText.period(f) + "）";
            }
            table.row(row);
        }
        doc.add(table.table());
        ChartType type = ctx.template.charts().comparison();
        if (type != ChartType.NONE) {
            for (ChartSpec chart : ChartPlanner.comparisonCharts(filtered(section))) {
                doc.add(ctx.charts.block(ZoneSection.as(chart, type), ctx.width));
            }
        }
    }

    /** Indicator (with unit) → zone → that zone's latest actual fact, for indicators two zones share. */
    private Map<String, Map<String, Fact>> shared(List<ZoneSummary> zones, Section section) {
        Map<String, Map<String, Fact>> byKey = new LinkedHashMap<>();
        Comparator<Fact> byPeriod = Comparator.comparing(Fact::period, Comparator.nullsFirst(Comparator.naturalOrder()));
        for (ZoneSummary z : zones) {
            for (Fact f : z.facts()) {
                if (f.indicator() == null || f.modality() != Modality.ACTUAL || !section.shows(f)) {
                    continue;
                }
                Map<String, Fact> perZone = byKey.computeIfAbsent(f.indicator() + "\u0000" + f.unit(),
                        k -> new LinkedHashMap<>());
                perZone.merge(z.zone(), f, (a, b) -> byPeriod.compare(b, a) > 0 ? b : a);
            }
        }
        Map<String, Map<String, Fact>> shared = new LinkedHashMap<>();
        byKey.forEach((k, v) -> {
            if (v.size() >= 2) {
                shared.put(k.substring(0, k.indexOf('\u0000')), v);
            }
        });
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
