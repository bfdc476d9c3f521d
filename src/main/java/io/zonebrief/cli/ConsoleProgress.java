package io.zonebrief.cli;

import io.zonebrief.internal.Printable;
import io.zonebrief.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Shows progress on standard error: a bar with the time left that redraws itself on a terminal, one
 * plain line per document when piped, nothing when quiet.
 */
final class ConsoleProgress implements Progress {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private boolean drawn;
    private long started;

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
            long now = System.nanoTime();
            if (index <= 1) {
                started = now;
            }
            int filled = total == 0 ? WIDTH : index * WIDTH / total;
            err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + index + "/" + total + " "
                    + timeLeft(now - started, index - 1, total - index + 1) + " "
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

    /**
     * "剩余 1:05" — the time the documents still to come will take at the pace of those done, or
     * blank while too few are done (under five, or under a second) to tell the pace.
     */
    static String timeLeft(long elapsedNanos, int done, int left) {
        if (done < 5 || elapsedNanos < 1_000_000_000L) {
            return "         ";
        }
        long seconds = Math.round(elapsedNanos / 1e9 / done * left);
        String clock = seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
        return "剩余 " + clock;
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 37) + "..." : name;
    }
}
