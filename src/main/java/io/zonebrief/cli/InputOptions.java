package io.zonebrief.cli;

import io.zonebrief.RunOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by the commands that read articles. */
final class InputOptions {

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--zone", paramLabel = "NAME", description = "Attribute every document to this zone, e.g. 焦作高新区.")
    String zone;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode text files with this charset instead of detecting it, e.g. GB18030.")
    String encoding;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "64", description = "Skip files larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    long maxMegabytes;

    @Option(names = "--reproducible", description = "Leave the run time out of outputs, so the same inputs give the same files.")
    boolean reproducible;

    @Option(names = "--indicators", paramLabel = "FILE", description = "Indicator taxonomy (default: templates/indicators.yaml when present, else built in).")
    Path indicators;

    @Option(names = "--zones", paramLabel = "FILE", description = "Extra zones and aliases (default: templates/zones.yaml when present).")
    Path zones;

    @Option(names = "--review", paramLabel = "FILE.xlsx", description = "Apply the 审核/修正值 decisions of a workbook ZoneBrief wrote and a reviewer edited.")
    Path review;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "0", description = "Analyse N documents at once (default: one per core); results are the same for any N.")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** Reads and analyses the inputs, showing progress on the command's error stream. */
    io.zonebrief.summary.Summary analyze(picocli.CommandLine cl) throws java.io.IOException {
        RunOptions options = toRunOptions(cl);
        ConsoleProgress progress = new ConsoleProgress(cl.getErr(), quiet);
        try {
            return io.zonebrief.ZoneBrief.analyze(inputs, options, progress);
        } finally {
            progress.finish();
        }
    }

    RunOptions toRunOptions(picocli.CommandLine cl) {
        RunOptions o = RunOptions.defaults().withReproducible(reproducible).withZone(zone)
                .withIndicators(indicators).withZonesFile(zones).withReview(review);
        if (maxMegabytes <= 0) {
            throw new picocli.CommandLine.ParameterException(cl, "--max-size must be a positive number of megabytes but was " + maxMegabytes);
        }
        o = o.withMaxBytes(maxMegabytes * 1024 * 1024);
        if (threads < 0) {
            throw new picocli.CommandLine.ParameterException(cl, "--threads must be 0 (one per core) or more but was " + threads);
        }
        o = o.withThreads(threads);
        if (encoding != null) {
            try {
                o = o.withEncoding(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new picocli.CommandLine.ParameterException(cl, "--encoding must name a charset such as UTF-8 or GB18030 but was '" + encoding + "'");
            }
        }
        return o;
    }
}
