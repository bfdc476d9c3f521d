package io.zonebrief.zone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The zones the resolver knows and the lookup tables over their names: the national list shipped as
 * {@code national-zones.tsv}, plus what a user adds. Scanning finds the longest known name at each
 * position, so 长春净月高新区 is never read as 长春. This class is immutable.
 */
final class Gazetteer {

    static final String RESOURCE = "national-zones.tsv";

    /** Place names that are also everyday words (三明治, 长治久安, 北海公园): only "X市" or "(X)" count. */
    private static final Set<String> AMBIGUOUS = Set.of("中山", "北海", "三明", "长治", "安康", "白银", "海口", "乐山",
            "吉林", "淮南", "大庆", "仲恺", "星城", "泉城");

    private static Gazetteer national;

    private final List<ZoneEntry> zones;
    private final Map<String, ZoneEntry> byShort = new HashMap<>();
    private final Map<String, ZoneEntry> names = new HashMap<>();
    private final Map<String, ZoneEntry> places = new HashMap<>();
    private final Map<String, List<ZoneEntry>> localities = new HashMap<>();
    /** The longest name or place; with learned names about, no match is longer than this. */
    private final int longest;
    /** Names, places and localities, for {@link #scan}. */
    private final CharTrie<Known> trie = new CharTrie<>();
    /** Whether some key is longer than {@link #longest}, so that learned names change how far a scan looks. */
    private final boolean keysOutlastLongest;

    private Gazetteer(List<ZoneEntry> zones) {
        this.zones = List.copyOf(zones);
        int max = 2;
        for (ZoneEntry z : zones) {
            byShort.put(z.shortName(), z);
            for (String n : z.names()) {
                names.putIfAbsent(n, z);
                max = Math.max(max, n.length());
            }
            for (String p : z.places()) {
                places.putIfAbsent(ZoneEntry.norm(p), z);
                max = Math.max(max, p.length());
            }
            for (String l : z.localityKeys()) {
                localities.computeIfAbsent(l, k -> new ArrayList<>()).add(z);
            }
        }
        this.longest = max;
        boolean outlast = false;
        for (Map<String, ?> table : List.of(names, places, localities)) {
            for (String key : table.keySet()) {
                if (key.length() >= 2) {
                    trie.put(key, new Known(names.get(key), places.get(key), localities.get(key)));
                    outlast |= key.length() > longest;
                }
            }
        }
        this.keysOutlastLongest = outlast;
    }

    /**
     * What a name in the trie stands for, in each of the tables (null where it is not in one).
     *
     * @param name       zone named by it
     * @param place      zone it lies in
     * @param localities zones of the city it names
     */
    record Known(ZoneEntry name, ZoneEntry place, List<ZoneEntry> localities) {
    }

    /** The national list, read once from the class path. */
    static synchronized Gazetteer national() {
        if (national == null) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                national = new Gazetteer(readTsv(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return national;
    }

    /** This gazetteer with user entries: an entry whose short name is known extends that zone. */
    Gazetteer with(List<ZoneEntry> extra) {
        Map<String, ZoneEntry> all = new LinkedHashMap<>();
        zones.forEach(z -> all.put(z.shortName(), z));
        for (ZoneEntry e : extra) {
            all.merge(e.shortName(), e, ZoneEntry::mergedWith);
        }
        return new Gazetteer(new ArrayList<>(all.values()));
    }

    /** The longest name or place: how far a scan looks once names have been learned. */
    int longest() {
        return longest;
    }

    boolean keysOutlastLongest() {
        return keysOutlastLongest;
    }

    List<ZoneEntry> zones() {
        return zones;
    }

    ZoneEntry byShort(String shortName) {
        return byShort.get(shortName);
    }

    /** True when {@code s} is a name, place or locality of some zone. */
    boolean knows(String s) {
        return names.containsKey(s) || places.containsKey(s) || localities.containsKey(s);
    }

    /**
     * Finds zone evidence in normalised text, longest match first: at each position the longest
     * name that starts there wins; of names of the same length a zone's name beats a place inside a
     * zone, which beats a learned name, which beats a city. Text a match covers is not looked at
     * again. One walk of the trie per position, so the cost is linear in the text.
     *
     * @param learned enterprise and park names learned from earlier documents
     */
    List<Mention> scan(String text, LearnedNames learned) {
        List<Mention> out = new ArrayList<>();
        Candidates found = new Candidates(learned.isEmpty() ? Byte.MAX_VALUE : longest);
        int i = 0;
        int n = text.length();
        while (i < n) {
            Mention m = longestAt(text, i, learned, found);
            if (m == null) {
                i++;
            } else {
                if (m.zone() != null) {
                    out.add(m);
                }
                i = m.to();
            }
        }
        return out;
    }

    private Mention longestAt(String text, int i, LearnedNames learned, Candidates found) {
        found.collect(trie, learned.trie(), text, i);
        for (int k = found.count() - 1; k >= 0; k--) {
            int len = found.length(k);
            Known known = found.known(k);
            if (known != null && known.name() != null) {
                return new Mention(Mention.Kind.NAME, known.name(), text.substring(i, i + len), i, i + len, null);
            }
            if (known != null && known.place() != null) {
                return new Mention(Mention.Kind.PLACE, known.place(), text.substring(i, i + len), i, i + len, null);
            }
            Learned l = found.learned(k) == null ? null : learned.get(found.learned(k));
            if (l != null && byShort.containsKey(l.zone())) {
                return new Mention(Mention.Kind.LEARNED, byShort.get(l.zone()), l.name(), i, i + len, l);
            }
            if (known != null && known.localities() != null) {
                return locality(text, i, text.substring(i, i + len), known.localities());
            }
        }
        return null;
    }

    /** A city name, unless it is a province (吉林省), a birthplace (焦作籍) or an everyday word. */
    private Mention locality(String text, int i, String s, List<ZoneEntry> candidates) {
        int end = i + s.length();
        char next = end < text.length() ? text.charAt(end) : ' ';
        char prev = i > 0 ? text.charAt(i - 1) : ' ';
        boolean marked = next == '市' || (prev == '(' && next == ')');
        boolean skip = next == '省' || next == '籍' || (AMBIGUOUS.contains(s) && !marked);
        ZoneEntry z = skip ? null : pick(s, candidates);
        return new Mention(Mention.Kind.LOCALITY, z, s, i, end, null);
    }

    /** A city with several zones means the one named after it (长春 → 长春高新区), else none. */
    private static ZoneEntry pick(String locality, List<ZoneEntry> candidates) {
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        for (ZoneEntry z : candidates) {
            if (z.shortName().equals(locality + "高新区")) {
                return z;
            }
        }
        return null;
    }

    static List<ZoneEntry> readTsv(InputStream in) throws IOException {
        List<ZoneEntry> out = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int no = 0;
        while ((line = r.readLine()) != null) {
            no++;
            if (line.isBlank() || line.startsWith("#") || line.startsWith("short\t")) {
                continue;
            }
            String[] f = Arrays.copyOf(line.split("\t", -1), 7);
            if (f[1] == null || f[3] == null) {
                throw new IOException(RESOURCE + ":" + no + ": expected at least 4 tab-separated columns");
            }
            out.add(new ZoneEntry(f[0].strip(), blankToNull(f[1]), blankToNull(f[2]), blankToNull(f[3]),
                    list(f[4]), list(f[5]), list(f[6])));
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static List<String> list(String s) {
        if (s == null || s.isBlank()) {
            return List.of();
        }
        return Arrays.stream(s.split("\\|")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }
}
