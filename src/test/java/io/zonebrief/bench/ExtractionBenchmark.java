package io.zonebrief.bench;

import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures cleaning + extraction throughput on one core: the seed articles repeated to at least
 * 10 MB of text, several warm-up rounds, then timed rounds. Run after {@code mvn package}:
 *
 * <pre>
 * java -cp target/zonebrief.jar:target/test-classes io.zonebrief.bench.ExtractionBenchmark [seeds] [rounds]
 * </pre>
 */
public final class ExtractionBenchmark {

    private static final long TARGET_CHARS = 10L * 1024 * 1024;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<SourceDocument> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(DocumentReader::supports).sorted().toList()) {
                seeds.add(DocumentReader.withDefaults().read(p));
            }
        }
        List<SourceDocument> corpus = new ArrayList<>();
        long chars = 0;
        for (int i = 0; chars < TARGET_CHARS; i++) {
            SourceDocument d = seeds.get(i % seeds.size());
            corpus.add(SourceDocument.ofText(d.id() + "_" + i, d.text()));
            chars += d.text().length();
        }
        System.out.printf(Locale.ROOT, "corpus: %d documents, %,d characters%n", corpus.size(), chars);
        for (int w = 0; w < 3; w++) {
            run(corpus);
        }
        double best = 0;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long figures = run(corpus);
            double secs = (System.nanoTime() - t0) / 1e9;
            double rate = chars / secs;
            best = Math.max(best, rate);
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "round %d: %.2f s, %,.0f chars/s, %,d figures, heap used %d MiB%n", r + 1, secs,
                    rate, figures, (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
        System.out.printf(Locale.ROOT, "best: %,.0f characters per second (cleaning + extraction, one thread)%n", best);
    }

    private static long run(List<SourceDocument> corpus) {
        long n = 0;
        for (SourceDocument d : corpus) {
            n += FigureExtractor.extract(TextCleaner.clean(d)).size();
        }
        return n;
    }
}
