package io.zonebrief.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns one manifest row's raw values into an entry: column names, file paths, dates and duplicates. */
final class ManifestFields {

    static final List<String> COLUMNS = List.of("file", "published", "source", "zone", "title");
    private static final Map<String, String> ALIASES = aliases();
    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?|(\\d{4})(\\d{2})(\\d{2})");

    private final Path manifest;
    private final Path base;
    private final List<Manifest.Located> entries = new ArrayList<>();
    private final Map<String, Integer> lineOfFile = new HashMap<>();

    ManifestFields(Path manifest, Path base) {
        this.manifest = manifest;
        this.base = base;
    }

    List<Manifest.Located> entries() {
        return List.copyOf(entries);
    }

    /** The canonical column for a header or key, e.g. 发布日期 → published. */
    String column(int line, String header) throws IngestException {
        String c = ALIASES.get(ManifestParser.lower(header.replace("\uFEFF", "")));
        if (c == null) {
            throw error(line, "unknown column \"" + header + "\" (columns: " + String.join(", ", COLUMNS) + ")");
        }
        return c;
    }

    void add(int line, Map<String, String> values) throws IngestException {
        String file = normalizeFile(values.getOrDefault("file", ""));
        if (file.isEmpty()) {
            if (values.values().stream().allMatch(String::isBlank)) {
                return;
            }
            throw error(line, "no file named");
        }
        Integer earlier = lineOfFile.putIfAbsent(file, line);
        if (earlier != null) {
            throw error(line, "file \"" + file + "\" is already listed on line " + earlier);
        }
        Manifest.Entry e = new Manifest.Entry(file, date(line, values.get("published")), blankToNull(values.get("source")),
                blankToNull(values.get("zone")), blankToNull(values.get("title")));
        entries.add(new Manifest.Located(e, base, line, manifest));
    }

    IngestException error(int line, String problem) {
        return new IngestException(manifest, (line > 0 ? "line " + line + ": " : "") + problem);
    }

    private static String normalizeFile(String raw) {
        String f = Manifest.nfc(raw.strip().replace('\\', '/'));
        while (f.startsWith("./")) {
            f = f.substring(2);
        }
        return f;
    }

    private LocalDate date(int line, String raw) throws IngestException {
        String s = blankToNull(raw);
        if (s == null) {
            return null;
        }
        Matcher m = DATE.matcher(fullWidthDigits(s));
        if (!m.matches()) {
            throw error(line, "published \"" + s + "\" is not a date (write 2024-01-05)");
        }
        int g = m.group(1) != null ? 1 : 4;
        try {
            return LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                    Integer.parseInt(m.group(g + 2)));
        } catch (DateTimeException e) {
            throw error(line, "published \"" + s + "\" is not a date (" + e.getMessage() + ")");
        }
    }

    private static String fullWidthDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.strip().toCharArray()) {
            sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
        }
        return sb.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        for (String c : COLUMNS) {
            m.put(c, c);
        }
        for (String a : List.of("path", "文件", "文件名", "路径")) {
            m.put(a, "file");
        }
        for (String a : List.of("date", "publication_date", "日期", "发布日期", "发表日期", "出版日期")) {
            m.put(a, "published");
        }
        for (String a : List.of("newspaper", "publisher", "来源", "报纸", "媒体", "报社")) {
            m.put(a, "source");
        }
        for (String a : List.of("高新区", "园区", "开发区")) {
            m.put(a, "zone");
        }
        for (String a : List.of("headline", "标题", "题目")) {
            m.put(a, "title");
        }
        return Map.copyOf(m);
    }
}
