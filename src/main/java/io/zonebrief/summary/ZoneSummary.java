package io.zonebrief.summary;

import java.util.List;

/**
 * Everything the articles say about one zone. This class is immutable.
 *
 * @param zone        short name (焦作高新区); the summary keeps unattributed figures under "未识别"
 * @param fullName    official name from the gazetteer, or null
 * @param province    province, or null
 * @param city        city, or null
 * @param documentIds documents attributed to the zone
 * @param facts       the zone's own deduplicated facts, ordered by category, then indicator, then period
 * @param conflicts   human-readable notes on values that disagree for the same indicator and period,
 *                    and on breakdowns whose parts add up to more than their whole
 * @param series      measures with values for two or more periods, in period order
 * @param entities    parks, projects and enterprises named with figures
 * @param units       facts of the parks, projects and enterprises inside the zone, one entry each
 * @param context     facts of other bodies (a hospital, a fund, the whole city or district) and policy
 *                    standards: said in the zone's articles, but not the zone's results
 */
public record ZoneSummary(
        String zone,
        String fullName,
        String province,
        String city,
        List<String> documentIds,
        List<Fact> facts,
        List<String> conflicts,
        List<Series> series,
        List<Entity> entities,
        List<UnitSummary> units,
        List<Fact> context) {

    public static final String UNKNOWN_ZONE = "未识别";

    public ZoneSummary {
        documentIds = List.copyOf(documentIds);
        facts = List.copyOf(facts);
        conflicts = List.copyOf(conflicts);
        series = List.copyOf(series);
        entities = List.copyOf(entities);
        units = List.copyOf(units);
        context = List.copyOf(context);
    }

    /** A zone summary without parks, projects or context facts. */
    public ZoneSummary(String zone, String fullName, String province, String city, List<String> documentIds,
                       List<Fact> facts, List<String> conflicts, List<Series> series, List<Entity> entities) {
        this(zone, fullName, province, city, documentIds, facts, conflicts, series, entities, List.of(), List.of());
    }

    /** A zone summary without series or entities. */
    public ZoneSummary(String zone, String fullName, String province, String city, List<String> documentIds,
                       List<Fact> facts, List<String> conflicts) {
        this(zone, fullName, province, city, documentIds, facts, conflicts, List.of(), List.of(), List.of(), List.of());
    }
}
