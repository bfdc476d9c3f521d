package io.zonebrief.cli;

import io.zonebrief.Reports;
import io.zonebrief.RunOptions;
import io.zonebrief.render.OutputTarget;
import io.zonebrief.summary.Summary;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** zonebrief extract: only the summary. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = "Find the figures of articles and write them as summary.json (no workbook, no briefing).",
        footerHeading = "%nExamples:%n",
        footer = {
            "  zonebrief extract seeds -o out/summary.json",
            "  zonebrief extract --encoding GB18030 --zone 郑州高新区 a.txt -o a.json"})
final class ExtractCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.json", description = "Where to write the summary: a new or regular file (a symbolic link is written through; devices, pipes and folders are refused).")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        RunOptions options = input.toRunOptions(spec.commandLine());
        // a folder, device or pipe at -o is refused before the analysis, not after it
        OutputTarget.folderOf(OutputTarget.file(output, "-o"), "-o");
        Summary summary = input.analyze(options, spec.commandLine());
        List<Path> written = summary.documents().isEmpty() ? List.of() : List.of(Reports.writeSummary(summary, output));
        return RunReport.finish(summary, written, err, input.quiet);
    }
}
