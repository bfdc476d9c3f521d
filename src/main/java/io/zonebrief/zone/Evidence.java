package io.zonebrief.zone;

import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.FirstChars;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * All zone evidence of one document, each piece weighed: names count most, more so in the headline
 * and the opening lines; places inside a zone next; a city counts little on its own and more in a
 * sentence that speaks of a 高新区. Zones and cities missing from the gazetteer are kept as rivals.
 */
final class Evidence {

    /** Words that show a sentence speaks of a zone without naming it. */
    static final Pattern GENERIC = Pattern.compile("高新区|高新技术产业开发区|该区|全区|辖区|开发区|示范区|管委会");
    private static final FirstChars GENERIC_STARTS = FirstChars.of(GENERIC);
    private static final int EARLY_CHARS = 300;

    /**
     * A weighed piece of evidence.
     *
     * @param mention  what was found
     * @param weight   how much it counts
     * @param near     whether its sentence speaks of a 高新区
     * @param headline whether it stands in a headline
     * @param via      what part of the page outside the text it comes from ({@link PageEvidence}), or null
     */
    record Item(Mention mention, double weight, boolean near, boolean headline, String via) {
        Item(Mention mention, double weight, boolean near, boolean headline) {
            this(mention, weight, near, headline, null);
        }
    }

    /**
     * What one sentence contributes: its weighed mentions, zones and cities missing from the
     * gazetteer, and whether it speaks of a 高新区. A document's evidence is its sentences' parts
     * added up in order, so a part that learned names cannot change is computed once, anywhere.
     *
     * @param sentence     the normalised sentence
     * @param items        its weighed mentions
     * @param unknownZones zones missing from the gazetteer, one entry a mention
     * @param zoneWeight   what each of them weighs
     * @param cities       cities missing from the gazetteer, when the sentence speaks of a 高新区
     * @param near         whether it speaks of a 高新区
     */
    record Part(String sentence, List<Item> items, List<String> unknownZones, double zoneWeight, List<String> cities,
                boolean near) {
    }

    /**
     * A sentence that can speak of a zone, where it stands.
     *
     * @param norm     the normalised sentence
     * @param headline whether it stands in a headline
     * @param early    whether it is among the opening lines
     * @param via      for evidence from the page around the text, what it is (网页导航“…”); null for the text
     */
    record Line(String norm, boolean headline, boolean early, String via) {
        Line(String norm, boolean headline, boolean early) {
            this(norm, headline, early, null);
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, Double> unknownZones = new LinkedHashMap<>();
    private final Map<String, Double> unknownCities = new LinkedHashMap<>();
    private boolean speaksOfZone;

    private Evidence() {
    }

    static Evidence of(TextDocument doc, Gazetteer gazetteer, LearnedNames learned) {
        List<Part> parts = new ArrayList<>();
        for (Line line : lines(doc)) {
            parts.add(part(line, gazetteer, learned));
        }
        return of(parts);
    }

    /** The evidence of a document from its sentences' parts, in document order. */
    static Evidence of(List<Part> parts) {
        Evidence e = new Evidence();
        for (Part p : parts) {
            e.items.addAll(p.items());
            p.unknownZones().forEach(z -> e.unknownZones.merge(z, p.zoneWeight(), Double::sum));
            p.cities().forEach(c -> e.unknownCities.merge(c, 1.0, Double::sum));
            e.speaksOfZone |= p.near();
        }
        return e;
    }

    /** The sentences of a document that can speak of a zone, in order. */
    static List<Line> lines(TextDocument doc) {
        List<Line> out = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (!counts(b)) {
                continue;
            }
            boolean headline = b.type() == BlockType.HEADLINE || doc.headlines().contains(b.text().strip());
            for (Sentence s : SentenceSplitter.split(b, i)) {
                out.add(new Line(s.norm(), headline, seen < EARLY_CHARS));
            }
            seen += b.text().length();
        }
        out.addAll(PageEvidence.lines(doc));
        return out;
    }

    /** Blocks that can speak of a zone: not page furniture, bylines or date lines. */
    static boolean counts(Block b) {
        return b.type() != BlockType.FURNITURE && b.type() != BlockType.BYLINE && b.type() != BlockType.DATELINE
                && b.repeatOf() < 0;
    }

    static Part part(Line line, Gazetteer gazetteer, LearnedNames learned) {
        String sentence = line.norm();
        List<Mention> found = gazetteer.scan(sentence, learned);
        // the page's trail, site and paper speak of the page as a whole, as a sentence about the zone does
        boolean page = line.via() != null;
        boolean near = page || GENERIC_STARTS.foundIn(sentence);
        double position = line.headline() ? 2 : line.early() ? 1.5 : 1;
        List<Item> items = new ArrayList<>(found.size());
        for (Mention m : found) {
            if (page && items.stream().anyMatch(it -> it.mention().zone().equals(m.zone()))) {
                continue; // 宿州市 > 今日宿州: one part of the page is one piece of evidence
            }
            items.add(new Item(m, weight(m, sentence, near, position), near, line.headline(), line.via()));
        }
        List<String> zones = UnknownPlaces.zones(sentence, found).stream().map(z -> z + "高新区").toList();
        List<String> cities = near ? UnknownPlaces.cities(sentence, gazetteer) : List.of();
        // whether the article speaks of a 高新区 at all is for its text to say
        return new Part(sentence, items, zones, 4 * position, cities, near && !page);
    }

    private static double weight(Mention m, String sentence, boolean near, double position) {
        return switch (m.kind()) {
            case NAME -> 4 * position;
            case PLACE -> 2 * Math.min(position, 1.5);
            case LEARNED -> 1.5;
            case LOCALITY -> {
                boolean marked = m.to() < sentence.length() && sentence.charAt(m.to()) == '市'
                        || m.from() > 0 && sentence.charAt(m.from() - 1) == '(';
                yield (marked ? 1.0 : 0.5) + (near ? 1.0 : 0);
            }
        };
    }

    List<Item> items() {
        return items;
    }

    /** Whether any sentence speaks of a 高新区 (or 该区, 管委会…) at all. */
    boolean speaksOfZone() {
        return speaksOfZone;
    }

    Map<String, Double> unknownZones() {
        return unknownZones;
    }

    Map<String, Double> unknownCities() {
        return unknownCities;
    }

    /** Total weight per zone short name, in order of first mention. */
    Map<String, Double> scores() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Item it : items) {
            out.merge(it.mention().zone().shortName(), it.weight(), Double::sum);
        }
        return out;
    }

    List<Item> of(String zone) {
        return items.stream().filter(it -> it.mention().zone().shortName().equals(zone)).toList();
    }
}
