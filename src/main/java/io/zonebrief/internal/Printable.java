package io.zonebrief.internal;

/**
 * Makes text that came from outside (file names, messages naming them) safe to print on a terminal:
 * control characters could move the cursor, recolour or retitle it, and bidirectional overrides
 * could make a name read differently from what it is. Each such character is shown as an escape
 * ({@code \x1b}, {@code \u202e}), so the name stays recognisable.
 */
public final class Printable {

    private Printable() {
    }

    /** {@code text} with control, bidi-control and line-breaking characters escaped. */
    public static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (unsafe(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(c < 0x100 ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c < 0xa0
                || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069 || c == 0x200e || c == 0x200f
                || c == 0x2028 || c == 0x2029 || c == 0x061c;
    }
}
