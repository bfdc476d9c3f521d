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

    /** A file is read whole into memory, and Java arrays end just short of 2 GiB. */
    static final long MAX_MEGABYTES = 2047;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Article files or folders (read recursively).")
    List<Path> inputs;

    @Option(names = "--zone", paramLabel = "NAME", description = "Attribute every document to this zone, e.g. 焦作高新区.")
    String zone;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode text files with this charset instead of detecting it, e.g. GB18030.")
    String encoding;

    @Option(names = "--lenient", description = "Read text with undecodable bytes, replacing them with \uFFFD and saying how many, "
            + "instead of refusing the file (a few stray bytes are replaced anyway).")
    boolean lenient;

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
    io.zonebrief.summary.Summary analyze(RunOptions options, picocli.CommandLine cl) throws java.io.IOException {
        ConsoleProgress progress = new ConsoleProgress(cl.getErr(), quiet);
        try {
            return io.zonebrief.ZoneBrief.analyze(inputs, options, progress);
        } finally {
            progress.finish();
        }
    }

    RunOptions toRunOptions(picocli.CommandLine cl) {
        RunOptions o = RunOptions.defaults().withReproducible(reproducible).withZone(zone)
                .withIndicators(indicators).withZonesFile(zones).withReview(review).withLenient(lenient);
        if (maxMegabytes <= 0 || maxMegabytes > MAX_MEGABYTES) {
            throw new picocli.CommandLine.ParameterException(cl, "--max-size must be between 1 and " + MAX_MEGABYTES
                    + " megabytes but was " + maxMegabytes);
        }
        if (zone != null && zone.isBlank()) {
            throw new picocli.CommandLine.ParameterException(cl, "--zone must name a zone such as 郑州高新区 but was empty");
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
