package io.zonebrief.ingest;

/** Short one-line descriptions of library exceptions for messages users read. */
final class Failure {

    private static final int MAX = 160;

    private Failure() {
    }

    /** The exception's first message line without Java class names, or words saying the content is damaged. */
    static String describe(Throwable e) {
        return io.zonebrief.internal.Reasons.of(e, e instanceof StackOverflowError ? "nested too deeply"
                : "damaged or unsupported content");
    }

    /** The first line of a message, shortened. */
    static String describe(String m) {
        String line = m.strip().lines().findFirst().orElse("");
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
