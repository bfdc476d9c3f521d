package io.zonebrief.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in this JVM with its error stream captured, for tests of other packages. */
public final class CliRunner {

    private CliRunner() {
    }

    /** The exit code; what the run printed on standard error goes to {@code err}. */
    public static int run(StringWriter err, String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
