package io.zonebrief.render.excel;

import io.zonebrief.extract.Nature;
import io.zonebrief.extract.SubjectKind;
import java.util.Objects;

/**
 * What a reviewer decided about one figure on the details sheet: keep, delete or modify it, and for
 * a modification any of its value, whose it is, its period, its nature and its label. Empty review
 * cells leave the figure's own reading alone. This class is immutable.
 *
 * @param figureId       id of the figure (the details sheet's first column)
 * @param action         keep, modify or delete
 * @param correction     the 修正值 cell as the reviewer typed it, or null when empty
 * @param correctedValue the correction as a number when it is one, else null
 * @param subject        the corrected kind of subject, or null to keep the figure's
 * @param subjectName    the corrected name of the park, project, enterprise or body, or null to keep it
 * @param time           the corrected period, month or "no period", or null to keep the figure's
 * @param nature         the corrected nature, or null to keep the figure's
 * @param metric         the corrected label of what is measured, or null to keep it
 * @param reviewer       who reviewed the row (审核人), or null
 * @param note           the reviewer's note (备注), or null
 * @param correctionCell where the 修正值 cell is (e.g. {@code '数据明细'!W12}), for messages about its value
 */
public record ReviewDecision(String figureId, Action action, String correction, Double correctedValue,
                             SubjectKind subject, String subjectName, ReviewTime time, Nature nature, String metric,
                             String reviewer, String note, String correctionCell) {

    /** The three choices of the review dropdown. */
    public enum Action {
        KEEP, MODIFY, DELETE
    }

    public ReviewDecision {
        Objects.requireNonNull(figureId, "figureId");
        Objects.requireNonNull(action, "action");
    }

    /** A decision about the value alone. */
    public ReviewDecision(String figureId, Action action, String correction, Double correctedValue) {
        this(figureId, action, correction, correctedValue, null, null, null, null, null, null, null, null);
    }

    /** True when the reviewer changed what the figure means, not only its value. */
    public boolean changesMeaning() {
        return subject != null || subjectName != null || time != null || nature != null || metric != null;
    }
}
