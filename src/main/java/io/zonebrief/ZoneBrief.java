package io.zonebrief;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.meaning.MeaningPass;
import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.ingest.IngestException;
import io.zonebrief.ingest.InputFinder;
import io.zonebrief.ingest.Manifest;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.IndicatorTaxonomy;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryBuilder;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import io.zonebrief.zone.ZoneAttribution;
import io.zonebrief.zone.ZoneResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The front door of ZoneBrief: reads articles, finds their figures and zones, and builds the
 * summary that the workbook and briefing are made from.
 *
 * <pre>
 * Summary s = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults(), Progress.NONE);
 * Reports.write(s, Path.of("out"), ReportTemplates.defaults());
 * </pre>
 */
public final class ZoneBrief {

    private ZoneBrief() {
    }

    /**
     * Analyses files and folders. Inputs that cannot be read are listed in the summary's problems;
     * the others are still analysed.
     */
    public static Summary analyze(List<Path> inputs, RunOptions options, Progress progress) throws IOException {
        InputFinder.Found found = InputFinder.find(inputs);
        List<Problem> problems = new ArrayList<>();
        found.missing().forEach(p -> problems.add(Problem.failed(p.toString(), "no such file or folder")));
        found.unusable().forEach(u -> problems.add(Problem.failed(u.path().toString(), u.reason())));
        found.duplicates().forEach((again, first) -> problems.add(Problem.skipped(again.toString(),
                "same file as " + first + ", read once")));
        found.skipped().forEach(p -> problems.add(Problem.skipped(p.toString(), "not an article format ("
                + p.getFileName() + ")")));
        Manifest manifest = Manifest.empty();
        for (Path m : found.manifests()) {
            try {
                manifest = manifest.with(Manifest.load(m));
            } catch (IngestException e) {
                problems.add(Problem.failed(m.toString(), e.getMessage().substring(m.toString().length() + 2)));
            }
        }
        // settings files are read before the articles, so a broken one fails the run at once
        IndicatorTaxonomy taxonomy = taxonomy(options);
        DocumentReader reader = new DocumentReader(options.maxBytes(), options.encoding(), options.lenient());
        ZoneResolver zones = zoneResolver(options);
        ReviewApplier review = options.review() == null ? ReviewApplier.none() : ReviewApplier.read(options.review());
        List<SummaryBuilder.DocumentResult> results = new ArrayList<>();
        Map<String, SummaryBuilder.ZoneFacts> zoneFacts = new TreeMap<>();
        List<Path> files = found.files();
        java.util.Set<Manifest.Entry> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            progress.document(i + 1, files.size(), file);
            Optional<Manifest.Entry> entry = manifest.find(file);
            entry.ifPresent(used::add);
            SourceDocument source;
            try {
                source = reader.read(file).withId(found.idOf(file));
            } catch (IngestException e) {
                problems.add(Problem.failed(file.toString(), e.getMessage().substring(file.toString().length() + 2)));
                continue;
            }
            results.add(reviewed(analyzeOne(source, file.toString(), options, zones, zoneFacts, entry), review));
        }
        manifest.unmatched(used).forEach(u -> problems.add(Problem.skipped(u.manifest().toString(), u.message())));
        for (String id : review.unmatched()) {
            problems.add(Problem.skipped(options.review().toString(), "review decision for figure " + id
                    + " matches no figure of this run"));
        }
        return summarize(options, taxonomy, results, zoneFacts, problems, review);
    }

    /** Analyses one text held in memory, e.g. an article pasted by the caller. */
    public static Summary analyze(String id, String text, RunOptions options) throws IOException {
        ZoneResolver zones = zoneResolver(options);
        Map<String, SummaryBuilder.ZoneFacts> zoneFacts = new TreeMap<>();
        SummaryBuilder.DocumentResult r = analyzeOne(SourceDocument.ofText(id, text), id, options, zones, zoneFacts,
                Optional.empty());
        return summarize(options, taxonomy(options), List.of(r), zoneFacts, List.of(), ReviewApplier.none());
    }

    /**
     * Cleans, attributes and extracts one document. The manifest entry, when there is one, fixes its
     * zone, date, title and source; {@code --zone} fixes the zone of every document.
     */
    private static SummaryBuilder.DocumentResult analyzeOne(SourceDocument source, String fileName, RunOptions options,
                                                            ZoneResolver zones,
                                                            Map<String, SummaryBuilder.ZoneFacts> zoneFacts,
                                                            Optional<Manifest.Entry> entry) {
        LocalDate published = entry.map(Manifest.Entry::published).orElse(null);
        TextDocument cleaned = TextCleaner.clean(source);
        TextDocument doc = published == null ? cleaned : cleaned.withPublished(published, "manifest");
        String fixedZone = options.zone() != null ? options.zone() : entry.map(Manifest.Entry::zone).orElse(null);
        ZoneAttribution zone = fixedZone != null
                ? new ZoneAttribution(fixedZone, null, null, null, 1.0,
                        options.zone() != null ? "命令行 --zone 指定" : "清单文件指定")
                : zones.resolve(doc);
        zones.learn(doc, zone);
        List<Figure> figures = MeaningPass.apply(doc, FigureExtractor.extract(doc));
        figures = fixedZone != null ? figures.stream().map(f -> f.withZone(fixedZone)).toList()
                : zones.attribute(doc, zone, figures);
        if (zone.known()) {
            zoneFacts.putIfAbsent(zone.zone(), new SummaryBuilder.ZoneFacts(zone.fullName(), zone.province(), zone.city()));
        }
        String title = entry.map(Manifest.Entry::title).orElse(null);
        List<String> headlines = doc.headlines().stream().filter(h -> !h.isEmpty()).toList();
        if (title != null) {
            headlines = Stream.concat(Stream.of(title), headlines.stream().filter(h -> !h.equals(title))).toList();
        }
        DocumentInfo info = new DocumentInfo(source.id(), fileName, source.format(), source.charset(),
                doc.published(), doc.publishedHow(),
                zone.zone(), zone.confidence(), zone.reason(), headlines, figures.size(), source.warnings(),
                entry.map(Manifest.Entry::source).orElse(doc.source()));
        return new SummaryBuilder.DocumentResult(info, figures);
    }

    private static SummaryBuilder.DocumentResult reviewed(SummaryBuilder.DocumentResult r, ReviewApplier review)
            throws IOException {
        List<Figure> kept = review.apply(r.figures());
        if (kept == r.figures()) {
            return r;
        }
        DocumentInfo i = r.info();
        return new SummaryBuilder.DocumentResult(new DocumentInfo(i.id(), i.file(), i.format(), i.charset(), i.published(),
                i.publishedHow(), i.zone(), i.zoneConfidence(), i.zoneReason(), i.headlines(), kept.size(), i.warnings(),
                i.source()),
                kept);
    }

    private static Summary summarize(RunOptions options, IndicatorTaxonomy taxonomy,
                                     List<SummaryBuilder.DocumentResult> results,
                                     Map<String, SummaryBuilder.ZoneFacts> zoneFacts, List<Problem> problems,
                                     ReviewApplier review) throws IOException {
        String now = options.reproducible() ? null
                : OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString();
        return new SummaryBuilder(taxonomy).build(now, results, zoneFacts, problems, review.changes());
    }

    private static IndicatorTaxonomy taxonomy(RunOptions options) throws IOException {
        if (options.indicators() != null) {
            return IndicatorTaxonomy.load(options.indicators());
        }
        Path local = Path.of("templates", "indicators.yaml");
        return Files.isRegularFile(local) ? IndicatorTaxonomy.load(local) : IndicatorTaxonomy.defaults();
    }

    private static ZoneResolver zoneResolver(RunOptions options) throws IOException {
        if (options.zonesFile() != null) {
            return ZoneResolver.load(options.zonesFile());
        }
        Path local = Path.of("templates", "zones.yaml");
        return Files.isRegularFile(local) ? ZoneResolver.load(local) : ZoneResolver.withDefaults();
    }
}
