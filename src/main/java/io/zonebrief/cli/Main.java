package io.zonebrief.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The zonebrief command. */
@Command(name = "zonebrief",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        versionProvider = Version.class,
        description = "Reads Chinese articles about high-tech zones (高新区) and turns the figures they state into a "
                + "structured summary, an Excel workbook and a PDF briefing, showing where every number came from.",
        subcommands = {ReportCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        footerHeading = "%nExamples:%n",
        footer = {
            "  zonebrief report seeds -o out           all three outputs for a folder",
            "  zonebrief extract a.txt b.pdf -o s.json only summary.json",
            "  zonebrief help report                   every option of a command"},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input was read and every output written",
            "1:some inputs could not be read (the others were processed), or an output failed",
            "2:the command line is wrong"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // POI logs through Log4j's API; without a provider it complains on standard error at first use
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        // libraries' own logging (PDFBox on a damaged file) would repeat, as stack traces, what the
        // one-line problem report already says
        System.setProperty("org.apache.logging.log4j.simplelog.level", System.getProperty(
                "org.apache.logging.log4j.simplelog.level", "OFF"));
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code, for tests and embedding. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new FailureHandler());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use 'report' or 'extract'");
    }
}
