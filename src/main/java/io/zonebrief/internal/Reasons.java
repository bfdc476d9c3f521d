package io.zonebrief.internal;

import java.util.regex.Pattern;

/**
 * Turns a library's exception into the reason part of a one-line message: its first message line
 * without the Java class names libraries put in front ("java.util.zip.ZipException: invalid
 * distance"), and words instead of a bare class name when there is no message.
 */
public final class Reasons {

    private static final int MAX = 160;
    private static final Pattern CLASS_NAME = Pattern.compile(
            "(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)(?::\\s*)?");

    private Reasons() {
    }

    /** The reason of {@code e}, or {@code fallback} when it says nothing a person could use. */
    public static String of(Throwable e, String fallback) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return fallback;
        }
        String line = CLASS_NAME.matcher(m.strip().lines().findFirst().orElse("")).replaceAll("").strip();
        if (line.isEmpty()) {
            return fallback;
        }
        return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
    }
}
