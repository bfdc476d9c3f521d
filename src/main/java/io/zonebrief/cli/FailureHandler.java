package io.zonebrief.cli;

import io.zonebrief.internal.Printable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import picocli.CommandLine;

/** Prints a failure as one line, without a stack trace, and exits with 1. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("zonebrief: " + Printable.of(describe(ex)));
        if (System.getenv("ZONEBRIEF_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }

    /**
     * One line naming the file and the reason. Java's file exceptions carry the file as their whole
     * message ("zonebrief: nonexist.yaml"), so the reason is put into words here; an exception that
     * is a defect rather than a condition of the files says so instead of showing Java's words.
     */
    static String describe(Throwable ex) {
        Throwable e = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String where = fs.getFile() + (fs.getOtherFile() == null ? "" : " → " + fs.getOtherFile());
            return where + ": " + reason(fs);
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException) {
            String m = io.zonebrief.internal.Reasons.of(e, "");
            if (!m.isEmpty()) {
                return m;
            }
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory; raise the heap (ZONEBRIEF_JAVA_OPTS=-Xmx4g) or lower --max-size";
        }
        return "internal error, please report it (run with ZONEBRIEF_DEBUG=1 to see where it happened)";
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        return e.getReason() != null ? e.getReason() : "cannot be read or written";
    }
}
