package io.zonebrief.render.pdf;

import io.zonebrief.summary.Fact;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * @param colophon     the 报尾 lines (报, 送, 发 and the number of copies), printed only where given
 * @param pageNumbers  how the footer numbers pages
 * @param period       the months the briefing reports on (报告期), or null for what the sources cover
 * @param faces        the faces and size of body text and headings (公文: 仿宋 body, 黑体 and 楷体 headings)
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
        List<Section> sections,
        Colophon colophon,
        PageNumbers pageNumbers,
        ReportingPeriod period,
        Faces faces) {

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
        colophon = Objects.requireNonNullElse(colophon, Colophon.NONE);
        pageNumbers = Objects.requireNonNullElse(pageNumbers, PageNumbers.TOTAL);
        faces = Objects.requireNonNullElse(faces, Faces.DEFAULT);
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
        String text = io.zonebrief.internal.SettingsFile.read(file, "briefing template");
        Path dir = file.toAbsolutePath().getParent();
        return TemplateReader.read(text, file.toString(), dir, defaults());
    }

    /** A copy with another title, for callers that set it from the command line. */
    public BriefingTemplate withTitle(String newTitle) {
        return new BriefingTemplate(newTitle, subtitle, issue, organisation, marking, colours, logo, font, charts,
                sections, colophon, pageNumbers, period, faces);
    }

    /** A copy with another issue number. */
    public BriefingTemplate withIssue(String newIssue) {
        return new BriefingTemplate(title, subtitle, newIssue, organisation, marking, colours, logo, font, charts,
                sections, colophon, pageNumbers, period, faces);
    }

    /** A copy reporting on other months ({@code --period}), or on what the sources cover for null. */
    public BriefingTemplate withPeriod(ReportingPeriod newPeriod) {
        return new BriefingTemplate(title, subtitle, issue, organisation, marking, colours, logo, font, charts,
                sections, colophon, pageNumbers, newPeriod, faces);
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

    /**
     * The faces of the text roles of a 公文 (GB/T 9704): body text in a Song or FangSong face, 一级标题
     * in a Hei face, 二级标题 in a Kai face, all of one size (三号, 16pt). A null face is the
     * briefing's main font; tables, notes and charts always use the main font.
     *
     * @param body     TrueType file of the body face, or null
     * @param heading1 TrueType file of the first-level heading face, or null
     * @param heading2 TrueType file of the second-level heading face, or null
     * @param size     the size of body text and headings in points
     */
    public record Faces(Path body, Path heading1, Path heading2, float size) {
        /** The main font throughout, at 三号. */
        public static final Faces DEFAULT = new Faces(null, null, null, 16f);

        public Faces {
            if (!(size >= 9f && size <= 22f)) {
                throw new IllegalArgumentException("the text size must be 9 to 22 points but was " + size);
            }
        }
    }

    /** How a kind of chart is drawn; a pie only suits the parts of one whole, a line only a series over time. */
    public enum ChartType {
        BAR, PIE, LINE, NONE
    }

    /**
     * The 报尾 of a government briefing, printed at the foot of the last page under a rule: who the
     * issue is reported to (报, superiors), sent to (送, peers) and issued to (发, subordinates), and how
     * many copies were printed. Empty lines and a null count are left out, so a template that says
     * nothing prints only the compiler and the date.
     *
     * @param reportTo superiors (报), or ""
     * @param copyTo   peers (送), or ""
     * @param sendTo   subordinates (发), or ""
     * @param copies   copies printed (共印N份), or null
     */
    public record Colophon(String reportTo, String copyTo, String sendTo, Integer copies) {
        /** Nothing to report, send or count. */
        public static final Colophon NONE = new Colophon("", "", "", null);

        public Colophon {
            reportTo = Objects.requireNonNullElse(reportTo, "").strip();
            copyTo = Objects.requireNonNullElse(copyTo, "").strip();
            sendTo = Objects.requireNonNullElse(sendTo, "").strip();
            if (copies != null && copies < 1) {
                throw new IllegalArgumentException("copies must be 1 or more but was " + copies);
            }
        }
    }

    /** How pages are numbered: "第 X 页 / 共 Y 页", or "— X —" as GB/T 9704 prints it. */
    public enum PageNumbers {
        TOTAL, DASH
    }

    /**
     * How each kind of chart is drawn.
     *
     * @param category   several indicators of one category, unit and period
     * @param breakdown  the parts of one figure
     * @param target     actual against target
     * @param comparison one indicator across zones
     * @param series     one measure over two or more periods
     */
    public record ChartTypes(ChartType category, ChartType breakdown, ChartType target, ChartType comparison,
                             ChartType series) {
        public ChartTypes {
            Objects.requireNonNull(series, "series");
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
