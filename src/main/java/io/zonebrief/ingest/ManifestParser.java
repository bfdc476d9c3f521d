package io.zonebrief.ingest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the CSV and JSON forms of a {@link Manifest}; every problem names the manifest and a line. */
final class ManifestParser {

    private static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ManifestParser() {
    }

    static List<Manifest.Located> parse(Path file) throws IngestException {
        byte[] bytes = FileBytes.read(file, MAX_BYTES, "a manifest may have");
        if (bytes.length == 0) {
            throw new IngestException(file, "manifest is empty");
        }
        String text = new TextDecoder(null).decode(file, bytes).text();
        Path base = file.toAbsolutePath().normalize().getParent();
        boolean json = DocumentReader.extension(file).equals("json") || text.stripLeading().startsWith("[");
        ManifestFields fields = new ManifestFields(file, base);
        if (json) {
            json(file, text, fields);
        } else {
            csv(file, text, fields);
        }
        return fields.entries();
    }

    private static void csv(Path file, String text, ManifestFields fields) throws IngestException {
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(firstLine))
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            if (!records.hasNext()) {
                throw new IngestException(file, "manifest has no header line");
            }
            CSVRecord header = records.next();
            int headerLine = lineOf(text, header.getCharacterPosition());
            List<String> columns = new ArrayList<>();
            for (String h : header) {
                columns.add(fields.column(headerLine, h));
            }
            if (!columns.contains("file")) {
                throw fields.error(headerLine, "the header has no file column (columns: "
                        + String.join(", ", ManifestFields.COLUMNS) + ")");
            }
            while (records.hasNext()) {
                CSVRecord r = records.next();
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < r.size() && i < columns.size(); i++) {
                    values.put(columns.get(i), r.get(i));
                }
                if (r.size() > columns.size() && !String.join("", r.toList().subList(columns.size(), r.size())).isBlank()) {
                    throw fields.error(lineOf(text, r.getCharacterPosition()),
                            "more values than columns (quote values that hold a comma)");
                }
                fields.add(lineOf(text, r.getCharacterPosition()), values);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(file, "not valid CSV: " + Failure.describe(e), e);
        }
    }

    /** Excel writes tab- or semicolon-separated files in some locales; the header shows which. */
    private static char delimiter(String header) {
        if (header.indexOf(',') >= 0) {
            return ',';
        }
        return header.indexOf('\t') >= 0 ? '\t' : header.indexOf(';') >= 0 ? ';' : ',';
    }

    private static void json(Path file, String text, ManifestFields fields) throws IngestException {
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw fields.error(line(p), "expected a JSON array of objects: [{\"file\": ...}, ...]");
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                int line = line(p);
                if (t != JsonToken.START_OBJECT) {
                    throw fields.error(line, "expected an object like {\"file\": ...}, found " + p.getText());
                }
                JsonNode node = JSON.readTree(p);
                fields.add(line, values(fields, line, node));
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw fields.error(line, "not valid JSON: " + Failure.describe(e.getOriginalMessage()));
        } catch (IOException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(file, "cannot be read (" + Failure.describe(e) + ")", e);
        }
    }

    private static Map<String, String> values(ManifestFields fields, int line, JsonNode node) throws IngestException {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String column = fields.column(line, e.getKey());
            JsonNode v = e.getValue();
            if (!v.isNull() && !v.isValueNode()) {
                throw fields.error(line, "\"" + e.getKey() + "\" must be a string");
            }
            values.put(column, v.isNull() ? "" : v.asText());
        }
        return values;
    }

    private static int line(JsonParser p) {
        return p.currentLocation().getLineNr();
    }

    /** 1-based line where a record starting at {@code offset} begins; skipped blank lines come before it. */
    static int lineOf(String text, long offset) {
        int line = 1;
        int i = 0;
        for (; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        for (; i < text.length() && (text.charAt(i) == '\n' || text.charAt(i) == '\r'); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static String lower(String s) {
        return s.strip().toLowerCase(Locale.ROOT);
    }
}
