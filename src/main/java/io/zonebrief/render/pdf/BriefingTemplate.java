package io.zonebrief.render.pdf;

import io.zonebrief.summary.Fact;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a briefing says about itself and how it is laid out: masthead texts, colours, optional logo
 * and font, which charts to draw and which sections to print in which order. Users edit a YAML copy
 * (templates/briefing.yaml); the canonical default travels in the jar so the tool works without the
 * repository. This class is immutable.
 *
 * <pre>
 * BriefingTemplate t = BriefingTemplate.load(Path.of("templates/briefing.yaml"));
 * new BriefingRenderer(t).write(summary, out);
 * </pre>
 *
 * @param title        the briefing's name, printed large and red (高新区经济运行简报)
 * @param subtitle     a line under the name, or ""
 * @param issue        the issue number as printed (第X期)
 * @param organisation the body that compiles it (编印单位), left above the red rule
 * @param marking      the top-left marking (内部资料 注意保存), or ""
 * @param colours      title red and accent colour
 * @param logo         an image printed in the masthead, or null
 * @param font         a TrueType font used instead of the bundled Noto Sans SC, or null
 * @param charts       how each kind of chart is drawn, or not at all
 * @param sections     the body sections in order
 */
public record BriefingTemplate(
        String title,
        String subtitle,
        String issue,
        String organisation,
        String marking,
        Colours colours,
        Path logo,
        Path font,
        ChartTypes charts,
        List<Section> sections) {

    static final String RESOURCE = "/io/zonebrief/render/pdf/briefing.yaml";
    private static BriefingTemplate defaults;

    public BriefingTemplate {
        Objects.requireNonNull(title, "title");
        subtitle = Objects.requireNonNullElse(subtitle, "");
        Objects.requireNonNull(issue, "issue");
        organisation = Objects.requireNonNullElse(organisation, "");
        marking = Objects.requireNonNullElse(marking, "");
        Objects.requireNonNull(colours, "colours");
        Objects.requireNonNull(charts, "charts");
        sections = List.copyOf(sections);
    }

    /** The template bundled in the jar (the same text as templates/briefing.yaml). */
    public static synchronized BriefingTemplate defaults() {
        if (defaults == null) {
            try (InputStream in = BriefingTemplate.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("default briefing template " + RESOURCE + " is not on the classpath");
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                defaults = TemplateReader.read(text, "classpath:" + RESOURCE, null, null);
            } catch (IOException e) {
                throw new UncheckedIOException("default briefing template is broken: " + e.getMessage(), e);
            }
        }
        return defaults;
    }

    /**
     * Reads a template; keys it leaves out keep their default. Relative logo and font paths are
     * resolved against the file's folder.
     *
     * @throws IOException when the file cannot be read, or is not a valid template: the one-line
     *                     message names the file and the line ("briefing.yaml, line 12: …")
     */
    public static BriefingTemplate load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Path dir = file.toAbsolutePath().getParent();
        return TemplateReader.read(text, file.toString(), dir, defaults());
    }

    /** A copy with another title, for callers that set it from the command line. */
    public BriefingTemplate withTitle(String newTitle) {
        return new BriefingTemplate(newTitle, subtitle, issue, organisation, marking, colours, logo, font, charts,
                sections);
    }

    /** A copy with another issue number. */
    public BriefingTemplate withIssue(String newIssue) {
        return new BriefingTemplate(title, subtitle, newIssue, organisation, marking, colours, logo, font, charts,
                sections);
    }

    /**
     * The briefing's two colours.
     *
     * @param title  masthead name and rule (套红)
     * @param accent headings, table headers, first chart series
     */
    public record Colours(Color title, Color accent) {
        public Colours {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(accent, "accent");
        }
    }

    /** How a kind of chart is drawn. */
    public enum ChartType {
        BAR, PIE, NONE
    }

    /**
     * How each kind of chart is drawn.
     *
     * @param category   several indicators of one category, unit and period
     * @param breakdown  the parts of one figure
     * @param target     actual against target
     * @param comparison one indicator across zones
     */
    public record ChartTypes(ChartType category, ChartType breakdown, ChartType target, ChartType comparison) {
        public ChartTypes {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(breakdown, "breakdown");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(comparison, "comparison");
        }
    }

    /** The kinds of body section a template can list. */
    public enum SectionKind {
        SUMMARY, ZONES, COMPARISON, TABLE, SOURCES, QUOTES
    }

    /**
     * One body section.
     *
     * @param kind       what the section shows
     * @param title      its heading, also the bookmark and contents entry
     * @param categories only facts of these categories, or all when empty
     * @param indicators only facts of these indicators (or metric labels), or all when empty
     */
    public record Section(SectionKind kind, String title, List<String> categories, List<String> indicators) {
        public Section {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(title, "title");
            categories = categories == null ? List.of() : List.copyOf(categories);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        /** True when the section's filters let {@code fact} through. */
        public boolean shows(Fact fact) {
            return (categories.isEmpty() || categories.contains(fact.category()))
                    && (indicators.isEmpty() || indicators.contains(fact.label()) || indicators.contains(fact.metric()));
        }
    }
}
