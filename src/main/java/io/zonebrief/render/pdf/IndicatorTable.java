package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 附表 主要指标完成情况表, with the columns of a real briefing: 指标, 单位, 本期数值, 时期, 同比增长(%),
 * 年度目标, 完成进度(%). The last three are filled only where an article states them (a growth figure
 * or a share of plan attached to the row's figure, a target of the same measure for the year the row
 * falls in); nothing is computed, and a cell the articles leave open prints "—". A label whose values
 * do not line up in time (总投资 of five projects) names several things and gets no row.
 */
final class IndicatorTable {

    private static final String NONE = "—";
    private static final Comparator<Fact> BY_PERIOD =
            Comparator.comparing(Fact::period, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final BriefingContext ctx;

    IndicatorTable(BriefingContext ctx) {
        this.ctx = ctx;
    }

    /** One row: the latest actual of a measure and the annual target it is measured against, either may be null. */
    record Row(String label, Fact actual, Fact target) {
    }

    void write(Document doc, Section section, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<ZoneSummary> zones = ctx.zones(section);
        if (zones.isEmpty()) {
            doc.add(s.paragraph("无。", s.body(), true));
        }
        for (ZoneSummary z : zones) {
            List<Row> rows = rows(z, section);
            List<Row> shown = keep(rows);
            if (shown.isEmpty()) {
                // no result and no annual goal of its own: say so instead of an empty table
                // a note among the 附表's tables, set as their notes are, not as running text
                doc.add(s.paragraph(ZoneSection.zoneName(z) + "：本期报道未给出本区自身的完成数或年度目标。", s.small(), false));
                continue;
            }
            ctx.caption(ZoneSection.zoneName(z) + "主要指标完成情况");
            Tables table = new Tables(s,
                    List.of("指标", "单位", "本期数值", "时期", "同比增长(%)", "年度目标", "完成进度(%)"),
                    new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT,
                            Element.ALIGN_RIGHT, Element.ALIGN_RIGHT, Element.ALIGN_RIGHT});
            shown.forEach(r -> table.row(cells(r)));
            shown.forEach(r -> {
                ctx.placed.stated(r.actual(), r.target());
                if (r.actual() != null) {
                    ctx.links.growth(r.actual()).ifPresent(ctx.placed::stated);
                    ctx.links.progress(r.actual()).ifPresent(ctx.placed::stated);
                }
            });
            ctx.table(doc, table, false);
            if (rows.size() > shown.size()) {
                doc.add(s.paragraph(Limits.more(rows.size() - shown.size(), "项指标"), s.small(), false));
            }
        }
        doc.add(s.paragraph("注：数值取自报道原文，按原文精度书写，金额以亿元或万元计；同一指标有多个时期时取最近一期。"
                + "同比增长、年度目标和完成进度只列报道写明的数值，不作推算；“—”表示报道未提及。"
                + "同一名称指不同事项的指标（如多个项目各自的“总投资”）不列入本表，见分园区情况。", s.small(), false));
        older(doc, section);
    }

