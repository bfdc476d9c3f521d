package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import io.zonebrief.render.chart.ChartKind;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.render.pdf.BriefingTemplate.ChartType;
import io.zonebrief.render.pdf.BriefingTemplate.ChartTypes;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Series;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;

/**
 * 分园区情况: for each zone a heading, a line naming it in full, the table of its own facts (indicator,
 * value in display units, period or the month a level stands as of, nature; at most
 * {@link Limits#ZONE_ROWS}, main indicators first, with a line saying how many more the workbook
 * holds), the notes on values that disagree, the charts that are honest to draw for it, and then,
 * kept apart, its parks and projects and what else its articles say ({@link UnitsPart}).
 */
final class ZoneSection {

    private final BriefingContext ctx;

    ZoneSection(BriefingContext ctx) {
        this.ctx = ctx;
    }

    void write(Document doc, Section section, ZoneSummary zone, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<Fact> shown = distinct(zone.facts().stream().filter(section::shows).toList());
        // what a department reports of its own desk is the zone's, but no indicator of the zone as a whole
        List<Fact> facts = shown.stream().filter(f -> !f.fromDepartment()).toList();
        List<Fact> departments = shown.stream().filter(Fact::fromDepartment).toList();
        doc.add(s.paragraph(describe(zone, facts.size(), departments.size()), s.small(), false));
        if (facts.isEmpty()) {
            // the zone is here for its parks and projects; an empty table would read as "nothing happened"
            doc.add(s.paragraph("报道未给出本区自身的汇总指标，以下为区内园区、项目等的数据。", s.body(), true));
            departments(doc, zone, departments);
            conflicts(doc, zone);
            new UnitsPart(ctx).write(doc, section, zone);
            return;
        }
        new ZoneAnalysis(ctx).write(doc, section, zone);
        List<Fact> listed = Limits.pick(facts, Limits.ZONE_ROWS);
        ctx.caption(zoneName(zone) + "指标一览");
        Tables table = new Tables(s, List.of("类别", "指标", "数值", "时期", "性质"),
                new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT,
                        Element.ALIGN_LEFT});
        String lastCategory = null;
        for (Fact f : listed) {
            String category = Objects.equals(f.category(), lastCategory) ? "" : f.category();
            lastCategory = f.category();
            String[] said = FactText.labelled(IndicatorTable.label(f), f, ctx.links);
            table.row(category, said[0], said[1], FactText.period(f), FactText.nature(f));
        }
        ctx.table(doc, table, false);
        listed.forEach(ctx.placed::stated);
        if (listed.size() < facts.size()) {
            doc.add(s.paragraph(Limits.more(facts.size() - listed.size(), "项指标"), s.small(), false));
        }
        departments(doc, zone, departments);
        conflicts(doc, zone);
        for (ChartSpec chart : charts(zone, facts, listed)) {
            doc.add(ctx.charts.block(chart, ctx.width));
            ctx.placed.chart(ctx.charts.placed().size(), chart, facts);
        }
        new UnitsPart(ctx).write(doc, section, zone);
    }

    /** The figures the zone's departments report of their own work, in a table of their own. */
    private void departments(Document doc, ZoneSummary zone, List<Fact> facts) throws DocumentException {
        if (facts.isEmpty()) {
            return;
        }
        Styles s = ctx.styles;
        List<Fact> listed = Limits.pick(facts, Limits.ZONE_ROWS);
        ctx.caption(zoneName(zone) + "部门工作数据");
        Tables table = new Tables(s, List.of("部门", "指标", "数值", "时期", "性质"),
                new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT,
                        Element.ALIGN_LEFT});
        String lastDepartment = null;
        for (Fact f : listed) {
            String department = Objects.equals(f.subjectName(), lastDepartment) ? "" : f.subjectName();
            lastDepartment = f.subjectName();
            String[] said = FactText.labelled(f.metric(), f, ctx.links);
            table.row(department, said[0], said[1], FactText.period(f), FactText.nature(f));
        }
        ctx.table(doc, table, false);
        listed.forEach(ctx.placed::stated);
        String more = listed.size() < facts.size() ? Limits.more(facts.size() - listed.size(), "项") : "";
        doc.add(s.paragraph("区属部门报告的本部门工作量，是本区的数据，但不代表全区总量，未计入本区主要指标和图表。" + more,
                s.small(), false));
    }

    /** The notes on values that disagree, under the table they qualify and kept on one page with their heading. */
    private void conflicts(Document doc, ZoneSummary zone) throws DocumentException {
        Styles s = ctx.styles;
        List<String> notes = zone.conflicts();
        if (notes.isEmpty()) {
            return;
        }
        int shown = Math.min(notes.size(), Limits.ZONE_ROWS / 3);
        Paragraph block = new Paragraph(s.small().getSize() * 1.6f);
        block.setFont(s.small());
        block.add(s.chunk("数据说明：", s.font(9.5f, true, Styles.TEXT)));
        for (String c : notes.subList(0, shown)) {
            block.add(s.chunk("\n· " + c, s.small()));
        }
        if (notes.size() > shown) {
            block.add(s.chunk("\n· 另有" + (notes.size() - shown) + "条说明，见 summary.json。", s.small()));
        }
        block.setKeepTogether(true);
        block.setSpacingBefore(6f);
        doc.add(block);
    }

    /**
     * The charts that earn their place, at most {@link Limits#ZONE_CHARTS}: a measure over periods
     * first (the one thing a table shows badly), then actual against target, a category's indicators
     * and breakdowns, each drawn from the listed facts so the chart never shows what the table hides.
     */
    private List<ChartSpec> charts(ZoneSummary zone, List<Fact> facts, List<Fact> listed) {
        ChartTypes types = ctx.template.charts();
        List<ChartSpec> charts = new ArrayList<>();
        if (types.series() != ChartType.NONE) {
            ChartPlanner.seriesCharts(zone.zone(), shownSeries(zone, facts), facts).forEach(c -> charts.add(as(c, types.series())));
        }
        if (types.target() != ChartType.NONE) {
            ChartPlanner.targetCharts(zone.zone(), listed).forEach(c -> charts.add(as(c, types.target())));
        }
        if (types.category() != ChartType.NONE) {
            ChartPlanner.categoryCharts(withoutParts(listed)).forEach(c -> charts.add(as(c, types.category())));
        }
        if (types.breakdown() != ChartType.NONE) {
            List<String> parents = listed.stream().flatMap(f -> f.figureIds().stream()).distinct().toList();
            ChartPlanner.breakdownCharts(parents, ctx.links.byId(), ctx.parts())
                    .forEach(c -> charts.add(as(c, types.breakdown())));
        }
        return charts.stream().filter(c -> c.points().size() <= Limits.CHART_POINTS).limit(Limits.ZONE_CHARTS).toList();
    }

    /** A part beside its whole would look like two separate things; the breakdown chart shows parts. */
    private List<Fact> withoutParts(List<Fact> facts) {
        return facts.stream().filter(f -> f.figureIds().stream().map(ctx.links::figure)
                .noneMatch(x -> x != null && "part".equals(x.role()) && x.parentId() != null)).toList();
    }

    /** The zone's series whose facts the section shows. */
    private static List<Series> shownSeries(ZoneSummary zone, List<Fact> facts) {
        Set<String> shown = new HashSet<>();
        facts.forEach(f -> shown.addAll(f.figureIds()));
        return zone.series().stream()
                .filter(x -> x.points().stream().allMatch(p -> p.figureIds().stream().anyMatch(shown::contains)))
                .toList();
    }

    static ChartSpec as(ChartSpec spec, ChartType type) {
        return spec.withKind(switch (type) {
            case PIE -> ChartKind.PIE;
            case LINE -> ChartKind.LINE;
            case BAR, NONE -> ChartKind.BAR;
        });
    }

    /**
     * The facts without repeats: two sentences' words for one number of one indicator (招商引资信息232条
     * and 招商引资项目232条 of the same months, both 招商线索) are one fact to a reader, listed once under
     * the first label. Equal values of different indicators (two rates of 100%) stay apart.
     */
    static List<Fact> distinct(List<Fact> facts) {
        Set<List<Object>> seen = new HashSet<>();
        // one indicator of the taxonomy and one value; without an indicator only the same words say it is the same
        return facts.stream().filter(f -> seen.add(Arrays.asList(f.indicator() != null ? f.indicator() : f.metric(),
                f.value(), f.unit(), f.qualifier(), f.nature(), f.periodKind(), f.period(), f.asOf(),
                f.subjectName()))).toList();
    }

    static String zoneName(ZoneSummary z) {
        return ZoneSummary.UNKNOWN_ZONE.equals(z.zone()) ? "未识别园区" : z.zone();
    }

    /** The zone's line under its heading; {@code facts} is what its table and the line under it account for. */
    private String describe(ZoneSummary z, int facts, int departments) {
        List<String> parts = new ArrayList<>();
        if (z.fullName() != null) {
            parts.add(z.fullName());
        }
        String place = (z.province() == null ? "" : z.province()) + (z.city() == null ? "" : z.city());
        if (!place.isEmpty()) {
            parts.add(place);
        }
        int units = z.units().stream().mapToInt(u -> u.facts().size()).sum();
        parts.add(ctx.age(z));
        parts.add("依据报道" + z.documentIds().size() + "篇，指标事实" + facts + "项"
                + (departments == 0 ? "" : "，部门工作数据" + departments + "项")
                + (units == 0 ? "" : "，园区与项目数据" + units + "项")
                + (z.context().isEmpty() ? "" : "，相关情况" + z.context().size() + "项"));
        return String.join("　|　", parts);
    }
}
