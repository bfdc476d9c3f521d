package io.zonebrief.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Renders an element as paragraphs: block elements end a paragraph, {@code <br>} ends a line, table
 * rows become tab-separated lines. A line break in the HTML source next to a Chinese character is
 * dropped (editors wrap long lines there), while a space the author typed is kept.
 */
final class HtmlText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "main", "blockquote", "pre", "figure", "figcaption",
            "address", "center", "hr", "table", "caption", "header", "footer", "details", "summary", "tr", "td", "th");
    /** Stands in for source whitespace that held a line break, until its neighbours are known. */
    private static final char WRAP = '\u0001';

    private final Paragraphs out = new Paragraphs();
    private StringBuilder para = new StringBuilder();
    private List<String> row;
    private StringBuilder cell;

    private HtmlText() {
    }

    /** The text of {@code root}, preceded by {@code headline} when that is not null. */
    static String render(Element root, Element headline) {
        HtmlText t = new HtmlText();
        if (headline != null) {
            NodeTraversor.traverse(t, headline);
            t.flush();
        }
        NodeTraversor.traverse(t, root);
        t.flush();
        return t.out.isEmpty() ? "" : t.out.text();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText(), t.parent() != null && t.parent().closest("pre") != null);
        } else if (node instanceof Element e) {
            String tag = e.normalName();
            if (tag.equals("br")) {
                target().append('\n');
            } else if (isDataCell(e)) {
                cell = new StringBuilder();
            } else if (tag.equals("tr")) {
                flush();
                row = new ArrayList<>();
            } else if (BLOCKS.contains(tag)) {
                breakBlock();
            }
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e) {
            String tag = e.normalName();
            if (isDataCell(e) && cell != null) {
                if (row != null) {
                    row.add(resolve(cell));
                }
                cell = null;
            } else if (tag.equals("tr") && row != null) {
                out.row(row);
                row = null;
            } else if (BLOCKS.contains(tag)) {
                breakBlock();
            }
        }
    }

    /** Cells holding paragraphs or tables are page layout, not data: their content reads as paragraphs. */
    private static boolean isDataCell(Element e) {
        String tag = e.normalName();
        return (tag.equals("td") || tag.equals("th")) && e.selectFirst("p, div, table, ul, ol") == null;
    }

    private StringBuilder target() {
        return cell != null ? cell : para;
    }

    private void breakBlock() {
        if (cell != null) {
            cell.append(' ');
        } else {
            flush();
        }
    }

    private void append(String raw, boolean pre) {
        StringBuilder sb = target();
        if (pre) {
            sb.append(raw);
            return;
        }
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                char last = sb.isEmpty() ? '\n' : sb.charAt(sb.length() - 1);
                if (c == '\n' || c == '\r') {
                    if (last == ' ') {
                        sb.setCharAt(sb.length() - 1, WRAP);
                    } else if (last != WRAP && last != '\n') {
                        sb.append(WRAP);
                    }
                } else if (last != ' ' && last != WRAP && last != '\n') {
                    sb.append(' ');
                }
            } else {
                sb.append(c == '\u00A0' ? ' ' : c);
            }
        }
    }

    private void flush() {
        if (!para.isEmpty()) {
            out.paragraph(resolve(para));
            para = new StringBuilder();
        }
    }

    /** A wrapped line break beside a Chinese character vanishes (Chinese sets no spaces); elsewhere it is a space. */
    private static String resolve(CharSequence s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != WRAP) {
                sb.append(c);
                continue;
            }
            boolean before = i > 0 && ChineseText.isCjk(s.charAt(i - 1));
            boolean after = i + 1 < s.length() && ChineseText.isCjk(s.charAt(i + 1));
            if (!(before || after) && i > 0 && i + 1 < s.length()) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
