package io.zonebrief.render.excel;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One zone's sheet: its facts in display units, each linked to the figure behind it, with
 * breakdown figures indented under their parent; then conflicts between sources, and bar charts
 * for categories that hold several indicators in the same unit.
 */
final class ZoneSheet {

    static final int HEADER_ROW = 3;
    private static final int MAX_CHARTS = 3;
    private static final int QUOTE_WIDTH = 40;

    private final ZoneSummary zone;
    private final WorkbookTemplate template;
    private final FigureIndex index;

    ZoneSheet(ZoneSummary zone, WorkbookTemplate template, FigureIndex index) {
        this.zone = zone;
        this.template = template;
        this.index = index;
    }

    /** One line of the table: a fact, or a breakdown figure under one. */
    private record Line(String category, String label, double value, String unit, Qualifier qualifier,
                        io.zonebrief.extract.Period period, Modality modality, SubjectKind subject,
                        String subjectName, Figure figure, String note, boolean child) {
    }

    void write(Sheet sheet, Styles styles) {
        SheetWriter w = new SheetWriter(sheet, styles);
        writeHeading(w);
        w.header(HEADER_ROW, template.headers(Column.Group.ZONE));
        w.cap(Column.ZONE_QUOTE.index(), QUOTE_WIDTH);
        w.cap(Column.ZONE_NOTE.index(), QUOTE_WIDTH);
        int r = HEADER_ROW + 1;
        for (Line line : lines()) {
            writeLine(w, w.row(r++), line);
        }
        int lastRow = Math.max(HEADER_ROW + 1, r - 1);
        w.form(HEADER_ROW, lastRow, Column.Group.ZONE.columns().size(), true);
        int next = writeConflicts(w, lastRow + 2);
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
        parts.add("文档 " + zone.documentIds().size() + " 篇，数据 " + zone.facts().size() + " 条");
        w.label(w.row(1), 0, String.join("；", parts), w.styles.subtitle);
    }

    private List<Line> lines() {
        Set<String> shown = new HashSet<>();
        zone.facts().forEach(f -> shown.addAll(f.figureIds()));
        List<Line> out = new ArrayList<>();
        for (Fact f : zone.facts()) {
            Figure first = index.firstFigure(f);
            String note = f.note();
            if (f.figureIds().size() > 1) {
                String more = "共 " + f.figureIds().size() + " 处提及";
                note = note == null ? more : note + "；" + more;
            }
            out.add(new Line(f.category(), f.label(), f.value(), f.unit(), f.qualifier(), f.period(), f.modality(),
                    f.subject(), f.subjectName(), first, note, false));
            for (Figure c : index.childrenOf(f, shown)) {
                out.add(new Line(f.category(), c.metric(), c.value(), c.unit(), c.qualifier(), c.period(), c.modality(),
                        c.subject(), c.subjectName(), c, Labels.role(c.role()), true));
            }
        }
        return out;
    }

    private void writeLine(SheetWriter w, Row row, Line l) {
        w.text(row, Column.ZONE_CATEGORY.index(), l.category());
        w.text(row, Column.ZONE_INDICATOR.index(), l.label(), l.child() ? w.styles.indented : w.styles.text);
        if (l.child()) {
            w.measure(Column.ZONE_INDICATOR.index(), CellText.width(l.label()) + 2);
        }
        Shown s = Shown.of(l.value(), l.unit());
        Cell value = w.number(row, Column.ZONE_VALUE.index(), s.number(),
                w.styles.numberFor(s.number(), s.unit(), l.figure() != null), s.numberText());
        if (l.figure() != null && index.address(l.figure().id()) != null) {
            w.link(value, index.address(l.figure().id()));
        }
        w.text(row, Column.ZONE_UNIT.index(), s.unit());
        w.text(row, Column.ZONE_QUALIFIER.index(), Labels.qualifier(l.qualifier()));
        w.text(row, Column.ZONE_PERIOD.index(), Labels.period(l.period()));
        w.text(row, Column.ZONE_MODALITY.index(), Labels.modality(l.modality()));
        String subject = Labels.subject(l.subject()) + (l.subjectName() == null ? "" : "：" + l.subjectName());
        w.text(row, Column.ZONE_SUBJECT.index(), subject);
        if (l.figure() != null) {
            w.text(row, Column.ZONE_DOCUMENT.index(), index.documentLabel(l.figure().documentId()));
            w.text(row, Column.ZONE_QUOTE.index(), l.figure().text(), w.styles.wrap);
        }
        w.text(row, Column.ZONE_NOTE.index(), l.note(), w.styles.wrap);
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

    /** Per category and unit, the key facts of categories with two or more indicators in one unit. */
    private List<List<Fact>> chartGroups() {
        Map<String, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : KeyFacts.byIndicator(zone).values()) {
            groups.computeIfAbsent(f.category() + "\u0000" + f.unit(), k -> new ArrayList<>()).add(f);
        }
        return groups.values().stream().filter(g -> g.size() >= 2).limit(MAX_CHARTS).toList();
    }

    private int addChart(ChartBlock charts, int startRow, List<Fact> group) {
        String unit = Shown.commonUnit(group.stream().map(Fact::value).toList(), group.get(0).unit());
        List<String> labels = group.stream().map(Fact::label).toList();
        List<Shown> values = group.stream().map(f -> Shown.in(f.value(), f.unit(), unit)).toList();
        String title = group.get(0).category() + "（" + unit + "）";
        return charts.add(startRow, Column.ZONE_INDICATOR.index(), template.header(Column.ZONE_INDICATOR), title,
                labels, values);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
