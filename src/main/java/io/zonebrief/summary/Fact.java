package io.zonebrief.summary;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * One fact about a zone after deduplication: the same figure said in several places becomes one
 * fact that lists every figure behind it. This class is immutable.
 *
 * @param indicator   canonical indicator name from the taxonomy, or null when none fits
 * @param category    the indicator's category (招商引资, 项目建设…), or "其他"
 * @param metric      the metric label of the most precise figure
 * @param value       value in base units (the most precise of the figures)
 * @param unit        canonical unit
 * @param qualifier   qualifier of the chosen figure
 * @param period      period, or null
 * @param modality    actual or target
 * @param subject     what it is about
 * @param subjectName named park/project/enterprise, or null
 * @param figureIds   ids of the figures that state this fact, in document order
 * @param note        a reconciliation note (values that differed within rounding), or null
 * @param nature      achieved, goal, plan, pipeline, forecast, policy or unstated
 * @param periodKind  flow over {@code period}, stock as of {@code asOf}, or no period
 * @param asOf        for a stock, the month it is stated as of, else null
 * @param valueFigureId id of the figure whose value, unit and label the fact shows (one of
 *                    {@code figureIds}); its own id, {@link #id()}, is made from it
 */
public record Fact(
        String indicator,
        String category,
        String metric,
        double value,
        String unit,
        Qualifier qualifier,
        Period period,
        Modality modality,
        SubjectKind subject,
        String subjectName,
        List<String> figureIds,
        String note,
        Nature nature,
        PeriodKind periodKind,
        YearMonth asOf,
        String valueFigureId) {

    /** What a fact's id starts with, so it never reads as the id of one figure. */
    public static final String ID_PREFIX = "F:";

    public Fact {
        figureIds = List.copyOf(figureIds);
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(periodKind, "periodKind");
        if (valueFigureId == null && !figureIds.isEmpty()) {
            valueFigureId = figureIds.get(0);
        }
    }

    /** A fact whose value comes from its first figure. */
    public Fact(String indicator, String category, String metric, double value, String unit, Qualifier qualifier,
                Period period, Modality modality, SubjectKind subject, String subjectName, List<String> figureIds,
                String note, Nature nature, PeriodKind periodKind, YearMonth asOf) {
        this(indicator, category, metric, value, unit, qualifier, period, modality, subject, subjectName, figureIds,
                note, nature, periodKind, asOf, null);
    }

    /** A fact whose nature follows its modality, a flow over its period (or without one). */
    public Fact(String indicator, String category, String metric, double value, String unit, Qualifier qualifier,
                Period period, Modality modality, SubjectKind subject, String subjectName, List<String> figureIds,
                String note) {
        this(indicator, category, metric, value, unit, qualifier, period, modality, subject, subjectName, figureIds,
                note, Nature.of(modality), PeriodKind.FLOW, null);
    }

    /**
     * The fact's id, the same in summary.json, the workbook and the briefing: {@value #ID_PREFIX} and
     * the id of the figure its value comes from, so it stays the same for the same articles.
     */
    public String id() {
        return valueFigureId == null ? null : ID_PREFIX + valueFigureId;
    }

    /**
     * The words the article uses for what was measured (出院人次, 成功签约项目), which say more than the
     * indicator they are grouped under (医疗卫生, 签约项目数).
     */
    public String label() {
        String words = metric.replace("“", "").replace("”", "");
        // the zone's figure a department reports (城市管理和综合执法局: 带动就业) says whose desk it is from
        return subject == SubjectKind.ZONE && subjectName != null && !words.startsWith(subjectName)
                ? subjectName + words : words;
    }

    /** True for the zone's figure that one of its departments reports of its own work. */
    public boolean fromDepartment() {
        return subject == SubjectKind.ZONE && subjectName != null;
    }
}
