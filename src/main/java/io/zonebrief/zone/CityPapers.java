package io.zonebrief.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * City papers whose names do not say their city (拂晓报 is 宿州's daily), from {@code city-papers.tsv}:
 * the paper an article comes from places it in that city, as a local reader knows.
 */
final class CityPapers {

    static final String RESOURCE = "city-papers.tsv";
    private static final Map<String, String> CITIES = load();

    private CityPapers() {
    }

    /** The city of a paper named in {@code source} (拂晓报, 拂晓报社, 拂晓新闻网 are all 拂晓报's), or null. */
    static String city(String source) {
        if (source == null) {
            return null;
        }
        String s = source.strip();
        String city = CITIES.get(s);
        if (city != null) {
            return city;
        }
        for (Map.Entry<String, String> e : CITIES.entrySet()) {
            String paper = e.getKey();
            // 拂晓报社, 拂晓报数字报, 长江日报-长江网: a paper's house or site still names the paper
            if (s.startsWith(paper)) {
                return e.getValue();
            }
        }
        return null;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = CityPapers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the program");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t");
                if (!line.startsWith("#") && f.length == 2) {
                    out.put(f[0].strip(), f[1].strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
