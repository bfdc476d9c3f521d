package io.zonebrief.render.pdf;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zonebrief.render.pdf.BriefingTemplate.ChartType;
import io.zonebrief.render.pdf.BriefingTemplate.ChartTypes;
import io.zonebrief.render.pdf.BriefingTemplate.Colophon;
import io.zonebrief.render.pdf.BriefingTemplate.PageNumbers;
import io.zonebrief.render.pdf.BriefingTemplate.Colours;
import io.zonebrief.render.pdf.BriefingTemplate.Faces;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.render.pdf.BriefingTemplate.SectionKind;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads the YAML template into a {@link BriefingTemplate}, filling what a user file leaves out from
 * the defaults, and turns every mistake into one line that names the file and the line, because the
 * person fixing it is editing that file in a text editor.
 */
final class TemplateReader {

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private TemplateReader() {
    }

    /**
     * @param text     the YAML
     * @param label    the file as the user named it, for messages
     * @param dir      folder that relative paths are resolved against, or null for the working folder
     * @param fallback values for keys the text leaves out, or null when every key is required
     */
    static BriefingTemplate read(String text, String label, Path dir, BriefingTemplate fallback) throws IOException {
        Doc doc;
        try (JsonParser parser = MAPPER.createParser(text)) {
            doc = parser.nextToken() == null ? null : MAPPER.readValue(parser, Doc.class);
        } catch (JsonProcessingException e) {
            throw new IOException(where(label, line(e, text)) + describe(e), e);
        }
        if (doc == null) {
            doc = new Doc(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }
        return new Merger(text, label, dir, fallback).merge(doc);
    }

    /**
     * The line to blame: SnakeYAML's problem mark for syntax errors (Jackson reports where the
     * enclosing token began), the key's own line for unknown keys (Jackson reports where it stopped
     * skipping), else Jackson's location.
     */
    private static int line(JsonProcessingException e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m && m.getProblemMark() != null) {
                return m.getProblemMark().getLine() + 1;
            }
        }
        if (e instanceof UnrecognizedPropertyException u) {
            int key = lineOfKey(text, u.getPropertyName());
            if (key > 0) {
                return key;
            }
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null && v.getCause().getMessage() != null) {
            // Jackson reports the end of the enclosing block; a check whose message opens with the key blames that key.
            int key = lineOfKey(text, v.getCause().getMessage().split(" ", 2)[0]);
            if (key > 0) {
                return key;
            }
        }
        JsonLocation at = e.getLocation();
        return at == null ? -1 : at.getLineNr();
    }

    static int lineOfKey(String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].stripLeading();
            if (l.startsWith("- ")) {
                l = l.substring(2).stripLeading();
            }
            if (l.startsWith(key + ":") || l.startsWith(key + " :")) {
                return i + 1;
            }
        }
        return -1;
    }

    static String where(String label, int line) {
        return line > 0 ? label + ", line " + line + ": " : label + ": ";
    }

    private static String describe(JsonProcessingException e) {
        String path = e instanceof JsonMappingException m ? path(m) : "";
        String prefix = path.isEmpty() ? "" : path + ": ";
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? ""
                    : u.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown key '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : "; expected one of " + known);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants())
                    .map(c -> c.toString().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
            return prefix + "'" + f.getValue() + "' is not one of " + allowed;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) {
                return firstLine(m.getProblem());
            }
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return prefix + firstLine(v.getCause().getMessage());
        }
        return prefix + firstLine(e.getOriginalMessage()).replaceAll("`[\\w.$]+\\$(\\w+)`", "$1");
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + (r.getIndex() + 1) + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid template";
        }
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    /** The file as written: every key optional so that defaults can fill the gaps. */
    record Doc(String title, String subtitle, String issue, String organisation, String marking, ColoursDoc colours,
               String logo, String font, ChartsDoc charts, List<SectionDoc> sections, ColophonDoc colophon,
               @JsonProperty("page_numbers") PageNumbers pageNumbers, PeriodText period, FacesDoc faces) {
    }

    record FacesDoc(String body, String heading1, String heading2, Float size) {
    }

    /** A reporting period written 2024-01..2024-09, 2024-09 or 2024. */
    record PeriodText(ReportingPeriod period) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static PeriodText of(String text) {
            return new PeriodText(ReportingPeriod.parse(text));
        }
    }

    record ColophonDoc(@JsonProperty("report_to") String reportTo, @JsonProperty("copy_to") String copyTo,
                       @JsonProperty("send_to") String sendTo, Integer copies) {
        ColophonDoc {
            if (copies != null && copies < 1) {
                throw new IllegalArgumentException("copies must be 1 or more, or null, but was " + copies);
            }
        }
    }

    record ColoursDoc(Hex title, Hex accent) {
    }

    record ChartsDoc(ChartType category, ChartType breakdown, ChartType target, ChartType comparison,
                     ChartType series) {
    }

    record SectionDoc(SectionKind kind, String title, List<String> categories, List<String> indicators) {
        SectionDoc {
            if (kind == null) {
                throw new IllegalArgumentException("a section needs a kind, one of " + Arrays.stream(SectionKind.values())
                        .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
            }
        }
    }

    /** A colour written "#RRGGBB". */
    record Hex(Color color) {
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Hex of(String text) {
            if (text == null || !text.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException("a colour must be written \"#RRGGBB\" but was '" + text + "'");
            }
            return new Hex(new Color(Integer.parseInt(text.substring(1), 16)));
        }
    }

    /** Combines the file with the defaults and checks what only makes sense as a whole. */
    private record Merger(String text, String label, Path dir, BriefingTemplate fallback) {

        BriefingTemplate merge(Doc d) throws IOException {
            BriefingTemplate f = fallback;
            Colours colours = colours(d.colours());
            ChartTypes charts = charts(d.charts());
            List<Section> sections = sections(d.sections());
            return new BriefingTemplate(
                    pick(d.title(), f == null ? null : f.title(), "title"),
                    pick(d.subtitle(), f == null ? null : f.subtitle(), "subtitle"),
                    pick(d.issue(), f == null ? null : f.issue(), "issue"),
                    pick(d.organisation(), f == null ? null : f.organisation(), "organisation"),
                    pick(d.marking(), f == null ? null : f.marking(), "marking"),
                    colours,
                    file(d.logo(), "logo", f == null ? null : f.logo()),
                    file(d.font(), "font", f == null ? null : f.font()),
                    charts, sections, colophon(d.colophon()),
                    d.pageNumbers() != null ? d.pageNumbers() : f == null ? PageNumbers.TOTAL : f.pageNumbers(),
                    d.period() != null ? d.period().period() : f == null ? null : f.period(),
                    faces(d.faces()));
        }

        private Faces faces(FacesDoc d) throws IOException {
            Faces base = fallback == null ? Faces.DEFAULT : fallback.faces();
            if (d == null) {
                return base;
            }
            float size = d.size() != null ? d.size() : base.size();
            if (!(size >= 9f && size <= 22f)) {
                throw new IOException(where(label, lineOf("size")) + "faces.size must be 9 to 22 points but was " + size);
            }
            return new Faces(file(d.body(), "body", base.body()), file(d.heading1(), "heading1", base.heading1()),
                    file(d.heading2(), "heading2", base.heading2()), size);
        }

        private Colophon colophon(ColophonDoc c) {
            Colophon base = fallback == null ? Colophon.NONE : fallback.colophon();
            if (c == null) {
                return base;
            }
            return new Colophon(c.reportTo() != null ? c.reportTo() : base.reportTo(),
                    c.copyTo() != null ? c.copyTo() : base.copyTo(),
                    c.sendTo() != null ? c.sendTo() : base.sendTo(),
                    c.copies() != null ? c.copies() : base.copies());
        }

        private Colours colours(ColoursDoc c) throws IOException {
            Colours base = fallback == null ? null : fallback.colours();
            Color title = c != null && c.title() != null ? c.title().color() : base == null ? null : base.title();
            Color accent = c != null && c.accent() != null ? c.accent().color() : base == null ? null : base.accent();
            return new Colours(required(title, "colours.title"), required(accent, "colours.accent"));
        }

        private ChartTypes charts(ChartsDoc c) throws IOException {
            ChartTypes base = fallback == null ? null : fallback.charts();
            ChartTypes types = new ChartTypes(
                    required(c != null && c.category() != null ? c.category() : base == null ? null : base.category(),
                            "charts.category"),
                    required(c != null && c.breakdown() != null ? c.breakdown() : base == null ? null : base.breakdown(),
                            "charts.breakdown"),
                    required(c != null && c.target() != null ? c.target() : base == null ? null : base.target(),
                            "charts.target"),
                    required(c != null && c.comparison() != null ? c.comparison() : base == null ? null : base.comparison(),
                            "charts.comparison"),
                    required(c != null && c.series() != null ? c.series() : base == null ? null : base.series(),
                            "charts.series"));
            check(types.series() != ChartType.PIE, "series", "a series over time cannot be a pie; use line, bar or none");
            for (String key : List.of("category", "breakdown", "target", "comparison")) {
                ChartType t = switch (key) {
                    case "category" -> types.category();
                    case "breakdown" -> types.breakdown();
                    case "target" -> types.target();
                    default -> types.comparison();
                };
                check(t != ChartType.LINE, key, "line only suits charts.series; use bar, pie or none");
            }
            return types;
        }

        private void check(boolean ok, String key, String message) throws IOException {
            if (!ok) {
                throw new IOException(where(label, lineOf(key)) + "charts." + key + ": " + message);
            }
        }

        private List<Section> sections(List<SectionDoc> docs) throws IOException {
            if (docs == null) {
                return required(fallback == null ? null : fallback.sections(), "sections");
            }
            List<Section> result = new java.util.ArrayList<>();
            for (SectionDoc s : docs) {
                String title = s.title();
                if (title == null && fallback != null) {
                    title = fallback.sections().stream().filter(x -> x.kind() == s.kind()).map(Section::title)
                            .findFirst().orElse(null);
                }
                if (title == null) {
                    throw new IOException(where(label, lineOf("kind")) + "section '"
                            + s.kind().name().toLowerCase(Locale.ROOT) + "' needs a title");
                }
                result.add(new Section(s.kind(), title, s.categories(), s.indicators()));
            }
            return result;
        }

        private String pick(String value, String base, String key) throws IOException {
            return required(value != null ? value : base, key);
        }

        private <T> T required(T value, String key) throws IOException {
            if (value == null) {
                throw new IOException(where(label, -1) + "missing key '" + key + "'");
            }
            return value;
        }

        private Path file(String value, String key, Path base) throws IOException {
            if (value == null || value.isBlank()) {
                return value == null ? base : null;
            }
            Path p = Path.of(value);
            if (!p.isAbsolute() && dir != null) {
                p = dir.resolve(p);
            }
            if (!Files.isRegularFile(p)) {
                throw new IOException(where(label, lineOf(key)) + key + " file not found: " + p);
            }
            return p;
        }

        /** The line where a key is written, for errors found after parsing. */
        private int lineOf(String key) {
            return lineOfKey(text, key);
        }
    }
}
