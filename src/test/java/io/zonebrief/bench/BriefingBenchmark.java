package io.zonebrief.bench;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.render.pdf.BriefingRenderer;
import io.zonebrief.render.pdf.BriefingTemplate;
import io.zonebrief.summary.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times the PDF briefing of the seed articles, so a change to the layout can be checked against the
 * budget of under 1 s per render after warm-up and under 1 MB. It is a program, not a unit test,
 * because wall-clock time on a shared build machine says nothing a test should fail on.
 *
 * <p>The seeds are analysed once (outside the timing); the briefing is then rendered 3 times to warm
 * up the JIT and font caches and 10 times measured, each printed with its time and size, then the
 * median and the largest.</p>
 *
 * <p>Run from the repository root (so that {@code seeds/} is found) after building the jar and the
 * test classes:</p>
 * <pre>
 * mvn -q -o -DskipTests package &amp;&amp; mvn -q -o test-compile
 * java -cp target/zonebrief.jar:target/test-classes io.zonebrief.bench.BriefingBenchmark [seeds-folder]
 * </pre>
 * With another build directory ({@code -Dzb.build.dir=/tmp/b}) use {@code /tmp/b/zonebrief.jar:/tmp/b/test-classes}.
 */
public final class BriefingBenchmark {

    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    private BriefingBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seeds = Path.of(args.length > 0 ? args[0] : "seeds");
        Summary summary = ZoneBrief.analyze(List.of(seeds), RunOptions.defaults().withReproducible(true), Progress.NONE);
        BriefingRenderer renderer = new BriefingRenderer(BriefingTemplate.defaults());
        System.out.printf(Locale.ROOT, "seeds: %d documents, %d figures, %d zones%n", summary.documents().size(),
                summary.figures().size(), summary.zones().size());
        for (int i = 1; i <= WARM_UP; i++) {
            Run r = render(renderer, summary);
            System.out.printf(Locale.ROOT, "warm-up %d: %7.1f ms  %,d bytes%n", i, r.millis(), r.bytes());
        }
        double[] times = new double[RUNS];
        // on a shared machine the wall time waits for other processes; the rendering thread's CPU time does not
        double[] cpu = new double[RUNS];
        int size = 0;
        for (int i = 0; i < RUNS; i++) {
            Run r = render(renderer, summary);
            times[i] = r.millis();
            size = r.bytes();
            cpu[i] = r.cpuMillis();
            System.out.printf(Locale.ROOT, "run %2d:    %7.1f ms  (thread cpu %7.1f ms)  %,d bytes%n", i + 1, r.millis(),
                    r.cpuMillis(), r.bytes());
        }
        java.util.Arrays.sort(times);
        System.out.printf(Locale.ROOT, "median %.1f ms, max %.1f ms, size %,d bytes (budget: < 1000 ms, < 1,000,000 bytes)%n",
                times[RUNS / 2], times[RUNS - 1], size);
        java.util.Arrays.sort(cpu);
        System.out.printf(Locale.ROOT, "median thread cpu %.1f ms%n", cpu[RUNS / 2]);
    }

    private record Run(double millis, double cpuMillis, int bytes) {
    }

    private static Run render(BriefingRenderer renderer, Summary summary) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        renderer.write(summary, out);
        return new Run((System.nanoTime() - start) / 1e6, (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6, out.size());
    }
}
