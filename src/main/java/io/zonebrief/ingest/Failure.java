package io.zonebrief.ingest;

/** Short one-line descriptions of library exceptions for messages users read. */
final class Failure {

    private static final int MAX = 160;

    private Failure() {
    }

    /** The exception's first message line, or its class name when it has none. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
