package io.zonebrief.render.excel;

import io.zonebrief.extract.Nature;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns one row of a review table into a decision: on 数据明细 about a figure, on a zone sheet about
 * a fact. A cell that holds no allowed word or form is refused with one line naming the workbook,
 * sheet, cell and column header; the row's other cells still count.
 */
final class ReviewRows {

    private final List<String> choices;
    private final List<String> refused;

    /**
     * @param choices  the 审核 words of the details sheet, in {@link ReviewDecision.Action} order
     * @param refused  where the lines about unreadable cells go
     */
    ReviewRows(List<String> choices, List<String> refused) {
        this.choices = choices;
        this.refused = refused;
    }

    /** One row of a table as the reviewer left it: each read column's shown text and number. */
    record Row(String sheet, int row, Map<Column, Integer> at, Map<Column, String> titles,
               IntFunction<String> textAt, IntFunction<Double> numberAt) {

        /** The cell's text as Excel shows it, stripped; "" when empty or the column is not in the sheet. */
        String text(Column c) {
            Integer col = at.get(c);
            return col == null ? "" : textAt.apply(col);
        }

        Double number(Column c) {
            Integer col = at.get(c);
            return col == null ? null : numberAt.apply(col);
        }

        /** {@code '数据明细'!V12}. */
        String where(Column c) {
            Integer col = at.get(c);
            return SheetNames.quoted(sheet) + "!" + new CellReference(row, col == null ? 0 : col).formatAsString();
        }

        /** {@code '数据明细'!V12 (审核)}. */
        String whereNamed(Column c) {
            return where(c) + " (" + titles.get(c) + ")";
        }
    }

    /** The decision about a figure on this details row, or null when its review cells are all empty. */
    ReviewDecision figure(Row r) {
        String choice = r.text(Column.DETAILS_REVIEW);
        String correction = r.text(Column.DETAILS_CORRECTION);
        String subject = r.text(Column.DETAILS_FIX_SUBJECT_KIND);
        String name = r.text(Column.DETAILS_FIX_SUBJECT_NAME);
        String period = r.text(Column.DETAILS_FIX_PERIOD);
        String nature = r.text(Column.DETAILS_FIX_NATURE);
        String metric = r.text(Column.DETAILS_FIX_METRIC);
        String reviewer = r.text(Column.DETAILS_REVIEWER);
        String note = r.text(Column.DETAILS_REVIEW_NOTE);
        boolean corrected = !(correction + subject + name + period + nature + metric).isEmpty();
        if (choice.isEmpty() && !corrected && reviewer.isEmpty() && note.isEmpty()) {
            return null;
        }
        String id = r.text(Column.DETAILS_ID);
        if (id.isEmpty()) {
            refuse(r, Column.DETAILS_ID, "a reviewed row has no figure id");
            return null;
        }
        ReviewDecision.Action action;
        if (choice.isEmpty()) {
            action = corrected ? ReviewDecision.Action.MODIFY : ReviewDecision.Action.KEEP;
        } else if (choices.contains(choice)) {
            action = ReviewDecision.Action.values()[choices.indexOf(choice)];
        } else {
            refuse(r, Column.DETAILS_REVIEW, "must be one of " + String.join("/", choices) + " but was \"" + choice
                    + "\"; the row is left as it was");
            return null;
        }
        return new ReviewDecision(id, action, correction.isEmpty() ? null : correction,
                r.number(Column.DETAILS_CORRECTION),
                subject.isEmpty() ? null : word(r, Column.DETAILS_FIX_SUBJECT_KIND, subject, SubjectKind.values(),
                        Labels::subject),
                name.isEmpty() ? null : name,
                period.isEmpty() ? null : time(r, period),
                nature.isEmpty() ? null : word(r, Column.DETAILS_FIX_NATURE, nature, Nature.values(), Labels::nature),
                metric.isEmpty() ? null : metric,
                reviewer.isEmpty() ? null : reviewer, note.isEmpty() ? null : note,
                r.whereNamed(Column.DETAILS_CORRECTION));
    }

    /** The decision about a fact on this zone sheet row, or null when the row is no fact or not reviewed. */
    FactDecision fact(Row r) {
        String id = r.text(Column.ZONE_ID);
        String choice = r.text(Column.ZONE_REVIEW);
        String reviewer = r.text(Column.ZONE_REVIEWER);
        String note = r.text(Column.ZONE_REVIEW_NOTE);
        // the blocks below the zone's own table repeat its header row
        if (choice.isEmpty() && reviewer.isEmpty() && note.isEmpty() || id.equals(r.titles().get(Column.ZONE_ID))) {
            return null;
        }
        if (!id.startsWith(Fact.ID_PREFIX)) {
            if (!choice.isEmpty()) {
                refuse(r, Column.ZONE_REVIEW, "only a fact's row (编号 " + Fact.ID_PREFIX + "…) can be reviewed here;"
                        + " review a figure on the details sheet");
            }
            return null;
        }
        FactDecision.Action action = FactDecision.Action.ACCEPT;
        if (!choice.isEmpty()) {
            action = word(r, Column.ZONE_REVIEW, choice, FactDecision.Action.values(), FactDecision.Action::word);
            if (action == null) {
                return null;
            }
        }
        return new FactDecision(id, action, reviewer.isEmpty() ? null : reviewer, note.isEmpty() ? null : note);
    }

    private <T> T word(Row r, Column c, String text, T[] values, Function<T, String> words) {
        for (T v : values) {
            if (words.apply(v).equals(text)) {
                return v;
            }
        }
        refuse(r, c, "must be one of " + String.join("/", Arrays.stream(values).map(words).toList())
                + " but was \"" + text + "\"");
        return null;
    }

    private ReviewTime time(Row r, String text) {
        try {
            return ReviewTime.parse(text);
        } catch (IllegalArgumentException e) {
            refuse(r, Column.DETAILS_FIX_PERIOD, "\"" + text + "\" " + e.getMessage());
            return null;
        }
    }

    private void refuse(Row r, Column c, String why) {
        refused.add(r.whereNamed(c) + ": " + why);
    }
}
