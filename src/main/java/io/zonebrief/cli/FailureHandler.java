package io.zonebrief.cli;

import picocli.CommandLine;

/** Prints a failure as one line, without a stack trace, and exits with 1. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        cl.getErr().println("zonebrief: " + msg.lines().findFirst().orElse(msg));
        if (System.getenv("ZONEBRIEF_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }
}
