package io.zonebrief.cli;

import io.zonebrief.Reports;
import io.zonebrief.RunOptions;
import io.zonebrief.render.OutputSet;
import io.zonebrief.render.excel.WorkbookTemplate;
import io.zonebrief.render.pdf.BriefingTemplate;
import io.zonebrief.render.pdf.ReportingPeriod;
import io.zonebrief.summary.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        try (OutputSet set = Reports.open(output)) {
            Summary summary = input.analyze(options, spec.commandLine());
            List<Path> written = summary.documents().isEmpty() ? List.of() : Reports.write(summary, set, templates);
            return RunReport.finish(summary, written, err, input.quiet);
        }
    }

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
