package io.zonebrief.summary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The user-editable list of indicators (templates/indicators.yaml): maps figure labels to canonical
 * indicators and categories. The first indicator that fits a figure wins.
 */
public final class IndicatorTaxonomy {

    private static final String RESOURCE = "/io/zonebrief/summary/indicators.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final List<String> categories;
    private final List<Indicator> indicators;

    private IndicatorTaxonomy(List<String> categories, List<Indicator> indicators) {
        this.categories = List.copyOf(categories);
        this.indicators = List.copyOf(indicators);
    }

    /** The taxonomy shipped inside the program. */
    public static IndicatorTaxonomy defaults() {
        try (InputStream in = IndicatorTaxonomy.class.getResourceAsStream(RESOURCE)) {
            return parse(in.readAllBytes(), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a taxonomy file; a broken file gives an error naming the file and line. */
    public static IndicatorTaxonomy load(Path file) throws IOException {
        return parse(io.zonebrief.internal.SettingsFile.read(file, "indicator taxonomy")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), file.toString());
    }

    private static IndicatorTaxonomy parse(byte[] yaml, String source) throws IOException {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IOException(source + ": line " + line + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.path("indicators").isArray()) {
            throw new IOException(source + ": must hold an 'indicators' list");
        }
        List<String> categories = new ArrayList<>();
        root.path("categories").forEach(c -> categories.add(c.asText()));
        List<Indicator> list = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("indicators")) {
            i++;
            String name = n.path("name").asText("");
            String category = n.path("category").asText("其他");
            if (name.isEmpty() || !n.path("match").isArray() || !n.path("units").isArray()) {
                throw new IOException(source + ": indicator " + i + " needs name, units and match");
            }
            if (!categories.contains(category)) {
                categories.add(category);
            }
            list.add(new Indicator(name, category, strings(n.path("units")), strings(n.path("match")),
                    strings(n.path("exclude"))));
        }
        if (!categories.contains("其他")) {
            categories.add("其他");
        }
        return new IndicatorTaxonomy(categories, list);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }

    /** The first indicator that fits, or empty. */
    public Optional<Indicator> classify(String metric, String unit) {
        String m = metric.replace("“", "").replace("”", "");
        return indicators.stream().filter(ind -> ind.fits(m, unit)).findFirst();
    }

    public List<String> categories() {
        return categories;
    }

    public List<Indicator> indicators() {
        return indicators;
    }

    /** Position of a category in report order (unknown categories last). */
    public int categoryRank(String category) {
        int i = categories.indexOf(category);
        return i < 0 ? categories.size() : i;
    }

    /** Position of an indicator in report order (no indicator last). */
    public int indicatorRank(String name) {
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i).name().equals(name)) {
                return i;
            }
        }
        return indicators.size();
    }
}
