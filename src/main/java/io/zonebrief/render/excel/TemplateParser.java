package io.zonebrief.render.excel;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a workbook template's YAML over a base template. Every complaint names the file and the
 * line, because the file is edited by hand and a bare "invalid template" sends the user hunting.
 */
final class TemplateParser {

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);
    private static final int MAX_INDICATORS = 20;

    private final String source;
    private final Map<String, Integer> lines;
    private final WorkbookTemplate.Draft draft;

    private TemplateParser(String source, Map<String, Integer> lines, WorkbookTemplate.Draft draft) {
        this.source = source;
        this.lines = lines;
        this.draft = draft;
    }

    /**
     * Parses {@code yaml}, taking every key it leaves out from {@code base}.
     *
     * @param source names the file in messages
     * @throws IOException with a one-line "source:line: problem" message
     */
    static WorkbookTemplate parse(String yaml, String source, WorkbookTemplate.Draft base) throws IOException {
        JsonNode root;
        Map<String, Integer> lines;
        try {
            root = MAPPER.readTree(yaml);
            lines = lineIndex(yaml);
        } catch (JsonProcessingException e) {
            throw new IOException(source + ":" + line(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()), e);
        }
        TemplateParser parser = new TemplateParser(source, lines, base);
        if (root != null && !root.isMissingNode() && !root.isNull()) {
            parser.readRoot(root);
        }
        return parser.draft.build();
    }

    private void readRoot(JsonNode root) throws IOException {
        for (Map.Entry<String, JsonNode> e : fields(root, "")) {
            String path = "/" + e.getKey();
            switch (e.getKey()) {
                case "properties" -> readProperties(e.getValue(), path);
                case "sheets" -> readSheets(e.getValue(), path);
                case "overview" -> readOverview(e.getValue(), path);
                case "review" -> readReview(e.getValue(), path);
                case "columns" -> readColumns(e.getValue(), path);
                default -> throw unknown(path, "properties, sheets, overview, review, columns");
            }
        }
    }

    private void readProperties(JsonNode node, String path) throws IOException {
        for (Map.Entry<String, JsonNode> e : fields(node, path)) {
            String p = path + "/" + e.getKey();
            switch (e.getKey()) {
                case "title" -> draft.title = text(e.getValue(), p, false);
                case "author" -> draft.author = text(e.getValue(), p, false);
                case "organisation" -> draft.organisation = text(e.getValue(), p, true);
                default -> throw unknown(p, "title, author, organisation");
            }
        }
    }

    private void readSheets(JsonNode node, String path) throws IOException {
        for (Map.Entry<String, JsonNode> e : fields(node, path)) {
            String p = path + "/" + e.getKey();
            switch (e.getKey()) {
                case "overview" -> draft.overviewSheet = text(e.getValue(), p, false);
                case "details" -> draft.detailsSheet = text(e.getValue(), p, false);
                case "sources" -> draft.sourcesSheet = text(e.getValue(), p, false);
                default -> throw unknown(p, "overview, details, sources");
            }
        }
        List<String> names = List.of(draft.overviewSheet, draft.detailsSheet, draft.sourcesSheet);
        requireDistinct(names, path, "sheet names");
    }

    private void readOverview(JsonNode node, String path) throws IOException {
        for (Map.Entry<String, JsonNode> e : fields(node, path)) {
            String p = path + "/" + e.getKey();
            switch (e.getKey()) {
                case "indicators" -> draft.overviewIndicators = textList(e.getValue(), p);
                case "maxIndicators" -> draft.maxIndicators = count(e.getValue(), p);
                default -> throw unknown(p, "indicators, maxIndicators");
            }
        }
    }

    private void readReview(JsonNode node, String path) throws IOException {
        for (Map.Entry<String, JsonNode> e : fields(node, path)) {
            String p = path + "/" + e.getKey();
            switch (e.getKey()) {
                case "keep" -> draft.keep = text(e.getValue(), p, false);
                case "modify" -> draft.modify = text(e.getValue(), p, false);
                case "delete" -> draft.delete = text(e.getValue(), p, false);
                default -> throw unknown(p, "keep, modify, delete");
            }
        }
        requireDistinct(List.of(draft.keep, draft.modify, draft.delete), path, "review choices");
    }

    private void readColumns(JsonNode node, String path) throws IOException {
        for (Map.Entry<String, JsonNode> g : fields(node, path)) {
            String gp = path + "/" + g.getKey();
            Column.Group group = groupNamed(g.getKey(), gp);
            for (Map.Entry<String, JsonNode> c : fields(g.getValue(), gp)) {
                String cp = gp + "/" + c.getKey();
                Column column = group.columns().stream().filter(k -> k.key().equals(c.getKey())).findFirst()
                        .orElseThrow(() -> unknown(cp, String.join(", ", group.columns().stream().map(Column::key).toList())));
                draft.headers.put(column, text(c.getValue(), cp, false));
            }
        }
    }

    private Column.Group groupNamed(String key, String path) throws IOException {
        for (Column.Group g : Column.Group.values()) {
            if (g.key().equals(key)) {
                return g;
            }
        }
        throw unknown(path, "overview, zone, details, sources, problems");
    }

    private List<Map.Entry<String, JsonNode>> fields(JsonNode node, String path) throws IOException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isObject()) {
            throw problem(path, "must be a mapping of keys (key: value)");
        }
        return new ArrayList<>(node.properties());
    }

    private String text(JsonNode node, String path, boolean blankAllowed) throws IOException {
        if (node == null || !node.isValueNode() || node.isNull()) {
            throw problem(path, "must be text");
        }
        String s = node.asText().strip();
        if (s.isEmpty() && !blankAllowed) {
            throw problem(path, "must not be empty");
        }
        return s;
    }

    private List<String> textList(JsonNode node, String path) throws IOException {
        if (node == null || !node.isArray()) {
            throw problem(path, "must be a list such as [签约项目数, 签约总投资]");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(text(node.get(i), path + "/" + i, false));
        }
        return out;
    }

    private int count(JsonNode node, String path) throws IOException {
        if (node == null || !node.canConvertToInt() || !node.isIntegralNumber()
                || node.asInt() < 0 || node.asInt() > MAX_INDICATORS) {
            throw problem(path, "must be a whole number from 0 to " + MAX_INDICATORS);
        }
        return node.asInt();
    }

    private void requireDistinct(List<String> values, String path, String what) throws IOException {
        Set<String> seen = new HashSet<>();
        for (String v : values) {
            if (!seen.add(v)) {
                throw problem(path, what + " must differ, but \"" + v + "\" is used twice");
            }
        }
    }

    private IOException unknown(String path, String known) {
        String key = path.substring(path.lastIndexOf('/') + 1);
        String parent = path.substring(0, path.lastIndexOf('/'));
        String where = parent.isEmpty() ? "at the top level" : "under " + parent.substring(1).replace('/', '.');
        return problem(path, "unknown key \"" + key + "\" " + where + " (expected one of: " + known + ")");
    }

    private IOException problem(String path, String message) {
        Integer line = lines.get(path);
        String key = path.isEmpty() ? "template" : path.substring(1).replace('/', '.');
        return new IOException(source + ":" + (line == null ? "1" : line) + ": " + key + " " + message);
    }

    /** Maps each key's JSON pointer (/columns/details/id) to the line it stands on. */
    private static Map<String, Integer> lineIndex(String yaml) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME || t.isScalarValue() || t.isStructStart()) {
                    lines.putIfAbsent(p.getParsingContext().pathAsPointer().toString(), line(p.currentTokenLocation()));
                }
            }
        }
        return lines;
    }

    private static int line(JsonLocation location) {
        return location == null ? 1 : Math.max(1, location.getLineNr());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "not valid YAML";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }
}
