package io.zonebrief.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs from a PDF's text lines. A PDF has no paragraphs, only lines set to the
 * column's width, so "2015年实" + line break + "现产值123.8亿元" is one phrase that a line-based
 * reader would cut in two. A line that fills the column and does not end a sentence runs on into
 * the next one, also across a page break (page numbers in between are dropped); a line that stops
 * short ends its paragraph. The text stage then sees the layout of a plain-text article: one
 * paragraph per line, a blank line between paragraphs.
 */
final class PdfLines {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－\\s]*(第\\s*)?\\d{1,4}(\\s*页)?([/／]\\s*\\d{1,4})?[-—–－\\s]*|[-—–－]\\s*[0-9ivxIVX]{1,6}\\s*[-—–－]");
    private static final Pattern HEADING_START = Pattern.compile(
            "(第[一二三四五六七八九十百]+[章节部分篇]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]"
                    + "|\\d{1,2}[、．.](?!\\d)|[■●◆▲★□○◎•◇►▶]|附件|附表)");
    /** Punctuation that ends a sentence or an item; a full line ending so may still end its paragraph. */
    private static final String SENTENCE_END = "。！？!?；;：:";

    private PdfLines() {
    }

    /** Joins the pages' lines into paragraphs; each page is its text with one line per text line. */
    static String reflow(List<String> pages) {
        List<String> lines = new ArrayList<>();
        List<Boolean> pageStart = new ArrayList<>();
        for (String page : pages) {
            boolean first = true;
            for (String line : page.split("\n")) {
                String t = Paragraphs.trim(line);
                if (t.isEmpty() || PAGE_NUMBER.matcher(t).matches()) {
                    continue;
                }
                lines.add(t);
                pageStart.add(first);
                first = false;
            }
        }
        int full = fullWidth(lines);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            sb.append(line);
            if (i + 1 == lines.size()) {
                break;
            }
            String next = lines.get(i + 1);
            if (isRow(line) || isRow(next)) {
                sb.append(isRow(line) && isRow(next) ? "\n" : "\n\n"); // a table's rows stay together, apart from the text
                continue;
            }
            boolean fills = full > 0 && width(line) >= full - 4;
            if (UnitBreak.splits(line, next)) {
                continue; // "完成投资500 万" + "元": a short line that ends inside a figure still runs on
            }
            if (fills && !endsSentence(line) && !HEADING_START.matcher(next).lookingAt()) {
                if (isLatin(line.charAt(line.length() - 1)) && isLatin(next.charAt(0))) {
                    sb.append(' ');
                }
            } else if (fills && !pageStart.get(i + 1)) {
                sb.append('\n');
            } else {
                sb.append("\n\n");
            }
        }
        return sb.toString();
    }

    /**
     * The column's width: the width most lines of more than a few characters reach. Shorter lines
     * are the last lines of paragraphs, headings and table cells.
     */
    static int fullWidth(List<String> lines) {
        int[] widths = lines.stream().mapToInt(PdfLines::width).filter(w -> w >= 24).sorted().toArray();
        if (widths.length < 8) {
            return 0;
        }
        int candidate = widths[(int) (widths.length * 0.75)];
        // Lines a little over the column (a run of narrow digits) should not raise the bar.
        int[] near = Arrays.stream(widths).filter(w -> w >= candidate - 4 && w <= candidate + 4).toArray();
        return near.length * 3 >= widths.length ? candidate : 0;
    }

    /** Display width in half-width cells: Han characters and full-width punctuation take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c < 0x2E80 && !(c >= 0x2010 && c <= 0x201F) ? 1 : 2;
        }
        return w;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        if (last == '”' || last == '’' || last == '）' || last == ')') {
            char before = line.length() > 1 ? line.charAt(line.length() - 2) : last;
            return SENTENCE_END.indexOf(before) >= 0;
        }
        return SENTENCE_END.indexOf(last) >= 0;
    }

    /** A table row found by {@link PdfTables}: its cells are tab-separated. */
    private static boolean isRow(String line) {
        return line.indexOf('\t') >= 0;
    }

    private static boolean isLatin(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