    /**
     * 早期数据: the figures clearly older than their zone's newest (see {@link Staleness}), each with its
     * period, so the main text reports the latest period and the history is still there to check.
     */
    private void older(Document doc, Section section) throws DocumentException {
        Styles s = ctx.styles;
        for (ZoneSummary z : ctx.all.zones()) {
            List<Fact> old = ctx.older.getOrDefault(z.zone(), List.of()).stream().filter(section::shows).toList();
            if (old.isEmpty()) {
                continue;
            }
            ctx.caption(ZoneSection.zoneName(z) + "早期数据");
            Tables table = new Tables(s, List.of("主体", "指标", "数值", "时期", "性质"),
                    new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT,
                            Element.ALIGN_LEFT});
            for (Fact f : Limits.pick(old, Limits.ZONE_ROWS)) {
                String[] said = FactText.labelled(label(f), f, ctx.links);
                table.row(f.subjectName() == null ? "本区" : f.subjectName(), said[0], said[1], FactText.period(f),
                        FactText.nature(f));
            }
            ctx.table(doc, table, false);
            doc.add(s.paragraph("注：以上数据早于本区最新数据" + Staleness.OLDER_MONTHS + "个月以上，正文不再列出，仅供了解历史情况。"
                    + (old.size() > Limits.ZONE_ROWS ? Limits.more(old.size() - Limits.ZONE_ROWS, "项") : ""),
                    s.small(), false));
        }
    }

    /**
     * At most {@link Limits#TABLE_ROWS} rows in their order, those with a growth rate, target or share
     * of plan kept first: they are what a 完成情况表 is for.
     */
    private List<Row> keep(List<Row> rows) {
        if (rows.size() <= Limits.TABLE_ROWS) {
            return rows;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> !complete(rows.get(i))).thenComparing(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, Limits.TABLE_ROWS));
        kept.sort(null);
        return kept.stream().map(rows::get).toList();
    }

    private boolean complete(Row r) {
        return r.target() != null || r.actual() != null && hasQualifier(r.actual());
    }

    /** The rows of a zone: its main indicators (all facts when it has none), qualifiers folded into their rows. */
    List<Row> rows(ZoneSummary zone, Section section) {
        Map<String, Fact> byFigure = FigureLinks.factsByFigure(zone);
        // a department's account of its own desk is no main indicator of the zone
        List<Fact> facts = zone.facts().stream().filter(section::shows).filter(f -> !f.fromDepartment())
                .filter(f -> ctx.links.qualified(f, byFigure) == null).toList();
        List<Fact> main = facts.stream().filter(f -> f.indicator() != null || hasQualifier(f))
                .toList();
        Map<String, List<Fact>> actualsByLabel = new LinkedHashMap<>();
        Map<String, List<Fact>> targets = new LinkedHashMap<>();
        for (Fact f : main.stream().anyMatch(f -> f.indicator() != null) ? main : facts) {
            String key = label(f) + "\u0000" + f.unit();
            // a plan, forecast or deal under negotiation is neither this period's result nor its 年度目标
            if (f.nature() == Nature.GOAL) {
                targets.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            } else if (f.nature() == Nature.ACHIEVED) {
                // a figure the article qualifies with its growth or share of plan is a row of its own
                String own = hasQualifier(f) ? key + "\u0000" + f.figureIds() : key;
                actualsByLabel.computeIfAbsent(own, k -> new ArrayList<>()).add(f);
            }
        }
        Map<String, Fact> actuals = new LinkedHashMap<>();
        actualsByLabel.forEach((key, list) -> {
            if (ChartPlanner.unambiguous(list)) {
                actuals.put(key, list.stream().max(BY_PERIOD).orElseThrow());
            }
        });
        List<Row> rows = new ArrayList<>();
        List<Fact> usedTargets = new ArrayList<>();
        actuals.forEach((key, a) -> {
            Fact t = annualTarget(a, targets.getOrDefault(label(a) + "\u0000" + a.unit(), List.of()));
            if (t != null) {
                usedTargets.add(t);
            }
            rows.add(new Row(label(a), a, t));
        });
        // a goal for a year the reported results do not reach (到2029年) is a horizon, not a 年度目标
        int lastYear = actuals.values().stream().filter(a -> a.period() != null)
                .mapToInt(a -> a.period().to().getYear()).max().orElse(Integer.MIN_VALUE);
        targets.values().stream().flatMap(List::stream).filter(t -> !usedTargets.contains(t)).filter(IndicatorTable::annual)
                .filter(t -> lastYear != Integer.MIN_VALUE && t.period().from().getYear() <= lastYear + 1)
                .forEach(t -> rows.add(new Row(label(t), null, t)));
        return rows;
    }

    /** True when the article gives a growth rate or a share of plan for this fact, which earns it a row. */
    private boolean hasQualifier(Fact f) {
        return ctx.links.growth(f).isPresent() || ctx.links.progress(f).isPresent();
    }

    /** The target for the calendar year the actual's period ends in; a target for another span is not its 年度目标. */
    static Fact annualTarget(Fact actual, List<Fact> targets) {
        if (actual.period() == null) {
            return null;
        }
        int year = actual.period().to().getYear();
        return targets.stream().filter(t -> annual(t) && t.period().from().getYear() == year).findFirst().orElse(null);
    }

    /** A target for one calendar year; targets for other spans (到2025年, 时期未注明) stay in the zone tables. */
    static boolean annual(Fact t) {
        return t.period() != null && t.period().months() == 12 && t.period().from().getMonthValue() == 1;
    }

    private String[] cells(Row r) {
        Fact any = r.actual() != null ? r.actual() : r.target();
        double largest = Math.max(r.actual() == null ? 0 : Math.abs(r.actual().value()),
                r.target() == null ? 0 : Math.abs(r.target().value()));
        String unit = NumberStyle.displayUnit(largest, any.unit());
        Optional<Figure> growth = r.actual() == null ? Optional.empty() : ctx.links.growth(r.actual());
        Optional<Figure> progress = r.actual() == null ? Optional.empty() : ctx.links.progress(r.actual());
        return new String[] {
            r.label(),
            unit,
            r.actual() == null ? NONE : FactText.number(r.actual().value(), any.unit(), unit, FactText.words(r.actual(), ctx.links)),
            FactText.period(any),
            growth.map(g -> FactText.number(g.value(), "%", "%", FigureLinks.qualifierWords(g))).orElse(NONE),
            r.target() == null ? NONE : FactText.number(r.target().value(), any.unit(), unit, FactText.words(r.target(), ctx.links)),
            progress.map(p -> FactText.number(p.value(), "%", "%", FigureLinks.qualifierWords(p))).orElse(NONE)};
    }

    static String label(Fact f) {
        return ChartPlanner.factLabel(f);
    }
}
