package io.zonebrief.bench;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Summary;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures a whole analysis (reading, cleaning, extraction, meaning and zone resolution) of a
 * folder, warm, on a given number of threads: wall time, CPU time and characters per second, per
 * round. CPU time per character is the figure to compare on a busy machine. Run after
 * {@code mvn package}:
 *
 * <pre>
 * java -cp target/zonebrief.jar:target/test-classes io.zonebrief.bench.AnalysisBenchmark /tmp/corpus1000 [threads] [rounds]
 * </pre>
 */
public final class AnalysisBenchmark {

    private AnalysisBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        long chars = 0;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                chars += Files.readString(p).length();
            }
        }
        RunOptions options = RunOptions.defaults().withReproducible(true).withThreads(threads);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%s: %,d characters, %d threads%n", dir, chars, threads);
        for (int r = 0; r < rounds; r++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Summary s = ZoneBrief.analyze(List.of(dir), options, Progress.NONE);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "round %d: %.2f s wall, %.2f s CPU, %,.0f chars/s, %,.0f chars per CPU second, %d figures%n",
                    r + 1, wall, cpu, chars / wall, chars / cpu, s.figures().size());
        }
    }
}
