package io.zonebrief.bench;

import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * JMH benchmark of one article's whole analysis — cleaning, extraction, meaning, zone resolution and
 * its summary ({@link ZoneBrief#analyze(String, String, RunOptions)}) — on each seed article in turn,
 * one thread. The score is articles per second; multiplied by the
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
    private final RunOptions options = RunOptions.defaults().withReproducible(true).withThreads(1);
    private int next;

    @Setup
    public void readSeeds() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        long chars = texts.stream().mapToLong(String::length).sum();
        System.out.printf("%d seed articles, %d characters on average%n", texts.size(), chars / texts.size());
    }

    @Benchmark
    public void analyzeArticle(Blackhole sink) throws IOException {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        Summary s = ZoneBrief.analyze("article" + next, text, options);
        sink.consume(s);
    }
}
