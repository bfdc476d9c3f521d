package io.zonebrief.zone;

import io.zonebrief.extract.Figure;
import io.zonebrief.text.Block;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Decides which high-tech zone a document, and each of its figures, is about, and says why.
 *
 * <p>Local papers rarely spell out the zone: they write "高新区" and leave the city to the masthead.
 * The resolver therefore weighs, strongest first, explicit zone names from the national gazetteer
 * (and the user's file), places known to lie inside a zone (宁郭镇 → 焦作高新区), the city named in
 * the sentences about the 高新区, and enterprises or parks seen with an explicit zone name in an
 * earlier document of the same run. A document whose zone cannot be told stays unknown rather than
 * guessed, in particular when it names a zone or city that has no national zone.</p>
 *
 * <p>Learning makes an instance stateful: feed documents in input order through {@link #resolve}
 * then {@link #learn}, from one thread, and the outcome is the same on every run.</p>
 *
 * <pre>
 * ZoneResolver zones = ZoneResolver.load(Path.of("templates/zones.yaml"));
 * for (TextDocument doc : docs) {
 *     ZoneAttribution zone = zones.resolve(doc);
 *     figures = zones.attribute(doc, zone, figures);
 *     zones.learn(doc, zone);
 * }
 * </pre>
 */
public final class ZoneResolver {

    /** Where the user's zones file lives by default, relative to the working directory. */
    public static final Path USER_FILE = Path.of("templates", "zones.yaml");

    private final Gazetteer gazetteer;
    private final LearnedNames learned = new LearnedNames();
    private final Set<String> conflicting = new HashSet<>();

    private ZoneResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A resolver over the national gazetteer only. */
    public static ZoneResolver withDefaults() {
        return new ZoneResolver(Gazetteer.national());
    }

    /**
     * A resolver over the national gazetteer plus the user's zones file.
     *
     * @param extra a zones file in the form of templates/zones.yaml
     * @throws IOException when the file cannot be read or is malformed; the message names file and line
     */
    public static ZoneResolver load(Path extra) throws IOException {
        return new ZoneResolver(Gazetteer.national().with(UserZones.read(extra)));
    }

    /** The zone the document as a whole is about, or {@link ZoneAttribution#unknown} with the reason. */
    public ZoneAttribution resolve(TextDocument doc) {
        return Verdict.decide(Evidence.of(doc, gazetteer, learned), gazetteer);
    }

    /**
     * Sets each figure's zone: a zone named in its sentence or, failing that, in its paragraph or
     * article wins over the document's zone.
     *
     * @param documentZone what {@link #resolve} said of the document
     * @return the figures in the same order, with their zone set
     */
    public List<Figure> attribute(TextDocument doc, ZoneAttribution documentZone, List<Figure> figures) {
        return new FigureZones(doc, gazetteer, documentZone).attribute(figures);
    }

    /**
     * Remembers the enterprises and parks of a document that names its zone explicitly, so that a
     * later document naming them under a bare 高新区 can be placed. A name seen with two different
     * zones is forgotten. Documents whose zone was itself inferred teach nothing.
     */
    public void learn(TextDocument doc, ZoneAttribution zone) {
        if (zone == null || !zone.known() || !namesExplicitly(doc, zone.zone())) {
            return;
        }
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (!Evidence.counts(b)) {
                continue;
            }
            for (Sentence s : SentenceSplitter.split(b, i)) {
                EnterpriseNames.find(s.norm()).forEach((name, kind) -> remember(name, kind, zone.zone(), doc.id()));
            }
        }
    }

    private void remember(String name, String kind, String zone, String documentId) {
        if (conflicting.contains(name) || name.contains("高新") || name.contains("开发区") || gazetteer.knows(name)) {
            return;
        }
        Learned before = learned.get(name);
        if (before == null) {
            learned.put(new Learned(name, zone, documentId, kind));
        } else if (!before.zone().equals(zone)) {
            learned.remove(name);
            conflicting.add(name);
        }
    }

    private boolean namesExplicitly(TextDocument doc, String zone) {
        for (Block b : doc.blocks()) {
            if (Evidence.counts(b) && gazetteer.scan(b.norm(), LearnedNames.NONE).stream()
                    .anyMatch(m -> m.kind() == Mention.Kind.NAME && m.zone().shortName().equals(zone))) {
                return true;
            }
        }
        return false;
    }
}
