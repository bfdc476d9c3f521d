package io.zonebrief.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects paragraphs and table rows into the text layout the text stage expects from plain-text
 * articles: one paragraph per line with a blank line between paragraphs; the rows of a table on
 * consecutive lines, cells separated by tabs.
 */
final class Paragraphs {

    private record Part(String text, boolean row) {
    }

    private final List<Part> parts = new ArrayList<>();

    /** Adds a paragraph; blank ones are dropped. */
    void paragraph(String text) {
        add(text, false);
    }

    /**
     * Adds one table row given its cells; a row of empty cells is dropped. Empty cells at either end
     * are kept, so each number stays under its column's header.
     */
    void row(List<String> cells) {
        List<String> clean = cells.stream().map(c -> tidy(c).replace('\n', ' ')).toList();
        if (clean.stream().anyMatch(c -> !c.isEmpty())) {
            parts.add(new Part(String.join("\t", clean), true));
        }
    }

    boolean isEmpty() {
        return parts.isEmpty();
    }

    private void add(String text, boolean row) {
        String t = tidy(text);
        if (!t.isEmpty()) {
            parts.add(new Part(t, row));
        }
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                sb.append(parts.get(i - 1).row && parts.get(i).row ? "\n" : "\n\n");
            }
            sb.append(parts.get(i).text);
        }
        return sb.append('\n').toString();
    }

    /** Trims each line and drops blank ones. */
    static String tidy(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (String line : s.split("\r\n|\r|\n", -1)) {
            String t = trim(line);
            if (!t.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    /** The line without blanks at its ends; a table row keeps the tabs of its empty end cells. */
    static String trim(String line) {
        String t = line.strip();
        if (t.isEmpty() || line.indexOf('\t') < 0) {
            return t;
        }
        int from = 0;
        int to = line.length();
        while (from < to && line.charAt(from) != '\t' && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && line.charAt(to - 1) != '\t' && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }
}
