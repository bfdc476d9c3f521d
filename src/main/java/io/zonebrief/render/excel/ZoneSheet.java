package io.zonebrief.render.excel;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.FactWords;
import io.zonebrief.render.chart.ChartPoint;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.UnitSummary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One zone's sheet: its own facts in display units, each linked to the figure behind it, with
 * breakdown figures indented under their parent; below them, with the same columns, a block for the
 * facts of its parks, projects and enterprises (the unit's name in the subject column) and a block
 * for facts of other bodies and policy standards, neither counted as the zone's; then conflicts
 * between sources, and bar charts for categories that hold several indicators in the same unit,
 * nature and kind of time.
 */
final class ZoneSheet {

    static final int HEADER_ROW = 3;
    static final String UNITS_TITLE = "园区与项目";
    static final String CONTEXT_TITLE = "相关情况（非本区数据）";
    private static final String UNITS_NOTE = "区内各园区、项目和企业自身的数据，不是全区汇总数，未计入本区指标和图表。";
    private static final String CONTEXT_NOTE = "本区报道中其他单位（如医院、基金、所在市或区）的数据和政策标准，"
            + "不是本区的统计数据，未计入本区指标和图表。";
    private static final int MAX_CHARTS = 3;
    // narrow enough that the whole table prints one page wide at about two thirds of full size
    private static final int QUOTE_WIDTH = 32;
    private static final int NOTE_WIDTH = 16;
    // the longest labels (城市管理和综合执法局审批事项按时办结率) wrap to two lines rather than widen the sheet
    private static final int LABEL_WIDTH = 26;
    /** One place a line: "附表 表11（第13页）". */
    static final int PLACE_WIDTH = 20;

    private final ZoneSummary zone;
    private final WorkbookTemplate template;
    private final FigureIndex index;
    private final BriefingIndex briefing;

    ZoneSheet(ZoneSummary zone, WorkbookTemplate template, FigureIndex index, BriefingIndex briefing) {
        this.zone = zone;
        this.template = template;
        this.index = index;
        this.briefing = briefing;
    }

    /**
     * One line of a table: a fact, or a breakdown figure under one ({@code fact} null), with the words
     * its cells show; {@code figure} is the figure its value comes from.
     */
    private record Line(Fact fact, String category, String label, double value, String unit, Qualifier qualifier,
                        String when, String nature, String subject, Figure figure, String note) {

        boolean child() {
            return fact == null;
        }

        /** The fact's id, or the breakdown figure's. */
        String id() {
            return fact != null ? fact.id() : figure.id();
        }
    }

    void write(Sheet sheet, Styles styles) {
        SheetWriter w = new SheetWriter(sheet, styles);
        writeHeading(w);
        w.header(HEADER_ROW, template.headers(Column.Group.ZONE));
        w.cap(Column.ZONE_QUOTE.index(), QUOTE_WIDTH);
        w.cap(Column.ZONE_NOTE.index(), NOTE_WIDTH);
        w.cap(Column.ZONE_SUBJECT.index(), NOTE_WIDTH);
        w.cap(Column.ZONE_DOCUMENT.index(), NOTE_WIDTH);
        w.cap(Column.ZONE_REVIEW_NOTE.index(), NOTE_WIDTH);
        w.cap(Column.ZONE_INDICATOR.index(), LABEL_WIDTH);
        w.cap(Column.ZONE_BRIEFING.index(), PLACE_WIDTH);
        Set<String> shown = new HashSet<>();
        zone.facts().forEach(f -> shown.addAll(f.figureIds()));
        zone.units().forEach(u -> u.facts().forEach(f -> shown.addAll(f.figureIds())));
        zone.context().forEach(f -> shown.addAll(f.figureIds()));
        int r = HEADER_ROW + 1;
        for (Fact f : zone.facts()) {
            for (Line line : lines(f, subject(f), shown)) {
                writeLine(w, w.row(r++), line);
            }
        }
        int lastRow = Math.max(HEADER_ROW + 1, r - 1);
        w.form(HEADER_ROW, lastRow, Column.Group.ZONE.columns().size(), true);
        List<Line> units = new ArrayList<>();
        for (UnitSummary u : zone.units()) {
            u.facts().forEach(f -> units.addAll(lines(f, FactWords.unitName(u), shown)));
        }
        int next = writeBlock(w, lastRow + 2, UNITS_TITLE, UNITS_NOTE, units);
        List<Line> context = new ArrayList<>();
        zone.context().forEach(f -> context.addAll(lines(f, subject(f), shown)));
        next = writeBlock(w, next, CONTEXT_TITLE, CONTEXT_NOTE, context);
        next = writeConflicts(w, next);
        Dropdowns.facts(sheet, HEADER_ROW + 1, Math.max(HEADER_ROW + 1, next));
        ChartBlock charts = new ChartBlock(w);
        for (List<Fact> group : chartGroups()) {
            next = addChart(charts, next, group);
        }
        w.applyWidths();
        charts.drawAll();
    }

    private void writeHeading(SheetWriter w) {
        String name = zone.fullName() != null ? zone.fullName() + "（" + zone.zone() + "）" : zone.zone();
        w.label(w.row(0), 0, name, w.styles.title);
        List<String> parts = new ArrayList<>();
        if (zone.province() != null || zone.city() != null) {
            parts.add(String.join("", List.of(nz(zone.province()), nz(zone.city()))));
        }
        int units = zone.units().stream().mapToInt(u -> u.facts().size()).sum();
        parts.add("文档 " + zone.documentIds().size() + " 篇，数据 " + zone.facts().size() + " 条"
                + (units == 0 ? "" : "，" + UNITS_TITLE + "数据 " + units + " 条")
                + (zone.context().isEmpty() ? "" : "，相关情况 " + zone.context().size() + " 条（非本区数据）"));
        w.label(w.row(1), 0, String.join("；", parts), w.styles.subtitle);
    }

    /** A fact's line and the lines of its breakdown figures that no listed fact shows ({@code shown}). */
    private List<Line> lines(Fact f, String subject, Set<String> shown) {
        List<Line> out = new ArrayList<>();
        String note = f.note();
        if (f.figureIds().size() > 1) {
            String more = "共 " + f.figureIds().size() + " 处提及：" + String.join("、", f.figureIds());
            note = note == null ? more : note + "；" + more;
        }
        out.add(new Line(f, f.category(), f.label(), f.value(), f.unit(), f.qualifier(),
                Labels.when(f.periodKind(), f.period(), f.asOf()), Labels.nature(f.nature()), subject,
                index.valueFigure(f), note));
        for (Figure c : index.childrenOf(f, shown)) {
            out.add(new Line(null, f.category(), c.metric(), c.value(), c.unit(), c.qualifier(),
                    Labels.when(c.periodKind(), c.period(), c.asOf()), Labels.nature(c.nature()),
                    subject(c.subject(), c.subjectName()), c, Labels.role(c.role())));
        }
        return out;
    }

    private static String subject(Fact f) {
        return subject(f.subject(), f.subjectName());
    }

    /** "高新区", "其他：郑州市中心医院". */
    private static String subject(SubjectKind kind, String name) {
        return Labels.subject(kind) + (name == null ? "" : "：" + name);
    }

    /**
     * A titled block of lines below the zone's table, with a note on what it holds and the table's
     * header again, so the columns read the same; nothing when there are no lines.
     *
     * @return the first free row after the block and a blank row
     */
    private int writeBlock(SheetWriter w, int startRow, String title, String note, List<Line> lines) {
        if (lines.isEmpty()) {
            return startRow;
        }
        w.label(w.row(startRow), 0, title, w.styles.section);
        w.label(w.row(startRow + 1), 0, note, w.styles.subtitle);
        w.header(startRow + 2, template.headers(Column.Group.ZONE));
        int r = startRow + 3;
        for (Line line : lines) {
            writeLine(w, w.row(r++), line);
        }
        return r + 1;
    }

    private void writeLine(SheetWriter w, Row row, Line l) {
        String figureAddress = l.figure() == null ? null : index.address(l.figure().id());
        if (l.figure() != null || l.fact() != null) {
            w.text(row, Column.ZONE_ID.index(), l.id());
        }
        if (l.fact() != null) {
            index.placeFact(l.fact(), SheetNames.quoted(w.sheet.getSheetName()) + "!A" + (row.getRowNum() + 1));
        }
        w.text(row, Column.ZONE_CATEGORY.index(), l.category());
        w.text(row, Column.ZONE_INDICATOR.index(), l.label(), l.child() ? w.styles.indented : w.styles.wrap);
        if (l.child()) {
            w.measure(Column.ZONE_INDICATOR.index(), CellText.width(l.label()) + 2);
        }
        Shown s = Shown.of(l.value(), l.unit());
        String words = Labels.qualifier(l.qualifier(), l.value(), l.figure());
        Cell value = w.number(row, Column.ZONE_VALUE.index(), s.number(),
                w.styles.numberFor(s.number(), l.figure() != null), s.numberText());
        if (figureAddress != null) {
            w.link(value, figureAddress);
        }
        w.text(row, Column.ZONE_UNIT.index(), s.unit());
        w.text(row, Column.ZONE_QUALIFIER.index(), words);
        w.text(row, Column.ZONE_PERIOD.index(), l.when());
        w.text(row, Column.ZONE_MODALITY.index(), l.nature());
        w.text(row, Column.ZONE_SUBJECT.index(), l.subject(), w.styles.wrap);
        if (l.figure() != null) {
            w.text(row, Column.ZONE_DOCUMENT.index(), index.articleLabel(l.figure()), w.styles.wrap);
            w.text(row, Column.ZONE_QUOTE.index(), CellText.oneLine(l.figure().sentence()), w.styles.wrap);
        }
        w.text(row, Column.ZONE_NOTE.index(), l.note(), w.styles.wrap);
        if (l.figure() != null) {
            w.text(row, Column.ZONE_BRIEFING.index(), briefing.where(l.figure().id(), "\n"), w.styles.wrap);
        }
    }

    private int writeConflicts(SheetWriter w, int startRow) {
        if (zone.conflicts().isEmpty()) {
            return startRow;
        }
        w.label(w.row(startRow), 0, "数据冲突（同一指标、同一期间的数值不一致）", w.styles.section);
        int r = startRow + 1;
        for (String c : zone.conflicts()) {
            w.label(w.row(r++), 0, c, w.styles.text);
        }
        return r + 1;
    }

    /** When a fact holds: the span of a flow, the month of a level, null for neither. */
    private Object time(Fact f) {
        return new ChartPoint.Basis(zone.zone(), f.subject(), f.subjectName(), f.label(), f.unit(), f.nature(),
                f.periodKind(), f.period(), f.asOf()).time();
    }

    /**
     * Per category, unit, nature, kind of time and period (or month of a level), the key facts of categories with two or more
     * indicators in one unit: a level never stands beside an amount, nor a plan beside a result.
     */
    private List<List<Fact>> chartGroups() {
        Map<List<Object>, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : KeyFacts.byIndicator(zone).values()) {
            groups.computeIfAbsent(Arrays.asList(f.category(), f.unit(), f.nature(), f.periodKind(), time(f)),
                    k -> new ArrayList<>()).add(f);
        }
        return groups.values().stream().filter(g -> g.size() >= 2).limit(MAX_CHARTS).toList();
    }

    private int addChart(ChartBlock charts, int startRow, List<Fact> group) {
        String unit = Shown.commonUnit(group.stream().map(Fact::value).toList(), group.get(0).unit());
        List<String> labels = group.stream().map(Fact::label).toList();
        List<Shown> values = group.stream().map(f -> Shown.in(f.value(), f.unit(), unit)).toList();
        Fact first = group.get(0);
        String when = time(first) == null ? "" : Labels.when(first.periodKind(), first.period(), first.asOf());
        String title = when + first.category() + "（" + unit + "）";
        return charts.add(startRow, Column.ZONE_INDICATOR.index(), template.header(Column.ZONE_INDICATOR),
                template.header(Column.ZONE_VALUE) + "（" + unit + "）", title, labels, values);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
