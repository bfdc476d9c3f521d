package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import io.zonebrief.render.chart.ChartKind;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.render.pdf.BriefingTemplate.ChartType;
import io.zonebrief.render.pdf.BriefingTemplate.ChartTypes;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * 分园区情况: for each zone a heading, a line naming it in full, the table of every fact it has
 * (indicator, value in display units, period, actual or target), the charts that are honest to draw
 * for it, and the notes on values that disagree.
 */
final class ZoneSection {

    private final BriefingContext ctx;

    ZoneSection(BriefingContext ctx) {
        this.ctx = ctx;
    }

    void write(Document doc, Section section, ZoneSummary zone, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        doc.add(s.paragraph(describe(zone), s.small(), false));
        List<Fact> facts = zone.facts().stream().filter(section::shows).toList();
        doc.add(Tables.caption(s, ctx.nextTable(), zoneName(zone) + "指标一览"));
        Tables table = new Tables(s, new float[] {15, 33, 20, 20, 12}, List.of("类别", "指标", "数值", "时期", "性质"),
                new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT,
                        Element.ALIGN_LEFT});
        String lastCategory = null;
        for (Fact f : facts) {
            String category = Objects.equals(f.category(), lastCategory) ? "" : f.category();
            lastCategory = f.category();
            String label = f.subjectName() == null || f.label().contains(f.subjectName()) ? f.label()
                    : f.subjectName() + "·" + f.label();
            table.row(category, label, FactText.value(f), FactText.period(f), FactText.modality(f.modality()));
        }
        doc.add(table.table());
        for (ChartSpec chart : charts(zone, facts)) {
            doc.add(ctx.charts.block(chart, ctx.width));
        }
        if (!zone.conflicts().isEmpty()) {
            doc.add(s.paragraph("数据说明：", s.font(9.5f, true, Styles.TEXT), false));
            for (String c : zone.conflicts()) {
                doc.add(s.paragraph("· " + c, s.small(), false));
            }
        }
    }

    private List<ChartSpec> charts(ZoneSummary zone, List<Fact> facts) {
        ChartTypes types = ctx.template.charts();
        List<ChartSpec> charts = new ArrayList<>();
        if (types.category() != ChartType.NONE) {
            ChartPlanner.categoryCharts(facts).forEach(c -> charts.add(as(c, types.category())));
        }
        if (types.breakdown() != ChartType.NONE) {
            ChartPlanner.breakdownCharts(ctx.summary, zone).forEach(c -> charts.add(as(c, types.breakdown())));
        }
        if (types.target() != ChartType.NONE) {
            ChartPlanner.targetCharts(facts).forEach(c -> charts.add(as(c, types.target())));
        }
        return charts;
    }

    static ChartSpec as(ChartSpec spec, ChartType type) {
        return spec.withKind(type == ChartType.PIE ? ChartKind.PIE : ChartKind.BAR);
    }

    static String zoneName(ZoneSummary z) {
        return ZoneSummary.UNKNOWN_ZONE.equals(z.zone()) ? "未识别园区" : z.zone();
    }

    private String describe(ZoneSummary z) {
        List<String> parts = new ArrayList<>();
        if (z.fullName() != null) {
            parts.add(z.fullName());
        }
        String place = (z.province() == null ? "" : z.province()) + (z.city() == null ? "" : z.city());
        if (!place.isEmpty()) {
            parts.add(place);
        }
        parts.add("依据报道" + z.documentIds().size() + "篇，指标事实" + z.facts().size() + "项");
        return String.join("　|　", parts);
    }
}
