package io.zonebrief.ingest;

/** Short one-line descriptions of library exceptions for messages users read. */
final class Failure {

    private static final int MAX = 160;

    private Failure() {
    }

    /** The exception's first message line, or its class name when it has none. */
    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : describe(m);
    }

    /** The first line of a message, shortened. */
    static String describe(String m) {
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
