package io.zonebrief.render.excel;

import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Summary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The workbook's document properties: title, author and organisation from the template, a created
 * date taken from the summary (never the clock, so the same summary gives the same workbook), and
 * the custom properties that let {@link ReviewReader} recognise a workbook this renderer wrote.
 */
final class DocumentProperties {

    static final String MARKER = "ZoneBrief.workbook";
    static final String MARKER_VERSION = "1";
    static final String DETAILS_SHEET = "ZoneBrief.detailsSheet";
    static final String ID_HEADER = "ZoneBrief.idHeader";
    static final String REVIEW_HEADER = "ZoneBrief.reviewHeader";
    static final String CORRECTION_HEADER = "ZoneBrief.correctionHeader";
    static final String REVIEW_CHOICES = "ZoneBrief.reviewChoices";
    static final String CHOICE_SEPARATOR = "/";
    /** Zone sheets whose facts can be reviewed, separated by {@value #CHOICE_SEPARATOR} (no sheet name holds one). */
    static final String ZONE_SHEETS = "ZoneBrief.zoneSheets";
    /** Followed by {@code <group>.<key>}: the header of a column {@link ReviewReader} reads. */
    static final String HEADER_PREFIX = "ZoneBrief.header.";
    /** The columns a reviewer writes in or {@link ReviewReader} finds rows by. */
    static final List<Column> REVIEWED = List.of(Column.DETAILS_ID, Column.DETAILS_REVIEW, Column.DETAILS_CORRECTION,
            Column.DETAILS_FIX_SUBJECT_KIND, Column.DETAILS_FIX_SUBJECT_NAME, Column.DETAILS_FIX_PERIOD,
            Column.DETAILS_FIX_NATURE, Column.DETAILS_FIX_METRIC, Column.DETAILS_REVIEWER, Column.DETAILS_REVIEW_NOTE,
            Column.ZONE_ID, Column.ZONE_REVIEW, Column.ZONE_REVIEWER, Column.ZONE_REVIEW_NOTE);
    /** The run that wrote the workbook; summary.json and the briefing of the same set carry the same id. */
    static final String RUN_ID = "ZoneBrief.runId";

    private DocumentProperties() {
    }

    /** The property naming the header of {@code column}. */
    static String header(Column column) {
        return HEADER_PREFIX + column.group().key() + "." + column.key();
    }

    static void apply(XSSFWorkbook wb, Summary summary, WorkbookTemplate template, String detailsSheet,
                      Collection<String> zoneSheets, String runId) {
        POIXMLProperties props = wb.getProperties();
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setTitle(template.title());
        core.setCreator(template.author());
        core.setDescription("ZoneBrief");
        Optional<Date> created = created(summary);
        core.setCreated(created);
        core.setModified(created);
        if (!template.organisation().isEmpty()) {
            props.getExtendedProperties().setCompany(template.organisation());
        }
        POIXMLProperties.CustomProperties custom = props.getCustomProperties();
        custom.addProperty(MARKER, MARKER_VERSION);
        custom.addProperty(DETAILS_SHEET, detailsSheet);
        custom.addProperty(ID_HEADER, template.header(Column.DETAILS_ID));
        custom.addProperty(REVIEW_HEADER, template.header(Column.DETAILS_REVIEW));
        custom.addProperty(CORRECTION_HEADER, template.header(Column.DETAILS_CORRECTION));
        custom.addProperty(REVIEW_CHOICES, String.join(CHOICE_SEPARATOR, template.reviewChoices()));
        for (Column c : REVIEWED) {
            custom.addProperty(header(c), template.header(c));
        }
        custom.addProperty(ZONE_SHEETS, String.join(CHOICE_SEPARATOR, zoneSheets));
        if (runId != null) {
            custom.addProperty(RUN_ID, runId);
        }
    }

    /** The run's time when the summary has one, else the latest publication date, else none. */
    static Optional<Date> created(Summary summary) {
        if (summary.generatedAt() != null) {
            Instant at = parse(summary.generatedAt().strip());
            if (at != null) {
                return Optional.of(Date.from(at));
            }
        }
        return summary.documents().stream().map(DocumentInfo::published).filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .map(d -> Date.from(d.atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static Instant parse(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // not an offset date-time; try the other ISO forms
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a plain date
        }
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
