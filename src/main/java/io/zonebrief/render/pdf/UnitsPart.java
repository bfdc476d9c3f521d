package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import io.zonebrief.extract.Nature;
import io.zonebrief.render.FactWords;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.UnitSummary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The two parts of a zone's section after its own figures: 园区与项目, each park, project and
 * enterprise inside the zone with its figures, and 相关情况（非本区数据）, figures of other bodies (a
 * hospital, a fund, the whole city) and policy standards that the zone's articles mention. Neither is
 * the zone's result, so neither feeds its indicator table, sentences, charts or comparisons, and each
 * says so above its table. Both are capped ({@link Limits#UNIT_ROWS}, {@link Limits#CONTEXT_ROWS})
 * with a line saying how many more the workbook holds.
 */
final class UnitsPart {

    /** One row of 园区与项目: a fact and the park, project or enterprise it belongs to. */
    record Row(UnitSummary unit, Fact fact) {
    }

    private static final int[] ALIGNS = {Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT,
        Element.ALIGN_LEFT};
    private static final List<String> HEADERS = List.of("指标", "数值", "时期", "性质");

    private final BriefingContext ctx;

    UnitsPart(BriefingContext ctx) {
        this.ctx = ctx;
    }

    void write(Document doc, Section section, ZoneSummary zone) throws DocumentException {
        units(doc, section, zone);
        context(doc, section, zone);
    }

    private void units(Document doc, Section section, ZoneSummary zone) throws DocumentException {
        int total = (int) zone.units().stream().flatMap(u -> u.facts().stream()).filter(section::shows).count();
        if (total == 0) {
            return;
        }
        Styles s = ctx.styles;
        Tables table = new Tables(s, HEADERS, ALIGNS);
        List<Row> rows = rows(zone.units(), section::shows, Limits.UNIT_ROWS);
        UnitSummary last = null;
        for (Row r : rows) {
            if (r.unit() != last) {
                table.group(FactWords.unitName(r.unit()));
                last = r.unit();
            }
            row(table, r.fact());
        }
        place(doc, "园区与项目", "区内各园区、项目和企业自身的数据，不是全区汇总数，未计入本区指标、图表和园区对比。",
                ZoneSection.zoneName(zone) + "园区与项目数据", table);
        rows.forEach(r -> ctx.placed.stated(r.fact()));
        if (rows.size() < total) {
            doc.add(s.paragraph(Limits.more(total - rows.size(), "项园区与项目数据"), s.small(), false));
        }
    }

    private void context(Document doc, Section section, ZoneSummary zone) throws DocumentException {
        List<Fact> facts = zone.context().stream().filter(section::shows).toList();
        if (facts.isEmpty()) {
            return;
        }
        Styles s = ctx.styles;
        Tables table = new Tables(s, HEADERS, ALIGNS);
        List<Fact> listed = facts.size() > Limits.CONTEXT_ROWS ? facts.subList(0, Limits.CONTEXT_ROWS) : facts;
        Map<String, List<Fact>> bySubject = new LinkedHashMap<>();
        listed.forEach(f -> bySubject.computeIfAbsent(contextSubject(f), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Fact>> e : bySubject.entrySet()) {
            table.group(e.getKey());
            e.getValue().forEach(f -> row(table, f));
        }
        place(doc, "相关情况（非本区数据）", "以下数字见于本区报道，但属于其他单位（如医院、基金、所在市或区）或是政策标准，"
                + "不是本区的统计数据，未计入本区指标、图表和园区对比。",
                ZoneSection.zoneName(zone) + "报道涉及的其他数据（非本区）", table);
        listed.forEach(ctx.placed::stated);
        if (listed.size() < facts.size()) {
            doc.add(s.paragraph(Limits.more(facts.size() - listed.size(), "项相关数据"), s.small(), false));
        }
    }

    private void row(Tables table, Fact f) {
        String[] said = FactText.labelled(f.label(), f, ctx.links);
        table.row(said[0], said[1], FactText.period(f), FactText.nature(f));
    }

    /**
     * A part: its title in bold, a line on what it holds, the table's caption and the table, all on
     * one page when they fit on one. A row cut from its group row (the park it belongs to) by a page
     * break would not say whose it is; the capped tables fit a page unless names wrap a lot.
     */
    private void place(Document doc, String title, String note, String caption, Tables table)
            throws DocumentException {
        Styles s = ctx.styles;
        Paragraph p = new Paragraph(17f);
        p.setFont(s.font(11f, true, Styles.TEXT));
        p.add(s.chunk(title, s.font(11f, true, Styles.TEXT)));
        p.setSpacingBefore(12f);
        p.setKeepTogether(true);
        ctx.caption(caption);
        ctx.table(doc, table, true, p, s.paragraph(note, s.small(), false));
    }

    /**
     * The facts of {@code units} that fit in {@code lines} table rows, counting the row that names
     * each unit, in the units' order; each unit's first fact is taken before any unit's second, so
     * that a zone with many parks and projects names as many of them as fit.
     */
    static List<Row> rows(List<UnitSummary> units, Predicate<Fact> shows, int lines) {
        List<List<Fact>> shown = units.stream().map(u -> u.facts().stream().filter(shows).toList()).toList();
        int[] take = new int[units.size()];
        int left = lines;
        for (int depth = 0; left > 0; depth++) {
            boolean more = false;
            for (int i = 0; i < units.size(); i++) {
                int cost = depth == 0 ? 2 : 1;
                if (shown.get(i).size() > depth && take[i] == depth && cost <= left) {
                    take[i]++;
                    left -= cost;
                    more = true;
                }
            }
            if (!more) {
                break;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            for (Fact f : shown.get(i).subList(0, take[i])) {
                rows.add(new Row(units.get(i), f));
            }
        }
        return rows;
    }

    /** The body a context figure is about (郑州市中心医院), else 政策规定 for a grant standard, else 其他. */
    static String contextSubject(Fact f) {
        if (f.subjectName() != null) {
            return f.subjectName();
        }
        return f.nature() == Nature.POLICY ? "政策规定" : FactWords.subject(f.subject());
    }
}
