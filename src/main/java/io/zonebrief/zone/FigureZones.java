package io.zonebrief.zone;

import io.zonebrief.extract.Figure;
import io.zonebrief.text.Block;
import io.zonebrief.text.CharNormalizer;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Files each figure under a zone: the zone its own sentence names; else the zone named last before
 * it in the same paragraph, when the sentence goes on about it (该区…) rather than the document's
 * 高新区; else the zone its article names most; else the document's zone.
 */
final class FigureZones {

    private final TextDocument doc;
    private final Gazetteer gazetteer;
    private final String documentZone;
    private final Map<Integer, String> articleZones = new LinkedHashMap<>();
    private final Map<String, List<Mention>> scanned = new java.util.HashMap<>();
    private final Map<Integer, List<Sentence>> sentences = new java.util.HashMap<>();

    FigureZones(TextDocument doc, Gazetteer gazetteer, ZoneAttribution documentZone) {
        this.doc = doc;
        this.gazetteer = gazetteer;
        this.documentZone = documentZone == null ? null : documentZone.zone();
    }

    List<Figure> attribute(List<Figure> figures) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(f.withZone(zoneOf(f)));
        }
        return out;
    }

    private String zoneOf(Figure f) {
        String sentence = CharNormalizer.normalize(f.sentence());
        List<Mention> named = names(sentence);
        if (!named.isEmpty()) {
            return nearest(named, sentence.indexOf(CharNormalizer.normalize(f.text())));
        }
        int index = blockIndex(f.start());
        if (index < 0) {
            return documentZone;
        }
        Block block = doc.blocks().get(index);
        if (!sentence.contains("高新区")) {
            String earlier = lastNamedBefore(block, index, f.start());
            if (earlier != null) {
                return earlier;
            }
        }
        String article = articleZones.computeIfAbsent(block.article(), this::articleZone);
        return article != null ? article : documentZone;
    }

    /** The mention closest before the figure, or the first one when all come after it. */
    private static String nearest(List<Mention> named, int at) {
        Mention best = named.get(0);
        for (Mention m : named) {
            if (at >= 0 && m.from() <= at) {
                best = m;
            }
        }
        return best.zone().shortName();
    }

    private List<Mention> names(String text) {
        // a sentence with several figures, or one looked at for the figures after it, is scanned once
        return scanned.computeIfAbsent(text, t -> gazetteer.scan(t, LearnedNames.NONE).stream()
                .filter(m -> m.kind() == Mention.Kind.NAME).toList());
    }

    private int blockIndex(int offset) {
        List<Block> blocks = doc.blocks();
        // blocks follow one another: halve to the last one starting at or before the offset, which
        // holds it unless the one before does too; a page of thousands of blocks is no longer scanned per figure
        int lo = 0;
        int hi = blocks.size() - 1;
        int last = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (blocks.get(mid).start() <= offset) {
                last = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (last >= 0 && offset < blocks.get(last).end() && (last == 0 || blocks.get(last - 1).end() <= offset)) {
            return last;
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.start() <= offset && offset < b.end()) {
                return i;
            }
        }
        return -1;
    }

    private String lastNamedBefore(Block block, int index, int offset) {
        String last = null;
        for (Sentence s : sentences.computeIfAbsent(index, i -> SentenceSplitter.split(block, i))) {
            if (block.originalOffset(Math.max(s.to() - 1, s.from())) >= offset) {
                break;
            }
            List<Mention> named = names(s.norm());
            if (!named.isEmpty()) {
                last = named.get(named.size() - 1).zone().shortName();
            }
        }
        return last;
    }

    /** The zone an article names most often, when it is not the document's own; else null. */
    private String articleZone(int article) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Block b : doc.blocks()) {
            if (b.article() == article && Evidence.counts(b)) {
                names(b.norm()).forEach(m -> counts.merge(m.zone().shortName(), 1, Integer::sum));
            }
        }
        if (counts.isEmpty() || counts.containsKey(documentZone) && documentZone != null
                && counts.get(documentZone) >= counts.values().stream().mapToInt(Integer::intValue).max().orElse(0)) {
            return null;
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
    }
}
