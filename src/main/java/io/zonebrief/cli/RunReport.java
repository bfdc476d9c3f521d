package io.zonebrief.cli;

import io.zonebrief.internal.Printable;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.Summary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints the problems of a run and its one-line account, and gives its exit code. */
final class RunReport {

    private RunReport() {
    }

    static int finish(Summary summary, List<Path> written, PrintWriter err, boolean quiet) {
        long failed = summary.problems().stream().filter(Problem::failed).count();
        long skipped = summary.problems().size() - failed;
        if (!quiet) {
            // read, but not quite as written (replaced bytes, a charset guessed weakly): worth a line each
            for (var d : summary.documents()) {
                for (String w : d.warnings()) {
                    err.println("zonebrief: warning: " + Printable.of(d.file() + ": " + w));
                }
            }
        }
        for (Problem p : summary.problems()) {
            if (p.failed() || !quiet) {
                err.println("zonebrief: " + p.kind() + ": " + Printable.of(p.toString()));
            }
        }
        if (!quiet) {
            err.printf("%d documents read%s, %d skipped, %d failed; %d figures found; %d files written%s%n",
                    summary.documents().size(), byReader(summary), skipped, failed, summary.figures().size(), written.size(),
                    written.isEmpty() ? "" : " (" + String.join(", ", written.stream().map(w -> Printable.of(w.toString())).toList()) + ")");
        }
        err.flush();
        return failed > 0 || summary.documents().isEmpty() ? 1 : 0;
    }

    /** How many documents each reader read, " (3 pdf, 2 html)", in order of count; empty when none. */
    private static String byReader(Summary summary) {
        Map<String, Long> counts = summary.documents().stream()
                .collect(Collectors.groupingBy(d -> String.valueOf(d.format()), TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return "";
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
