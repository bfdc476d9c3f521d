package io.zonebrief.summary;

import java.time.LocalDate;
import java.util.List;

/**
 * One input document as the summary reports it: where it came from, when it was published, which
 * zone it is about and why, and what went wrong reading it. This class is immutable.
 *
 * @param id             file name without extension; figures refer to it
 * @param file           the path as given on the command line
 * @param format         txt, docx, html or pdf
 * @param charset        the charset the text was decoded with (null for binary formats)
 * @param published      publication date, or null when nothing in or about the file says it
 * @param publishedHow   how the date was found: masthead, text, manifest or none
 * @param zone           short zone name, or null when the document cannot be attributed
 * @param zoneConfidence 0..1
 * @param zoneReason     why the zone was chosen, in words a user can check
 * @param headlines      headlines of the articles found in the document, in order
 * @param figureCount    number of figures extracted
 * @param warnings       problems that did not stop the document from being read
 * @param source         the newspaper or site it comes from, when known, else null
 */
public record DocumentInfo(
        String id,
        String file,
        String format,
        String charset,
        LocalDate published,
        String publishedHow,
        String zone,
        double zoneConfidence,
        String zoneReason,
        List<String> headlines,
        int figureCount,
        List<String> warnings,
        String source) {

    public DocumentInfo {
        headlines = List.copyOf(headlines);
        warnings = List.copyOf(warnings);
    }

    /** A document whose source is not known. */
    public DocumentInfo(String id, String file, String format, String charset, LocalDate published, String publishedHow,
                        String zone, double zoneConfidence, String zoneReason, List<String> headlines, int figureCount,
                        List<String> warnings) {
        this(id, file, format, charset, published, publishedHow, zone, zoneConfidence, zoneReason, headlines,
                figureCount, warnings, null);
    }

    /** The first headline, or the id when the document has none. */
    public String title() {
        return headlines.isEmpty() ? id : headlines.get(0);
    }
}
