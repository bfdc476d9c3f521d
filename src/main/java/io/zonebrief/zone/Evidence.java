package io.zonebrief.zone;

import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
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
    private static final int EARLY_CHARS = 300;

    /**
     * A weighed piece of evidence.
     *
     * @param mention  what was found
     * @param weight   how much it counts
     * @param near     whether its sentence speaks of a 高新区
     * @param headline whether it stands in a headline
     */
    record Item(Mention mention, double weight, boolean near, boolean headline) {
    }

    private final List<Item> items = new ArrayList<>();
    private final Map<String, Double> unknownZones = new LinkedHashMap<>();
    private final Map<String, Double> unknownCities = new LinkedHashMap<>();
    private boolean speaksOfZone;

    private Evidence() {
    }

    static Evidence of(TextDocument doc, Gazetteer gazetteer, LearnedNames learned) {
        Evidence e = new Evidence();
        int seen = 0;
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (!counts(b)) {
                continue;
            }
            boolean headline = b.type() == BlockType.HEADLINE || doc.headlines().contains(b.text().strip());
            for (Sentence s : SentenceSplitter.split(b, i)) {
                e.add(s.norm(), headline, seen < EARLY_CHARS, gazetteer, learned);
            }
            seen += b.text().length();
        }
        return e;
    }

    /** Blocks that can speak of a zone: not page furniture, bylines or date lines. */
    static boolean counts(Block b) {
        return b.type() != BlockType.FURNITURE && b.type() != BlockType.BYLINE && b.type() != BlockType.DATELINE
                && b.repeatOf() < 0;
    }

    private void add(String sentence, boolean headline, boolean early, Gazetteer gazetteer, LearnedNames learned) {
        List<Mention> found = gazetteer.scan(sentence, learned);
        boolean near = GENERIC.matcher(sentence).find();
        speaksOfZone |= near;
        double position = headline ? 2 : early ? 1.5 : 1;
        for (Mention m : found) {
            items.add(new Item(m, weight(m, sentence, near, position), near, headline));
        }
        for (String z : UnknownPlaces.zones(sentence, found)) {
            unknownZones.merge(z + "高新区", 4 * position, Double::sum);
        }
        if (near) {
            for (String c : UnknownPlaces.cities(sentence, gazetteer)) {
                unknownCities.merge(c, 1.0, Double::sum);
            }
        }
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
