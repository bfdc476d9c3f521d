package io.zonebrief.render.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parts of the workbook a user may want in their own words: sheet names, column headers, the
 * indicators the overview prefers, the review choices, and the document properties (title,
 * author, organisation). Column order and content stay fixed in code so that renaming a header
 * never breaks a reader of the workbook.
 *
 * <p>The defaults are bundled in the jar; {@code templates/workbook.yaml} is an identical copy
 * for users to edit, and any key left out of an edited file keeps its default. This class is
 * immutable.</p>
 *
 * <pre>
 * WorkbookTemplate template = WorkbookTemplate.load(Path.of("templates/workbook.yaml"));
 * new WorkbookRenderer(template).write(summary, out);
 * </pre>
 */
public final class WorkbookTemplate {

    static final String RESOURCE = "workbook.yaml";
    private static final WorkbookTemplate DEFAULTS = readBundled();

    private final String title;
    private final String author;
    private final String organisation;
    private final String overviewSheet;
    private final String detailsSheet;
    private final String sourcesSheet;
    private final List<String> overviewIndicators;
    private final int maxIndicators;
    private final List<String> reviewChoices;
    private final Map<Column, String> headers;

    private WorkbookTemplate(Draft d) {
        title = d.title;
        author = d.author;
        organisation = d.organisation;
        overviewSheet = d.overviewSheet;
        detailsSheet = d.detailsSheet;
        sourcesSheet = d.sourcesSheet;
        overviewIndicators = List.copyOf(d.overviewIndicators);
        maxIndicators = d.maxIndicators;
        reviewChoices = List.of(d.keep, d.modify, d.delete);
        headers = new EnumMap<>(d.headers);
    }

    /** The bundled template: Chinese sheet names and headers. */
    public static WorkbookTemplate defaults() {
        return DEFAULTS;
    }

    /**
     * Reads a template file; keys it leaves out keep their defaults.
     *
     * @throws IOException when the file cannot be read or is not a valid template; the one-line
     *                     message names the file and line, e.g. {@code workbook.yaml:12: ...}
     */
    public static WorkbookTemplate load(Path file) throws IOException {
        String yaml = io.zonebrief.internal.SettingsFile.read(file, "workbook template");
        return TemplateParser.parse(yaml, file.toString(), new Draft(DEFAULTS));
    }

    /** Document title, also the overview sheet's heading. */
    public String title() {
        return title;
    }

    /** Document author. */
    public String author() {
        return author;
    }

    /** Organisation (the document's company property); may be empty. */
    public String organisation() {
        return organisation;
    }

    public String overviewSheet() {
        return overviewSheet;
    }

    public String detailsSheet() {
        return detailsSheet;
    }

    public String sourcesSheet() {
        return sourcesSheet;
    }

    /** Indicators the overview shows first when zones share them, in order of preference. */
    public List<String> overviewIndicators() {
        return overviewIndicators;
    }

    /** At most this many indicator columns on the overview. */
    public int maxIndicators() {
        return maxIndicators;
    }

    /** The review dropdown's choices: keep, modify, delete. */
    public List<String> reviewChoices() {
        return reviewChoices;
    }

    String header(Column column) {
        return headers.get(column);
    }

    List<String> headers(Column.Group group) {
        return group.columns().stream().map(headers::get).toList();
    }

    private static WorkbookTemplate readBundled() {
        try (InputStream in = WorkbookTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled template " + RESOURCE + " is missing from the jar");
            }
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return TemplateParser.parse(yaml, RESOURCE, new Draft());
        } catch (IOException e) {
            throw new UncheckedIOException("bundled template is broken: " + e.getMessage(), e);
        }
    }

    /** Mutable values while a template file is read; {@link #build()} checks that nothing is missing. */
    static final class Draft {
        String title;
        String author;
        String organisation = "";
        String overviewSheet;
        String detailsSheet;
        String sourcesSheet;
        List<String> overviewIndicators = List.of();
        int maxIndicators = 4;
        String keep;
        String modify;
        String delete;
        final Map<Column, String> headers = new EnumMap<>(Column.class);

        Draft() {
        }

        Draft(WorkbookTemplate t) {
            title = t.title;
            author = t.author;
            organisation = t.organisation;
            overviewSheet = t.overviewSheet;
            detailsSheet = t.detailsSheet;
            sourcesSheet = t.sourcesSheet;
            overviewIndicators = t.overviewIndicators;
            maxIndicators = t.maxIndicators;
            keep = t.reviewChoices.get(0);
            modify = t.reviewChoices.get(1);
            delete = t.reviewChoices.get(2);
            headers.putAll(t.headers);
        }

        WorkbookTemplate build() {
            List.of(title, author, organisation, overviewSheet, detailsSheet, sourcesSheet, keep, modify, delete)
                    .forEach(v -> Objects.requireNonNull(v, "template value missing"));
            for (Column c : Column.values()) {
                if (headers.get(c) == null) {
                    throw new IllegalStateException("template has no header for columns."
                            + c.group().key() + "." + c.key());
                }
            }
            return new WorkbookTemplate(this);
        }
    }
}
