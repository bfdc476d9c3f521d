package io.zonebrief;

import io.zonebrief.extract.Figure;
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
import io.zonebrief.zone.ZoneResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
        found.skipped().forEach(p -> problems.add(Problem.skipped(p.toString(), found.whySkipped(p))));
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
        Map<String, SummaryBuilder.ZoneFacts> zoneFacts = new TreeMap<>();
        java.util.Set<Manifest.Entry> used = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        DocumentPipeline pipeline = new DocumentPipeline(new DocumentSteps(options, zones), reader, manifest, review,
                progress, options.effectiveThreads());
        List<SummaryBuilder.DocumentResult> results = pipeline.run(found.files(), found::idOf, used, zoneFacts, problems);
        manifest.unmatched(used).forEach(u -> problems.add(Problem.skipped(u.manifest().toString(), u.message())));
        for (String line : review.refused()) {
            problems.add(Problem.skipped(options.review().toString(), line));
        }
        for (String id : review.unmatched()) {
            problems.add(Problem.skipped(options.review().toString(), "review decision for figure " + id
                    + " matches no figure of this run"));
        }
        return summarize(options, taxonomy, results, zoneFacts, problems, review);
    }

    /** Analyses one text held in memory, e.g. an article pasted by the caller. */
    public static Summary analyze(String id, String text, RunOptions options) throws IOException {
        Map<String, SummaryBuilder.ZoneFacts> zoneFacts = new TreeMap<>();
        DocumentSteps steps = new DocumentSteps(options, zoneResolver(options));
        DocumentSteps.Read read = steps.read(SourceDocument.ofText(id, text), id, Optional.empty());
        SummaryBuilder.DocumentResult r = steps.finish(steps.place(read, zoneFacts));
        return summarize(options, taxonomy(options), List.of(r), zoneFacts, List.of(), ReviewApplier.none());
    }

    static SummaryBuilder.DocumentResult reviewed(SummaryBuilder.DocumentResult r, ReviewApplier review)
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
        return new SummaryBuilder(taxonomy).build(now, results, zoneFacts, problems, review.changes(), review);
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
