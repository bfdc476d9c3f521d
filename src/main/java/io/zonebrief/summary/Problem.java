package io.zonebrief.summary;

/**
 * An input that could not be used, or was used only in part.
 *
 * @param file    the file as the user named it
 * @param kind    "skipped" (not an article format) or "failed" (could not be read)
 * @param message one line saying what is wrong
 */
public record Problem(String file, String kind, String message) {

    public static Problem skipped(String file, String message) {
        return new Problem(file, "skipped", message);
    }

    public static Problem failed(String file, String message) {
        return new Problem(file, "failed", message);
    }

    public boolean failed() {
        return "failed".equals(kind);
    }

    @Override
    public String toString() {
        return file + ": " + message;
    }
}
