package io.zonebrief.bench;

import io.zonebrief.Progress;
import io.zonebrief.Reports;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.render.AtomicFiles;
import io.zonebrief.render.excel.ReviewReader;
import io.zonebrief.render.excel.WorkbookRenderer;
import io.zonebrief.render.excel.WorkbookTemplate;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the pipeline at scale: writes N synthetic zone articles ({@link ZoneArticles}) as .txt
 * files, analyses them with {@link ZoneBrief#analyze}, writes the workbook and summary.json, and
 * prints the time and peak heap of each stage. Issue 8 asks for 10,000 articles in a 512 MiB heap;
 * the PDF briefing is not part of it. Run after {@code mvn package}:
 *
 * <pre>
 * java -Xmx512m -cp target/zonebrief.jar:target/test-classes io.zonebrief.bench.WorkbookBenchmark 10000 [seed] [keep-dir]
 * </pre>
 *
 * <p>Peak heap is the sum of the heap pools' peak usage since the stage began; pools peak at
 * different moments, so the sum is an upper bound of the true peak (it can exceed -Xmx). "Live
 * after GC" is what the stage leaves reachable. CPU time is the main thread's, which stays
 * meaningful on a busy machine where wall time does not.</p>
 */
public final class WorkbookBenchmark {

    private WorkbookBenchmark() {
    }

    /** Time and peak heap of one stage. */
    private record Stage(String name, double seconds, double cpuSeconds, long peakBytes, long liveAfterBytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-13s %7.1f s (cpu %7.1f s)   peak heap %5d MiB   live after GC %5d MiB",
                    name, seconds, cpuSeconds, peakBytes >> 20, liveAfterBytes >> 20);
        }
    }

    /** A stage's work. */
    @FunctionalInterface
    private interface Work {
        void run() throws IOException;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42L;
        Path dir = args.length > 2 ? Files.createDirectories(Path.of(args[2]))
                : Files.createTempDirectory("zonebrief-bench");
        boolean keep = args.length > 2;
        System.out.printf(Locale.ROOT, "ZoneBrief workbook benchmark: %,d articles, seed %d, max heap %d MiB, in %s%n",
                n, seed, Runtime.getRuntime().maxMemory() >> 20, dir);
        try {
            run(n, seed, dir);
        } finally {
            if (!keep) {
                deleteTree(dir);
            }
        }
    }

    private static void run(int n, long seed, Path dir) throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("articles"));
        Path out = Files.createDirectories(dir.resolve("out"));
        long[] chars = {0};
        time("generate", () -> {
            ZoneArticles gen = new ZoneArticles(seed);
            for (int i = 0; i < n; i++) {
                String text = gen.article(i);
                chars[0] += text.length();
                Files.writeString(inputs.resolve(ZoneArticles.fileName(i)), text, StandardCharsets.UTF_8);
            }
        });
        Summary[] summary = new Summary[1];
        RunOptions options = RunOptions.defaults().withReproducible(true);
        time("analyze", () -> summary[0] = ZoneBrief.analyze(List.of(inputs), options, Progress.NONE));
        Summary s = summary[0];
        Path xlsx = out.resolve(Reports.WORKBOOK);
        time("workbook", () -> AtomicFiles.write(xlsx,
                o -> new WorkbookRenderer(WorkbookTemplate.defaults()).write(s, o)));
        Path json = out.resolve(Reports.SUMMARY);
        time("summary.json", () -> Reports.writeSummary(s, json));
        int[] decisions = {0};
        time("review read", () -> decisions[0] = ReviewReader.read(xlsx).size());

        long facts = s.zones().stream().mapToLong(z -> z.facts().size()).sum();
        ZoneSummary largest = s.zones().stream().max(Comparator.comparingInt(z -> z.facts().size())).orElse(null);
        System.out.printf(Locale.ROOT, "documents %,d (%,d characters, %.0f per article), figures %,d (%.1f per article), "
                        + "zones %d, facts %,d (largest zone %s: %,d), problems %d%n",
                s.documents().size(), chars[0], (double) chars[0] / Math.max(1, n), s.figures().size(),
                (double) s.figures().size() / Math.max(1, s.documents().size()), s.zones().size(), facts,
                largest == null ? "-" : largest.zone(), largest == null ? 0 : largest.facts().size(),
                s.problems().size());
        System.out.printf(Locale.ROOT, "report.xlsx %,d KiB, summary.json %,d KiB, review decisions read back %d%n",
                Files.size(xlsx) >> 10, Files.size(json) >> 10, decisions[0]);
    }

    private static void time(String name, Work work) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        System.out.println(new Stage(name, seconds, cpu, peak, live));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
