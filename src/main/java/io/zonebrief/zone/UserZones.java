package io.zonebrief.zone;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the user's zones file (templates/zones.yaml): provincial zones, and aliases, places or city
 * names for zones already known. The file is edited by hand, so every complaint names the file and
 * the line.
 */
final class UserZones {

    private static final List<String> SCALARS_ORDER = List.of("short", "full", "province", "city");
    private static final List<String> LISTS_ORDER = List.of("aliases", "places", "localities");
    private static final Set<String> SCALARS = Set.copyOf(SCALARS_ORDER);
    private static final Set<String> LISTS = Set.copyOf(LISTS_ORDER);

    private final String source;
    private final JsonParser parser;

    private UserZones(String source, JsonParser parser) {
        this.source = source;
        this.parser = parser;
    }

    static List<ZoneEntry> read(Path file) throws IOException {
        String text = io.zonebrief.internal.SettingsFile.read(file, "zones file");
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            return new UserZones(file.toString(), p).readRoot();
        } catch (JsonProcessingException e) {
            throw new IOException(file + ":" + line(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()), e);
        }
    }

    private List<ZoneEntry> readRoot() throws IOException {
        List<ZoneEntry> out = new ArrayList<>();
        JsonToken t = parser.nextToken();
        if (t == null || t == JsonToken.VALUE_NULL) {
            return out;
        }
        expect(t == JsonToken.START_OBJECT, "expected a mapping with the key \"zones\"");
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            expect("zones".equals(key), "unknown key \"" + key + "\" (expected \"zones\")");
            JsonToken v = parser.nextToken();
            if (v == JsonToken.VALUE_NULL) {
                continue;
            }
            expect(v == JsonToken.START_ARRAY, "\"zones\" must be a list of zones");
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                out.add(readZone());
            }
            expect(parser.currentToken() == JsonToken.END_ARRAY, "each entry of \"zones\" must be a mapping");
        }
        return out;
    }

    private ZoneEntry readZone() throws IOException {
        int start = line(parser.currentTokenLocation());
        String[] scalars = new String[4];
        List<List<String>> lists = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonToken v = parser.nextToken();
            if (SCALARS.contains(key)) {
                expect(v.isScalarValue(), "\"" + key + "\" must be a single name");
                scalars[SCALARS_ORDER.indexOf(key)] = v == JsonToken.VALUE_NULL ? null : parser.getText().strip();
            } else if (LISTS.contains(key)) {
                lists.get(LISTS_ORDER.indexOf(key)).addAll(readList(key, v));
            } else {
                fail("unknown key \"" + key + "\" (expected short, full, province, city, aliases, places, localities)");
            }
        }
        if (scalars[0] == null || scalars[0].isEmpty()) {
            throw new IOException(source + ":" + start + ": zone without \"short\" (its short name, e.g. 驻马店高新区)");
        }
        return new ZoneEntry(scalars[0], scalars[1], scalars[2], scalars[3], lists.get(0), lists.get(1), lists.get(2));
    }

    private List<String> readList(String key, JsonToken v) throws IOException {
        List<String> out = new ArrayList<>();
        if (v == JsonToken.VALUE_NULL) {
            return out;
        }
        if (v.isScalarValue()) {
            out.add(parser.getText().strip());
            return out;
        }
        expect(v == JsonToken.START_ARRAY, "\"" + key + "\" must be a list of names");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            expect(parser.currentToken().isScalarValue(), "\"" + key + "\" must be a list of names");
            String s = parser.getText().strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private void expect(boolean ok, String message) throws IOException {
        if (!ok) {
            fail(message);
        }
    }

    private void fail(String message) throws IOException {
        throw new IOException(source + ":" + line(parser.currentTokenLocation()) + ": " + message);
    }

    private static int line(JsonLocation at) {
        return at == null ? 0 : at.getLineNr();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "not valid YAML";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
