package io.zonebrief.ingest;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about article files that a user knows better than ZoneBrief can infer them: publication
 * date, source (newspaper), zone and title. A value given here overrides what the text suggests; an
 * empty value leaves inference alone. This class is immutable.
 *
 * <p>A manifest is a file named {@code zonebrief-manifest.csv} or {@code zonebrief-manifest.json}
 * placed in an input folder (it is then read as metadata, not as an article), or named explicitly.
 * Each entry names a file by its file name, or by a path relative to the manifest's folder when two
 * files share a name; paths match first, bare names second.
 *
 * <p><b>CSV</b> (UTF-8 with or without BOM, or GB18030 as Excel saves it on Chinese Windows; commas,
 * or tabs/semicolons used consistently in the header). The first line names the columns, in any order:
 * {@code file} (required), {@code published}, {@code source}, {@code zone}, {@code title}; the Chinese
 * headers 文件, 日期 (or 发布日期), 来源 (or 报纸, 媒体), 高新区 (or 园区), 标题 work too. Quote a
 * value that holds a comma with double quotes.
 * <pre>
 * file,published,source,zone,title
 * 000_3fb5db0de8f9ce51.txt,2026-03-13,宿州日报,宿州高新区,高新区举行2026年春季义务植树活动
 * 2024/郑州高新区.docx,2024年1月5日,郑州日报,郑州高新区,
 * scan-0412.pdf,2024/4/12,,,"高新区一季度经济运行稳中有进"
 * </pre>
 *
 * <p><b>JSON</b>: an array of objects with the same keys; missing keys and nulls leave inference alone.
 * <pre>
 * [
 *   {"file": "000_3fb5db0de8f9ce51.txt", "published": "2026-03-13", "source": "宿州日报",
 *    "zone": "宿州高新区", "title": "高新区举行2026年春季义务植树活动"},
 *   {"file": "2024/郑州高新区.docx", "published": "2024-01-05", "zone": "郑州高新区"}
 * ]
 * </pre>
 *
 * <p>Dates may be written 2024-01-05, 2024/1/5, 2024.1.5, 2024年1月5日 or 20240105. Errors name the
 * manifest file and the line: {@code zonebrief-manifest.csv: line 3: published "2024-13-01" is not a date}.
 */
public final class Manifest {

    /** File names under which a manifest is found in an input folder. */
    public static final List<String> FILE_NAMES = List.of("zonebrief-manifest.csv", "zonebrief-manifest.json");

    private static final Manifest EMPTY = new Manifest(List.of());

    /**
     * What the manifest says about one file; null fields leave inference alone.
     *
     * @param file      the file name, or a path relative to the manifest's folder with / separators
     * @param published publication date, or null
     * @param source    newspaper or site, or null
     * @param zone      zone name, or null
     * @param title     headline, or null
     */
    public record Entry(String file, LocalDate published, String source, String zone, String title) {
    }

    /** An entry with where it was written: the manifest's folder, for relative paths, and its line. */
    record Located(Entry entry, Path base, int line, Path manifest) {
    }

    /**
     * A row that named no file of the run: a typo, or an article that was moved or left out.
     *
     * @param manifest the manifest file
     * @param message  "line 3: no input file matches 'x.txt'"
     */
    public record Unmatched(Path manifest, String message) {
    }

    private final List<Located> entries;

    private Manifest(List<Located> entries) {
        this.entries = List.copyOf(entries);
    }

    /** A manifest that knows nothing, for runs without one. */
    public static Manifest empty() {
        return EMPTY;
    }

    /**
     * Reads a CSV or JSON manifest, told apart by extension (.json) or by a leading [ .
     *
     * @throws IngestException naming the file and line of the first problem
     */
    public static Manifest load(Path file) throws IngestException {
        return new Manifest(ManifestParser.parse(file));
    }

    /** Reads several manifests as one; each entry's relative path stays relative to its own manifest. */
    public static Manifest loadAll(Collection<Path> files) throws IngestException {
        List<Located> all = new ArrayList<>();
        for (Path f : files) {
            all.addAll(ManifestParser.parse(f));
        }
        return new Manifest(all);
    }

    /** This manifest and {@code other} as one, this one's entries first. */
    public Manifest with(Manifest other) {
        List<Located> all = new ArrayList<>(entries);
        all.addAll(other.entries);
        return new Manifest(all);
    }

    /** True for a file named like a manifest ({@link #FILE_NAMES}). */
    public static boolean isManifest(Path file) {
        Path name = file.getFileName();
        return name != null && FILE_NAMES.contains(name.toString().toLowerCase(Locale.ROOT));
    }

    /** All entries, in file order. */
    public List<Entry> entries() {
        return entries.stream().map(Located::entry).toList();
    }

    /**
     * The entry for an article file: one whose path, relative to its manifest, leads to the file;
     * else one naming the file's name, preferring a manifest in a folder above the file.
     */
    public Optional<Entry> find(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String name = nfc(file.getFileName() == null ? "" : file.getFileName().toString());
        Located byName = null;
        for (Located l : entries) {
            String f = l.entry.file();
            if (f.contains("/")) {
                Path target = l.base.resolve(f).toAbsolutePath().normalize();
                if (target.equals(abs) || nfc(abs.toString()).equals(nfc(target.toString()))) {
                    return Optional.of(l.entry);
                }
            } else if (f.equals(name) && (byName == null || !abs.startsWith(byName.base) && abs.startsWith(l.base))) {
                byName = l;
            }
        }
        return Optional.ofNullable(byName).map(Located::entry);
    }

    /** The rows none of {@code used} came from, in file order. */
    public List<Unmatched> unmatched(Set<Entry> used) {
        return entries.stream().filter(l -> !used.contains(l.entry))
                .map(l -> new Unmatched(l.manifest, "line " + l.line + ": no input file matches '" + l.entry.file() + "'"))
                .toList();
    }

    /** macOS writes file names decomposed; a manifest typed by hand is composed. */
    static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Override
    public String toString() {
        return "Manifest" + entries();
    }
}
