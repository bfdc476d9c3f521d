package io.zonebrief.render.chart;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One bar or slice of a chart. The value is already in the chart's display unit, and the label is
 * the text printed on the bar, formatted the way the briefing's tables print the same number.
 *
 * @param series   the series the bar belongs to (实际, 目标…); one-series charts use the chart's name
 * @param category the category label under the bar (an indicator, a zone and its period…)
 * @param value    the value in the chart's display unit
 * @param label    the value as printed on the bar, e.g. "129.53"
 * @param basis    what the value is (whose, which measure, unit, nature and time), or null for a
 *                 point that no fact stands behind
 */
public record ChartPoint(String series, String category, double value, String label, Basis basis) {

    public ChartPoint {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(label, "label");
    }

    /** A point drawn from no fact (a hand-made chart). */
    public ChartPoint(String series, String category, double value, String label) {
        this(series, category, value, label, null);
    }

    /**
     * What a chart value measures, so that whoever reads a chart plan can check that its values are
     * alike: the same measure of the same body, in one unit, of one nature and one time.
     *
     * @param zone        the zone the value belongs to, or null when the caller did not say
     * @param subject     whose figure it is (the zone's own, a park's, a project's…)
     * @param subjectName the named park, project or enterprise, or null
     * @param measure     what is measured (签约项目总投资); the parts of a breakdown carry their whole's
     * @param unit        the base unit (元, 个, 家…)
     * @param nature      achieved, goal, plan…
     * @param periodKind  flow, stock or none
     * @param period      the span of a flow, or null
     * @param asOf        the month a stock stands as of, or null
     */
    public record Basis(String zone, SubjectKind subject, String subjectName, String measure, String unit,
                        Nature nature, PeriodKind periodKind, Period period, YearMonth asOf) {

        static Basis of(String zone, Fact f) {
            return new Basis(zone, f.subject(), f.subjectName(), f.label(), f.unit(), f.nature(), f.periodKind(),
                    f.period(), f.asOf());
        }

        static Basis of(Figure f, String measure) {
            return new Basis(f.zone(), f.subject(), f.subjectName(), measure, f.unit(), f.nature(), f.periodKind(),
                    f.period(), f.asOf());
        }

        /** The same value read as another measure (a part read as a share of its whole). */
        Basis measuring(String otherMeasure) {
            return new Basis(zone, subject, subjectName, otherMeasure, unit, nature, periodKind, period, asOf);
        }

        /**
         * When the value holds: the span of a flow, the month of a stock (its period's last month when
         * the article gives no other), or null for a value without a period.
         */
        public Object time() {
            return switch (periodKind) {
                case FLOW -> period;
                case STOCK -> asOf != null ? asOf : period == null ? null : period.to();
                case NONE -> null;
            };
        }
    }
}
