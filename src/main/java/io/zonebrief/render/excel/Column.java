package io.zonebrief.render.excel;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every fixed column the workbook writes, grouped by the table it belongs to. The template names
 * each column by {@code columns.<group>.<key>}; the code decides order and content, so a user who
 * renames a header cannot break the review round-trip.
 */
enum Column {
    OVERVIEW_ZONE(Group.OVERVIEW, "zone"),
    OVERVIEW_FULL_NAME(Group.OVERVIEW, "fullName"),
    OVERVIEW_PROVINCE(Group.OVERVIEW, "province"),
    OVERVIEW_CITY(Group.OVERVIEW, "city"),
    OVERVIEW_DOCUMENTS(Group.OVERVIEW, "documents"),
    OVERVIEW_FACTS(Group.OVERVIEW, "facts"),
    OVERVIEW_PERIODS(Group.OVERVIEW, "periods"),

    ZONE_ID(Group.ZONE, "id"),
    ZONE_CATEGORY(Group.ZONE, "category"),
    ZONE_INDICATOR(Group.ZONE, "indicator"),
    ZONE_VALUE(Group.ZONE, "value"),
    ZONE_UNIT(Group.ZONE, "unit"),
    ZONE_QUALIFIER(Group.ZONE, "qualifier"),
    ZONE_PERIOD(Group.ZONE, "period"),
    ZONE_MODALITY(Group.ZONE, "modality"),
    ZONE_SUBJECT(Group.ZONE, "subject"),
    ZONE_DOCUMENT(Group.ZONE, "document"),
    ZONE_QUOTE(Group.ZONE, "quote"),
    ZONE_NOTE(Group.ZONE, "note"),
    ZONE_REVIEW(Group.ZONE, "review"),
    ZONE_REVIEWER(Group.ZONE, "reviewer"),
    ZONE_REVIEW_NOTE(Group.ZONE, "reviewNote"),
    // last, so that the review columns keep their letters in workbooks written before it
    ZONE_BRIEFING(Group.ZONE, "briefing"),

    DETAILS_ID(Group.DETAILS, "id"),
    DETAILS_FACT(Group.DETAILS, "fact"),
    DETAILS_ZONE(Group.DETAILS, "zone"),
    DETAILS_SUBJECT_KIND(Group.DETAILS, "subjectKind"),
    DETAILS_SUBJECT_NAME(Group.DETAILS, "subjectName"),
    DETAILS_METRIC(Group.DETAILS, "metric"),
    DETAILS_INDICATOR(Group.DETAILS, "indicator"),
    DETAILS_VALUE(Group.DETAILS, "value"),
    DETAILS_DISPLAY(Group.DETAILS, "display"),
    DETAILS_UNIT(Group.DETAILS, "unit"),
    DETAILS_QUALIFIER(Group.DETAILS, "qualifier"),
    DETAILS_PERIOD_FROM(Group.DETAILS, "periodFrom"),
    DETAILS_PERIOD_TO(Group.DETAILS, "periodTo"),
    DETAILS_MODALITY(Group.DETAILS, "modality"),
    DETAILS_NATURE(Group.DETAILS, "nature"),
    DETAILS_PERIOD_KIND(Group.DETAILS, "periodKind"),
    DETAILS_AS_OF(Group.DETAILS, "asOf"),
    DETAILS_ROLE(Group.DETAILS, "role"),
    DETAILS_DOCUMENT(Group.DETAILS, "document"),
    DETAILS_HEADLINE(Group.DETAILS, "headline"),
    DETAILS_QUOTE(Group.DETAILS, "quote"),
    DETAILS_SENTENCE(Group.DETAILS, "sentence"),
    DETAILS_REVIEW(Group.DETAILS, "review"),
    DETAILS_CORRECTION(Group.DETAILS, "correction"),
    DETAILS_FIX_SUBJECT_KIND(Group.DETAILS, "fixSubjectKind"),
    DETAILS_FIX_SUBJECT_NAME(Group.DETAILS, "fixSubjectName"),
    DETAILS_FIX_PERIOD(Group.DETAILS, "fixPeriod"),
    DETAILS_FIX_NATURE(Group.DETAILS, "fixNature"),
    DETAILS_FIX_METRIC(Group.DETAILS, "fixMetric"),
    DETAILS_REVIEWER(Group.DETAILS, "reviewer"),
    DETAILS_REVIEW_NOTE(Group.DETAILS, "reviewNote"),
    DETAILS_BRIEFING(Group.DETAILS, "briefing"),

    SOURCES_DOCUMENT(Group.SOURCES, "document"),
    SOURCES_TITLE(Group.SOURCES, "title"),
    SOURCES_SOURCE(Group.SOURCES, "source"),
    SOURCES_PUBLISHED(Group.SOURCES, "published"),
    SOURCES_PUBLISHED_HOW(Group.SOURCES, "publishedHow"),
    SOURCES_ZONE(Group.SOURCES, "zone"),
    SOURCES_CONFIDENCE(Group.SOURCES, "confidence"),
    SOURCES_REASON(Group.SOURCES, "reason"),
    SOURCES_FILE(Group.SOURCES, "file"),
    SOURCES_FORMAT(Group.SOURCES, "format"),
    SOURCES_FIGURES(Group.SOURCES, "figures"),
    SOURCES_WARNINGS(Group.SOURCES, "warnings"),

    PROBLEMS_FILE(Group.PROBLEMS, "file"),
    PROBLEMS_KIND(Group.PROBLEMS, "kind"),
    PROBLEMS_MESSAGE(Group.PROBLEMS, "message");

    /** A table of the workbook; its key is the YAML section under {@code columns}. */
    enum Group {
        OVERVIEW, ZONE, DETAILS, SOURCES, PROBLEMS;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The columns of this table, in the order they are written. */
        List<Column> columns() {
            return Arrays.stream(Column.values()).filter(c -> c.group == this).toList();
        }
    }

    private static final int[] INDEX = new int[values().length];

    static {
        for (Group g : Group.values()) {
            List<Column> cols = g.columns();
            for (int i = 0; i < cols.size(); i++) {
                INDEX[cols.get(i).ordinal()] = i;
            }
        }
    }

    private final Group group;
    private final String key;

    Column(Group group, String key) {
        this.group = group;
        this.key = key;
    }

    Group group() {
        return group;
    }

    String key() {
        return key;
    }

    /** Zero-based position of this column within its table. */
    int index() {
        return INDEX[ordinal()];
    }
}
