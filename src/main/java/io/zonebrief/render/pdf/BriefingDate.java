package io.zonebrief.render.pdf;

import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Summary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.TimeZone;

/**
 * The date a briefing is issued on: the run's time when the summary has one, else (the reproducible
 * mode) the latest publication date of its documents, so the same summary always yields the same
 * PDF. Also the instant written into the PDF's creation and modification dates.
 *
 * @param date    the printed date, or null when neither the run nor any document has one
 * @param instant the metadata timestamp; the Unix epoch when nothing is known
 */
record BriefingDate(LocalDate date, Instant instant) {

    BriefingDate {
        Objects.requireNonNull(instant, "instant");
    }

    static BriefingDate of(Summary summary) {
        if (summary.generatedAt() != null && !summary.generatedAt().isBlank()) {
            Instant at = parse(summary.generatedAt().trim());
            if (at != null) {
                String text = summary.generatedAt().trim();
                LocalDate printed = text.length() >= 10 ? LocalDate.parse(text.substring(0, 10)) : null;
                return new BriefingDate(printed, at);
            }
        }
        LocalDate latest = summary.documents().stream().map(DocumentInfo::published).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        Instant at = latest == null ? Instant.EPOCH : latest.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new BriefingDate(latest, at);
    }

    /** "2024年10月1日", or "" when there is no date. */
    String printed() {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    Calendar calendar() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        c.setTimeInMillis(instant.toEpochMilli());
        return c;
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            // fall through: a local date-time or a bare date
        }
        try {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // fall through
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text).atStartOfDay()
                    .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
