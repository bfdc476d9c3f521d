package io.zonebrief.render.excel;

import io.zonebrief.extract.Figure;
import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 数据明细 sheet: every figure on its own row, in summary order, with its nature and relation to
 * time (flow over its period, level as of a month, or none), its provenance (quote, sentence,
 * headline), the fact it stands behind and the review columns the user fills in: 审核, 修正值,
 * whose it is, its period, nature and label, reviewer and note. It may hold hundreds of thousands
 * of rows, so it is written to a streaming sheet and never looked at again.
 */
final class DetailsSheet {

    private static final int QUOTE_WIDTH = 30;
    private static final int SENTENCE_WIDTH = 60;
    private static final int HEADLINE_WIDTH = 30;
    private static final int NAME_WIDTH = 22;

    private final Summary summary;
    private final WorkbookTemplate template;
    private final FigureIndex index;
    private final BriefingIndex briefing;

    DetailsSheet(Summary summary, WorkbookTemplate template, FigureIndex index, BriefingIndex briefing) {
        this.summary = summary;
        this.template = template;
        this.index = index;
        this.briefing = briefing;
    }

    void write(Sheet sheet, Styles styles) {
        SheetWriter w = new SheetWriter(sheet, styles);
        w.header(0, template.headers(Column.Group.DETAILS));
        w.cap(Column.DETAILS_QUOTE.index(), QUOTE_WIDTH);
        w.cap(Column.DETAILS_SENTENCE.index(), SENTENCE_WIDTH);
        w.cap(Column.DETAILS_HEADLINE.index(), HEADLINE_WIDTH);
        w.cap(Column.DETAILS_BRIEFING.index(), ZoneSheet.PLACE_WIDTH);
        // long names of parks and projects, labels and parent ids wrap rather than widen the printed bands
        w.cap(Column.DETAILS_SUBJECT_NAME.index(), NAME_WIDTH);
        w.cap(Column.DETAILS_METRIC.index(), NAME_WIDTH);
        w.cap(Column.DETAILS_ROLE.index(), NAME_WIDTH);
        List<Figure> figures = summary.figures();
        for (int i = 0; i < figures.size(); i++) {
            writeFigure(w, w.row(i + 1), figures.get(i));
        }
        int lastRow = Math.max(1, figures.size());
        w.form(0, lastRow, Column.Group.DETAILS.columns().size(), true);
        w.measure(Column.DETAILS_REVIEW.index(), 8);
        w.measure(Column.DETAILS_CORRECTION.index(), 10);
        for (Column c : List.of(Column.DETAILS_FIX_SUBJECT_KIND, Column.DETAILS_FIX_SUBJECT_NAME,
                Column.DETAILS_FIX_PERIOD, Column.DETAILS_FIX_NATURE, Column.DETAILS_FIX_METRIC,
                Column.DETAILS_REVIEWER)) {
            w.measure(c.index(), 12);
        }
        w.measure(Column.DETAILS_REVIEW_NOTE.index(), 20);
        if (!figures.isEmpty()) {
            Dropdowns.details(sheet, figures.size(), template.reviewChoices());
        }
        w.applyWidths();
    }

    private void writeFigure(SheetWriter w, Row row, Figure f) {
        w.text(row, Column.DETAILS_ID.index(), f.id());
        Fact fact = index.factOf(f.id());
        if (fact != null) {
            Cell factCell = w.text(row, Column.DETAILS_FACT.index(), fact.id());
            String at = index.factAddress(f.id());
            if (at != null) {
                w.link(factCell, at);
            }
        }
        w.text(row, Column.DETAILS_BRIEFING.index(), briefing.where(f.id(), "\n"), w.styles.wrap);
        w.text(row, Column.DETAILS_ZONE.index(), f.zone());
        w.text(row, Column.DETAILS_SUBJECT_KIND.index(), Labels.subject(f.subject()));
        w.text(row, Column.DETAILS_SUBJECT_NAME.index(), f.subjectName(), w.styles.wrap);
        w.text(row, Column.DETAILS_METRIC.index(), f.metric(), w.styles.wrap);
        w.text(row, Column.DETAILS_INDICATOR.index(), fact == null ? null : fact.indicator());
        String base = NumberStyle.number(f.value(), "");
        w.number(row, Column.DETAILS_VALUE.index(), f.value(), f.integral() ? w.styles.integer : w.styles.decimal, base);
        String words = Labels.qualifier(f.qualifier(), f.value(), f);
        String display = f.valueTo() == null ? NumberStyle.format(f.value(), f.unit(), words)
                : NumberStyle.format(f.value(), f.unit()) + "～" + NumberStyle.format(f.valueTo(), f.unit(), words);
        w.text(row, Column.DETAILS_DISPLAY.index(), display);
        w.text(row, Column.DETAILS_UNIT.index(), f.unit());
        w.text(row, Column.DETAILS_QUALIFIER.index(), words);
        if (f.period() != null) {
            w.text(row, Column.DETAILS_PERIOD_FROM.index(), f.period().from().toString());
            w.text(row, Column.DETAILS_PERIOD_TO.index(), f.period().to().toString());
        }
        w.text(row, Column.DETAILS_MODALITY.index(), Labels.modality(f.modality()));
        w.text(row, Column.DETAILS_NATURE.index(), Labels.nature(f.nature()));
        w.text(row, Column.DETAILS_PERIOD_KIND.index(), Labels.periodKind(f.periodKind()));
        w.text(row, Column.DETAILS_AS_OF.index(), Labels.asOf(f.asOf()));
        String role = Labels.role(f.role());
        w.text(row, Column.DETAILS_ROLE.index(), f.parentId() == null ? role : role + "（" + f.parentId() + "）",
                w.styles.wrap);
        Cell document = w.text(row, Column.DETAILS_DOCUMENT.index(), f.documentId());
        String at = index.documentAddress(f.documentId());
        if (at != null) {
            w.link(document, at);
        }
        w.text(row, Column.DETAILS_HEADLINE.index(), CellText.oneLine(f.headline()), w.styles.wrap);
        w.text(row, Column.DETAILS_QUOTE.index(), CellText.oneLine(f.text()), w.styles.wrap);
        w.text(row, Column.DETAILS_SENTENCE.index(), CellText.oneLine(f.sentence()), w.styles.wrap);
    }
}
