package io.zonebrief.render.pdf;

import io.zonebrief.extract.Nature;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Figures clearly older than a zone's newest: a briefing presents a zone's latest period in its
 * main text, and figures ending {@value #OLDER_MONTHS} months or more before the zone's newest
 * result (a 2021 total beside a 2024 one) go to an appendix table with their periods, where they read
 * as history rather than as this news. A figure the article leaves undated (目前, 总投资) is
 * taken as of its article's month; one whose article has no date stays.
 */
final class Staleness {

    /**
     * A figure ending this many months or more before its zone's newest result is an older one: last
     * year's figures still frame this year's, those of the year before are history.
     */
    static final int OLDER_MONTHS = 24;

    /**
     * @param current the summary with each zone's current figures only (its own and its units'), and
     *                every figure of other bodies
     * @param older   per zone, its own and its units' older facts in time order
     */
    record Split(Summary current, Map<String, List<Fact>> older) {
    }

    private Staleness() {
    }

    /** Splits every zone's figures into current and older ones. */
    static Split split(Summary summary, Function<Fact, YearMonth> published) {
        Map<String, List<Fact>> older = new LinkedHashMap<>();
        List<ZoneSummary> zones = new ArrayList<>();
        for (ZoneSummary z : summary.zones()) {
            Function<Fact, YearMonth> when = f -> month(f) != null ? month(f) : published.apply(f);
            YearMonth newest = newest(z, when);
            if (newest == null) {
                zones.add(z);
                continue;
            }
            YearMonth cut = newest.minusMonths(OLDER_MONTHS);
            Predicate<Fact> current = f -> when.apply(f) == null || when.apply(f).isAfter(cut);
            List<Fact> old = Stream.concat(z.facts().stream(), z.units().stream().flatMap(u -> u.facts().stream()))
                    .filter(current.negate()).sorted((a, b) -> when.apply(a).compareTo(when.apply(b))).toList();
            if (!old.isEmpty()) {
                older.put(z.zone(), old);
            }
            // other bodies' figures are not the zone's report: they keep their table, each with its period
            List<Fact> context = z.context();
            ZoneSummary kept = ReportingPeriod.select(z, current);
            zones.add(new ZoneSummary(kept.zone(), kept.fullName(), kept.province(), kept.city(), kept.documentIds(),
                    kept.facts(), kept.conflicts(), kept.series(), kept.entities(), kept.units(), context));
        }
        return new Split(new Summary(summary.generatedAt(), summary.documents(), summary.figures(), zones,
                summary.problems(), summary.reviews()), older);
    }

    /** Nothing moved: a reporting period already chose the figures. */
    static Split none(Summary summary) {
        return new Split(summary, Map.of());
    }

    /** The latest month a result of the zone or of its parks and projects covers or stands as of, or null. */
    static YearMonth newest(ZoneSummary z, Function<Fact, YearMonth> when) {
        return Stream.concat(z.facts().stream(), z.units().stream().flatMap(u -> u.facts().stream()))
                .filter(f -> f.nature() == Nature.ACHIEVED).map(when)
                .filter(Objects::nonNull).max(YearMonth::compareTo).orElse(null);
    }

    /** The month a fact's span ends or its level stands as of; null when it has no time. */
    static YearMonth month(Fact f) {
        return switch (f.periodKind()) {
            case FLOW -> f.period() == null ? null : f.period().to();
            case STOCK -> f.asOf() != null ? f.asOf() : f.period() == null ? null : f.period().to();
            case NONE -> null;
        };
    }
}
