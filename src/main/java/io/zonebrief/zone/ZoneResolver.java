package io.zonebrief.zone;

import io.zonebrief.extract.Figure;
import io.zonebrief.text.Block;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * then {@link #learn}, from one thread, and the outcome is the same on every run. The costly part,
 * {@link #prepare}, is pure and can run on many threads ahead of that sequence.</p>
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

    /**
     * What {@link #resolve} and {@link #learn} need of a document, worked out without the learned
     * names: each sentence's evidence, the zones the document names explicitly and the enterprise
     * and park names it could teach. Safe to call from any thread; the result is immutable.
     *
     * @param lines         sentences that can speak of a zone, with their evidence before learning
     * @param explicitZones zones named explicitly in those sentences
     * @param names         enterprise and park names with their kind, in document order (empty when
     *                      the document names no zone explicitly, since it then teaches nothing)
     */
    public record Prepared(String documentId, List<PreparedLine> lines, Set<String> explicitZones,
                           List<Map.Entry<String, String>> names) {
    }

    /** A sentence and what it says of zones before learning. */
    record PreparedLine(Evidence.Line line, Evidence.Part part) {
    }

    /** Prepares a document for {@link #resolve(Prepared)}; pure, so documents can be prepared in parallel. */
    public Prepared prepare(TextDocument doc) {
        List<PreparedLine> lines = new ArrayList<>();
        for (Evidence.Line line : Evidence.lines(doc)) {
            lines.add(new PreparedLine(line, Evidence.part(line, gazetteer, LearnedNames.NONE)));
        }
        Set<String> explicit = new HashSet<>();
        for (Block b : doc.blocks()) {
            if (Evidence.counts(b)) {
                for (Mention m : gazetteer.scan(b.norm(), LearnedNames.NONE)) {
                    if (m.kind() == Mention.Kind.NAME) {
                        explicit.add(m.zone().shortName());
                    }
                }
            }
        }
        return new Prepared(doc.id(), List.copyOf(lines), Set.copyOf(explicit),
                explicit.isEmpty() ? List.of() : teachable(doc));
    }

    private static List<Map.Entry<String, String>> teachable(TextDocument doc) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            if (!Evidence.counts(b)) {
                continue;
            }
            for (Sentence s : SentenceSplitter.split(b, i)) {
                EnterpriseNames.find(s.norm()).forEach((name, kind) -> out.add(Map.entry(name, kind)));
            }
        }
        return List.copyOf(out);
    }

    /** The zone the document as a whole is about, or {@link ZoneAttribution#unknown} with the reason. */
    public ZoneAttribution resolve(TextDocument doc) {
        return resolve(prepare(doc));
    }

    /**
     * The zone a prepared document is about, given what earlier documents taught. A sentence in which
     * no learned name occurs keeps the evidence it was prepared with.
     */
    public ZoneAttribution resolve(Prepared doc) {
        List<Evidence.Part> parts = new ArrayList<>(doc.lines().size());
        for (PreparedLine l : doc.lines()) {
            boolean affected = !learned.isEmpty()
                    && (gazetteer.keysOutlastLongest() || learned.occursIn(l.line().norm(), gazetteer.longest()));
            parts.add(affected ? Evidence.part(l.line(), gazetteer, learned) : l.part());
        }
        return Verdict.decide(Evidence.of(parts), gazetteer);
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
        learn(prepare(doc), zone);
    }

    /** {@link #learn(TextDocument, ZoneAttribution)} for a prepared document. */
    public void learn(Prepared doc, ZoneAttribution zone) {
        if (zone == null || !zone.known() || !doc.explicitZones().contains(zone.zone())) {
            return;
        }
        doc.names().forEach(e -> remember(e.getKey(), e.getValue(), zone.zone(), doc.documentId()));
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
}
