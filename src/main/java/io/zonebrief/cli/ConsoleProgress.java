package io.zonebrief.cli;

import io.zonebrief.internal.Printable;
import io.zonebrief.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Shows progress on standard error: a bar that redraws itself on a terminal, one plain line per
 * document when piped, nothing when quiet.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private boolean drawn;

    ConsoleProgress(PrintWriter err, boolean quiet) {
        this.err = err;
        this.terminal = System.console() != null;
        this.quiet = quiet;
    }

    @Override
    public void document(int index, int total, Path file) {
        if (quiet) {
            return;
        }
        if (terminal) {
            int filled = total == 0 ? WIDTH : index * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + index + "/" + total + " "
                    + shorten(Printable.of(String.valueOf(file.getFileName()))));
            drawn = true;
        } else {
            err.println("[" + index + "/" + total + "] " + Printable.of(file.toString()));
        }
        err.flush();
    }

    /** Ends the bar's line before other output. */
    void finish() {
        if (drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
            drawn = false;
        }
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 37) + "..." : name;
    }
}
