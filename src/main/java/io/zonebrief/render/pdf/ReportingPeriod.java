package io.zonebrief.render.pdf;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Series;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.UnitSummary;
import io.zonebrief.summary.ZoneSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The months a briefing reports on (报告期), e.g. 2024-01..2024-09: it keeps the results of those
 * months, levels that stand as of one of them, and the goals and plans for a span that overlaps them;
 * a figure the articles do not date is kept when its article came out in those months or in the
 * {@value #LAG_MONTHS} months after, when reports on them appear. This class is immutable.
 *
 * <pre>
 * ReportingPeriod q3 = ReportingPeriod.parse("2024-01..2024-09");
 * BriefingTemplate t = BriefingTemplate.defaults().withPeriod(q3);
 * </pre>
 *
 * @param from the first month
 * @param to   the last month, the one the briefing's data stand as of (数据截至)
 */
public record ReportingPeriod(YearMonth from, YearMonth to) {

    /** Months after a period in which articles still report on it (statistics come out late). */
    static final int LAG_MONTHS = 2;

    public ReportingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a reporting period must end on or after " + from + " but ended " + to);
        }
    }

    /**
     * Reads "2024-01..2024-09", a single month "2024-09" or a year "2024".
     *
     * @throws IllegalArgumentException naming what was expected and what was given
     */
    public static ReportingPeriod parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            if (t.matches("\\d{4}")) {
                int year = Integer.parseInt(t);
                return new ReportingPeriod(YearMonth.of(year, 1), YearMonth.of(year, 12));
            }
            int dots = t.indexOf("..");
            if (dots < 0) {
                YearMonth m = YearMonth.parse(t);
                return new ReportingPeriod(m, m);
            }
            return new ReportingPeriod(YearMonth.parse(t.substring(0, dots).strip()),
                    YearMonth.parse(t.substring(dots + 2).strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a period must be written 2024-01..2024-09, 2024-09 or 2024 but was '"
                    + text + "'");
        }
    }

    /** "2024年1—9月". */
    public String label() {
        return new Period(from, to).label();
    }

    /** "数据截至2024年9月". */
    public String upTo() {
        return "数据截至" + to.getYear() + "年" + to.getMonthValue() + "月";
    }

    /** The summary with only what falls in this period; zones left with nothing are dropped. */
    Summary select(Summary summary) {
        Map<String, LocalDate> published = new HashMap<>();
        for (DocumentInfo d : summary.documents()) {
            if (d.published() != null) {
                published.putIfAbsent(d.id(), d.published());
            }
        }
        Map<String, String> documentOf = new HashMap<>();
        for (Figure f : summary.figures()) {
            documentOf.put(f.id(), f.documentId());
        }
        Predicate<Fact> in = f -> holds(f, published, documentOf);
        List<ZoneSummary> zones = summary.zones().stream().map(z -> select(z, in))
                .filter(z -> !z.facts().isEmpty() || !z.units().isEmpty() || !z.context().isEmpty()).toList();
        return new Summary(summary.generatedAt(), summary.documents(), summary.figures(), zones, summary.problems(),
                summary.reviews());
    }

    /** The zone with only the facts (its own, its units' and context) that {@code in} lets through. */
    static ZoneSummary select(ZoneSummary z, Predicate<Fact> in) {
        List<Fact> facts = z.facts().stream().filter(in).toList();
        Set<String> kept = new HashSet<>();
        facts.forEach(f -> kept.addAll(f.figureIds()));
        List<Series> series = z.series().stream().filter(s -> s.points().stream()
                .allMatch(p -> p.figureIds().stream().anyMatch(kept::contains))).toList();
        List<UnitSummary> units = z.units().stream()
                .map(u -> new UnitSummary(u.kind(), u.name(), u.facts().stream().filter(in).toList()))
                .filter(u -> !u.facts().isEmpty()).toList();
        return new ZoneSummary(z.zone(), z.fullName(), z.province(), z.city(), z.documentIds(), facts, z.conflicts(),
                series, z.entities(), units, z.context().stream().filter(in).toList());
    }

    /** True when a fact belongs in a briefing on this period. */
    boolean holds(Fact f, Map<String, LocalDate> published, Map<String, String> documentOf) {
        YearMonth at = switch (f.periodKind()) {
            case STOCK -> f.asOf() != null ? f.asOf() : f.period() == null ? null : f.period().to();
            case FLOW, NONE -> null;
        };
        if (at != null) {
            return !at.isBefore(from) && !at.isAfter(to);
        }
        Period p = f.periodKind() == io.zonebrief.extract.PeriodKind.FLOW ? f.period() : null;
        if (p != null) {
            boolean within = !p.from().isBefore(from) && !p.to().isAfter(to);
            boolean overlaps = !p.to().isBefore(from) && !p.from().isAfter(to);
            return f.nature() == Nature.ACHIEVED ? within : overlaps;
        }
        return f.figureIds().stream().map(documentOf::get).filter(Objects::nonNull).map(published::get)
                .filter(Objects::nonNull).map(YearMonth::from)
                .anyMatch(m -> !m.isBefore(from) && !m.isAfter(to.plusMonths(LAG_MONTHS)));
    }
}
