package io.zonebrief;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.extract.UnreadNumber;
import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.ingest.IngestException;
import io.zonebrief.ingest.Manifest;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.meaning.MeaningPass;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.SummaryBuilder;
import io.zonebrief.text.SentenceSplitter;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import io.zonebrief.zone.ZoneAttribution;
import io.zonebrief.zone.ZoneResolver;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The three steps of analysing one document. {@link #read} and {@link #finish} depend on nothing but
 * their document and may run on any thread; {@link #place} consults and feeds what the run has
 * learned of enterprise names, so it runs once per document in input order.
 */
final class DocumentSteps {

    private final RunOptions options;
    private final ZoneResolver zones;

    DocumentSteps(RunOptions options, ZoneResolver zones) {
        this.options = options;
        this.zones = zones;
    }

    /**
     * A document read, cleaned, its figures found and its zone evidence gathered; or why it could not
     * be read.
     */
    record Read(Path file, String fileName, SourceDocument source, TextDocument doc, List<Figure> figures,
                ZoneResolver.Prepared evidence, Optional<Manifest.Entry> entry, List<String> warnings,
                IngestException failure) {

        static Read failed(Path file, IngestException e) {
            return new Read(file, file.toString(), null, null, null, null, Optional.empty(), List.of(), e);
        }
    }

    /** Said of a document whose runs of figures were too long to read as whole sentences. */
    static final String TOO_LONG = "document too long to analyse fully: sentences in runs of figures longer than "
            + SentenceSplitter.MAX_SENTENCE + " characters were cut into pieces of at most "
            + SentenceSplitter.CLAUSE_PIECE + " at clause marks";

    /** Most unread numbers one warning quotes; the count says how many there were. */
    private static final int UNREAD_QUOTED = 5;

    /** "2 numbers not read: 5兆元 (line 12: 兆 may mean a million or a trillion), …". */
    static String notRead(List<UnreadNumber> unread) {
        String quoted = unread.stream().limit(UNREAD_QUOTED).map(UnreadNumber::toString)
                .collect(java.util.stream.Collectors.joining(", "));
        return unread.size() + (unread.size() == 1 ? " number" : " numbers") + " not read: " + quoted
                + (unread.size() > UNREAD_QUOTED ? ", …" : "");
    }

    /** A read document with its zone decided. */
    record Placed(Read read, ZoneAttribution zone) {
    }

    Read read(Path file, String id, DocumentReader reader, Optional<Manifest.Entry> entry) {
        try {
            SourceDocument source = reader.read(file);
            return read(id == null ? source : source.withId(id), file.toString(), entry);
        } catch (IngestException e) {
            return Read.failed(file, e);
        }
    }

    /**
     * Cleans and extracts one document. The manifest entry, when there is one, fixes its date.
     */
    Read read(SourceDocument source, String fileName, Optional<Manifest.Entry> entry) {
        LocalDate published = entry.map(Manifest.Entry::published).orElse(null);
        TextDocument cleaned = TextCleaner.clean(source);
        TextDocument doc = published == null ? cleaned : cleaned.withPublished(published, "manifest");
        List<UnreadNumber> unread = new ArrayList<>();
        List<Figure> figures = MeaningPass.apply(doc, FigureExtractor.extract(doc, unread));
        List<String> warnings = new ArrayList<>(source.warnings());
        if (doc.blocks().stream().anyMatch(SentenceSplitter::cutShort)) {
            warnings.add(TOO_LONG);
        }
        if (!unread.isEmpty()) {
            warnings.add(notRead(unread));
        }
        return new Read(null, fileName, source, doc, figures, zones.prepare(doc), entry, warnings, null);
    }

    /**
     * Decides the document's zone and learns from it: the manifest entry or {@code --zone} fixes the
     * zone; else the resolver weighs the evidence with what earlier documents taught.
     */
    Placed place(Read r, Map<String, SummaryBuilder.ZoneFacts> zoneFacts) {
        String fixedZone = fixedZone(r);
        ZoneAttribution zone = fixedZone != null
                ? new ZoneAttribution(fixedZone, null, null, null, 1.0,
                        options.zone() != null ? "命令行 --zone 指定" : "清单文件指定")
                : zones.resolve(r.evidence());
        zones.learn(r.evidence(), zone);
        if (zone.known()) {
            zoneFacts.putIfAbsent(zone.zone(), new SummaryBuilder.ZoneFacts(zone.fullName(), zone.province(), zone.city()));
        }
        return new Placed(r, zone);
    }

    /** Files each figure under its zone and describes the document. */
    SummaryBuilder.DocumentResult finish(Placed p) {
        Read r = p.read();
        ZoneAttribution zone = p.zone();
        String fixedZone = fixedZone(r);
        TextDocument doc = r.doc();
        List<Figure> figures = fixedZone != null ? r.figures().stream().map(f -> f.withZone(fixedZone)).toList()
                : zones.attribute(doc, zone, r.figures());
        String title = r.entry().map(Manifest.Entry::title).orElse(null);
        List<String> headlines = doc.headlines().stream().filter(h -> !h.isEmpty()).toList();
        if (title != null) {
            headlines = Stream.concat(Stream.of(title), headlines.stream().filter(h -> !h.equals(title))).toList();
        }
        SourceDocument source = r.source();
        DocumentInfo info = new DocumentInfo(source.id(), r.fileName(), source.format(), source.charset(),
                doc.published(), doc.publishedHow(),
                zone.zone(), zone.confidence(), zone.reason(), headlines, figures.size(), r.warnings(),
                r.entry().map(Manifest.Entry::source).orElse(doc.source()));
        return new SummaryBuilder.DocumentResult(info, figures);
    }

    private String fixedZone(Read r) {
        return options.zone() != null ? options.zone() : r.entry().map(Manifest.Entry::zone).orElse(null);
    }
}
