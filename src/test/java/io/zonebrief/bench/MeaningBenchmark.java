package io.zonebrief.bench;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.meaning.MeaningPass;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures what reading each figure's meaning costs beside finding it: N generated articles are
 * cleaned once, then each round times extraction and the meaning stage separately. Run after
 * {@code mvn package test-compile}:
 *
 * <pre>
 * java -cp target/zonebrief.jar:target/test-classes io.zonebrief.bench.MeaningBenchmark [articles] [rounds]
 * </pre>
 */
public final class MeaningBenchmark {

    private MeaningBenchmark() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ZoneArticles gen = new ZoneArticles(42);
        List<TextDocument> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            docs.add(TextCleaner.clean(SourceDocument.ofText(ZoneArticles.fileName(i), gen.article(i))));
        }
        for (int round = 1; round <= rounds; round++) {
            long extract = 0;
            long meaning = 0;
            int figures = 0;
            for (TextDocument d : docs) {
                long t0 = System.nanoTime();
                List<Figure> found = FigureExtractor.extract(d);
                long t1 = System.nanoTime();
                MeaningPass.apply(d, found);
                meaning += System.nanoTime() - t1;
                extract += t1 - t0;
                figures += found.size();
            }
            System.out.printf(Locale.ROOT, "round %d: %d articles, %,d figures; extract %.2f s, meaning %.2f s%n",
                    round, n, figures, extract / 1e9, meaning / 1e9);
        }
    }
}
