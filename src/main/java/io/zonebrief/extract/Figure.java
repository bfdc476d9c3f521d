package io.zonebrief.extract;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One quantity stated in an article, with what it measures and where it came from.
 *
 * <p>{@code value} is in base units: money in 元 (foreign money in its own unit), counts as plain
 * numbers, percentages as the percent number. {@code start}/{@code end} are character offsets into
 * the document's decoded text, so {@code text.equals(original.substring(start, end))}.
 * This class is immutable; the zone and summary stages add what they learn with the {@code with…}
 * methods.</p>
 *
 * @param id          stable identifier, {@code documentId#n} in document order
 * @param documentId  id of the document (file name without extension)
 * @param metric      short Chinese label of what is measured (签约项目, 总投资…)
 * @param value       number in base units; for a range, its lower end
 * @param valueTo     upper end of a range (3至5个), else null
 * @param unit        canonical unit (元, 美元, %, 个百分点, 个, 家, 亩…)
 * @param qualifier   how exact the number is
 * @param text        the words of the figure exactly as they stand in the document
 * @param sentence    the sentence it stands in, exactly as in the document
 * @param start       offset of {@code text} in the document
 * @param end         end offset (exclusive) of {@code text}
 * @param period      months the figure covers, or null when the text does not say
 * @param modality    actual, target or unknown
 * @param subject     what the figure is about
 * @param subjectName the named park, project or enterprise, or null
 * @param headline    headline of the article within the document, or null
 * @param role        how it relates to another figure: "growth", "share", "part" or null
 * @param parentId    id of the figure it qualifies or is part of, or null
 * @param zone        zone short name (焦作高新区), or null when unknown
 * @param nature      achieved, goal, plan, pipeline, forecast, policy or unstated
 * @param periodKind  flow over {@code period}, stock as of {@code asOf}, or no period
 * @param asOf        for a stock, the month it is stated as of, else null
 */
public record Figure(
        String id,
        String documentId,
        String metric,
        double value,
        Double valueTo,
        String unit,
        Qualifier qualifier,
        String text,
        String sentence,
        int start,
        int end,
        Period period,
        Modality modality,
        SubjectKind subject,
        String subjectName,
        String headline,
        String role,
        String parentId,
        String zone,
        Nature nature,
        PeriodKind periodKind,
        YearMonth asOf) {

    public Figure {
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(periodKind, "periodKind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(subject, "subject");
        if (end < start) {
            throw new IllegalArgumentException("figure end " + end + " before start " + start);
        }
    }

    /**
     * A figure as the extractor first sees it: its nature follows its modality, and it is a flow over
     * its period (stated or not) until the meaning pass says otherwise.
     */
    public Figure(String id, String documentId, String metric, double value, Double valueTo, String unit,
                  Qualifier qualifier, String text, String sentence, int start, int end, Period period,
                  Modality modality, SubjectKind subject, String subjectName, String headline, String role,
                  String parentId, String zone) {
        this(id, documentId, metric, value, valueTo, unit, qualifier, text, sentence, start, end, period, modality,
                subject, subjectName, headline, role, parentId, zone, Nature.of(modality),
                PeriodKind.FLOW, null);
    }

    public Figure withZone(String newZone) {
        return new Figure(id, documentId, metric, value, valueTo, unit, qualifier, text, sentence, start, end,
                period, modality, subject, subjectName, headline, role, parentId, newZone, nature, periodKind, asOf);
    }

    public Figure withPeriod(Period newPeriod) {
        return new Figure(id, documentId, metric, value, valueTo, unit, qualifier, text, sentence, start, end,
                newPeriod, modality, subject, subjectName, headline, role, parentId, zone, nature,
                periodKind, asOf);
    }

    public Figure withValue(double newValue, String newMetric) {
        return new Figure(id, documentId, newMetric, newValue, valueTo, unit, qualifier, text, sentence, start, end,
                period, modality, subject, subjectName, headline, role, parentId, zone, nature, periodKind, asOf);
    }

    /** This figure said to be {@code kind}'s, named {@code name} (null for the zone itself). */
    public Figure withScope(SubjectKind kind, String name) {
        return new Figure(id, documentId, metric, value, valueTo, unit, qualifier, text, sentence, start, end,
                period, modality, kind, name, headline, role, parentId, zone, nature, periodKind, asOf);
    }

    /** This figure with a finer nature; its modality follows. */
    public Figure withNature(Nature newNature) {
        return new Figure(id, documentId, metric, value, valueTo, unit, qualifier, text, sentence, start, end,
                period, newNature.modality(), subject, subjectName, headline, role, parentId, zone, newNature,
                periodKind, asOf);
    }

    /** This figure's relation to time: a flow over {@code newPeriod}, a stock as of {@code at}, or none. */
    public Figure withTime(PeriodKind kind, Period newPeriod, YearMonth at) {
        return new Figure(id, documentId, metric, value, valueTo, unit, qualifier, text, sentence, start, end,
                newPeriod, modality, subject, subjectName, headline, role, parentId, zone, nature, kind,
                kind == PeriodKind.STOCK ? at : null);
    }

    /** This figure with another label. */
    public Figure withMetric(String newMetric) {
        return withValue(value, newMetric);
    }

    /** True when the value has no fractional part, so it can be written as an integer. */
    public boolean integral() {
        return value == Math.rint(value) && Math.abs(value) < 1e15;
    }
}
