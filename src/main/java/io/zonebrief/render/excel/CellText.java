package io.zonebrief.render.excel;

import java.util.regex.Pattern;

/**
 * Makes any text safe to store in a cell: Excel refuses cells over 32,767 characters and XML
 * cannot carry control characters, and article text may contain both.
 */
final class CellText {

    /** The most characters Excel keeps in one cell. */
    static final int MAX_LENGTH = 32_767;
    private static final String CJK = "[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}]";
    /** A line break, with the spaces around it, that has a Chinese character or punctuation on one side. */
    private static final Pattern CJK_BREAK = Pattern.compile(
            "(?<=" + CJK + ")\\s*[\\r\\n]+\\s*|\\s*[\\r\\n]+\\s*(?=" + CJK + ")");
    private static final Pattern OTHER_BREAK = Pattern.compile("\\s*[\\r\\n]+\\s*");
    /** Ends a cut cell so the reader sees that text is missing. */
    static final String CUT_MARKER = "…[截断]";

    private CellText() {
    }

    /** {@code s} without XML-illegal characters, cut to {@link #MAX_LENGTH}; "" for null. */
    static String safe(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String clean = clean(s);
        if (clean.length() <= MAX_LENGTH) {
            return clean;
        }
        int keep = MAX_LENGTH - CUT_MARKER.length();
        if (Character.isHighSurrogate(clean.charAt(keep - 1))) {
            keep--;
        }
        return clean.substring(0, keep) + CUT_MARKER;
    }

    /** Columns a text needs, counting wide (CJK, full-width) characters as two; longest line wins. */
    static int width(String s) {
        if (s == null) {
            return 0;
        }
        int best = 0;
        int line = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                best = Math.max(best, line);
                line = 0;
            } else {
                line += wide(cp) ? 2 : 1;
            }
        }
        return Math.max(best, line);
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || cp == 0x2014 || cp == 0x2026
                || (cp >= 0x201C && cp <= 0x201D);
    }

    private static String clean(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 0x20 && c != 0xFFFE && c != 0xFFFF || c == '\t' || c == '\n' || c == '\r';
            if (Character.isSurrogate(c)) {
                ok = Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                        : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
            }
            if (!ok && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /**
     * A sentence without the line breaks of the page it was laid out on: a break between Chinese
     * characters goes, one between Latin words or digits becomes a space.
     */
    static String oneLine(String s) {
        if (s == null) {
            return null;
        }
        return OTHER_BREAK.matcher(CJK_BREAK.matcher(s).replaceAll("")).replaceAll(" ").strip();
    }
}
