package io.zonebrief.cli;

import io.zonebrief.Reports;
import io.zonebrief.RunOptions;
import io.zonebrief.internal.Printable;
import io.zonebrief.render.LockWait;
import io.zonebrief.render.OutputSet;
import io.zonebrief.render.excel.WorkbookTemplate;
import io.zonebrief.render.pdf.BriefingTemplate;
import io.zonebrief.render.pdf.ReportingPeriod;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** zonebrief report: summary, workbook and briefing. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = "Write summary.json, report.xlsx and briefing.pdf for the articles into a folder.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  zonebrief report seeds -o out",
            "  zonebrief report --template my-briefing.yaml --reproducible articles/ -o out"})
final class ReportCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Folder for the three outputs (created when missing); they are replaced together, and the folder is locked while a run writes into it.")
    Path output;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "600",
            description = "While another run writes into the same -o, wait up to this long for it (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    @Option(names = "--no-wait", description = "Fail at once when another run writes into the same -o.")
    boolean noWait;

    @Option(names = "--template", paramLabel = "FILE", description = "Briefing template (default: templates/briefing.yaml when present, else built in).")
    Path briefingTemplate;

    @Option(names = "--workbook-template", paramLabel = "FILE", description = "Workbook template (default: templates/workbook.yaml when present, else built in).")
    Path workbookTemplate;

    @Option(names = "--period", paramLabel = "FROM..TO", converter = PeriodConverter.class,
            description = "Months the briefing reports on, e.g. 2024-01..2024-09, 2024-09 or 2024 (default: the template's period, else all the sources cover).")
    ReportingPeriod period;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        // everything that can be checked is checked before the analysis, which may take minutes
        Reports.Templates templates = new Reports.Templates(workbook(), briefing()).check();
        RunOptions options = input.toRunOptions(spec.commandLine());
        try (OutputSet set = Reports.open(output, lockWait(err))) {
            Summary summary = input.analyze(options, spec.commandLine());
            List<Path> written = summary.documents().isEmpty() ? List.of() : Reports.write(summary, set, templates);
            return RunReport.finish(summary, written, err, input.quiet);
        }
    }

    /** How long to wait for a folder another run holds. The waiting line shows even under -q: without it the run seems to hang. */
    private LockWait lockWait(PrintWriter err) {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wait must be between 0 and "
                    + MAX_WAIT_SECONDS + " seconds but was " + waitSeconds);
        }
        if (noWait) {
            return LockWait.NONE;
        }
        return new LockWait(Duration.ofSeconds(waitSeconds), line -> {
            err.println("zonebrief: " + Printable.of(line));
            err.flush();
        });
    }

    /** A day: a longer wait is a run that will never end. */
    static final long MAX_WAIT_SECONDS = 86_400;

    private BriefingTemplate briefing() throws IOException {
        Path p = briefingTemplate != null ? briefingTemplate : Path.of("templates", "briefing.yaml");
        BriefingTemplate t = briefingTemplate != null || Files.isRegularFile(p) ? BriefingTemplate.load(p)
                : BriefingTemplate.defaults();
        return period == null ? t : t.withPeriod(period);
    }

    /** Reads --period, so a wrong one is a usage error naming the option. */
    static final class PeriodConverter implements CommandLine.ITypeConverter<ReportingPeriod> {
        @Override
        public ReportingPeriod convert(String value) {
            try {
                return ReportingPeriod.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private WorkbookTemplate workbook() throws IOException {
        Path p = workbookTemplate != null ? workbookTemplate : Path.of("templates", "workbook.yaml");
        return workbookTemplate != null || Files.isRegularFile(p) ? WorkbookTemplate.load(p) : WorkbookTemplate.defaults();
    }
}
