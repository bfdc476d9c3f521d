package io.zonebrief;

import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.summary.SummaryBuilder;
import io.zonebrief.zone.ZoneResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmark of one article's whole analysis — cleaning, extraction, meaning and zone resolution,
 * the steps {@link DocumentSteps} runs per document — on each seed article in turn, one thread, with
 * the gazetteer and resolver made once as in a run. The score is articles per second; times the
 * seeds' mean length (printed at setup) it gives characters per second. Run with
 * {@code mvn -o -q -P jmh -DskipTests clean test-compile exec:exec} (the profile in pom.xml).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true"})
public class AnalysisJmh {

    private final List<String> texts = new ArrayList<>();
    private final Map<String, SummaryBuilder.ZoneFacts> zoneFacts = new TreeMap<>();
    private DocumentSteps steps;
    private int next;

    @Setup
    public void readSeeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        steps = new DocumentSteps(RunOptions.defaults().withReproducible(true).withThreads(1),
                ZoneResolver.withDefaults());
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d seed articles, %d characters on average%n", texts.size(), chars / texts.size());
    }

    @Benchmark
    public void analyzeArticle(Blackhole sink) throws IOException {
        String id = "article" + next;
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        DocumentSteps.Read read = steps.read(SourceDocument.ofText(id, text), id, Optional.empty());
        sink.consume(steps.finish(steps.place(read, zoneFacts)));
    }
}
