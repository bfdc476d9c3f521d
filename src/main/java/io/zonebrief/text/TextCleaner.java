package io.zonebrief.text;

import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.ingest.UnitBreak;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a decoded page into blocks: joins lines the layout broke mid-sentence (also across photo
 * captions placed in between), classifies blocks, splits the page into articles at headlines and
 * 本报讯 leads, and marks paragraphs that repeat an earlier one word for word.
 */
public final class TextCleaner {

    private TextCleaner() {
    }

    public static TextDocument clean(SourceDocument source) {
        String text = source.text();
        List<Block> blocks = joinLines(text);
        blocks = markRepeats(blocks);
        List<String> headlines = new ArrayList<>();
        blocks = assignArticles(blocks, headlines);
        PublicationDate date = PublicationDate.find(blocks, source.page());
        String paper = PublicationDate.source(blocks);
        return new TextDocument(source.id(), text, blocks, headlines, date.date(), date.how(), date.year(),
                paper != null ? paper : source.page().source(), source.page());
    }

    /**
     * A physical line with the offsets of its stripped content; or several taken together, a stack of
     * short lines ({@code stack}) or a line whose number's unit opens the next.
     */
    private record Line(int start, int end, boolean stack) {
        Line(int start, int end) {
            this(start, end, false);
        }
    }

    private static final int SHORT_LINE = 40;
    private static final java.util.regex.Pattern COLUMN_GAP = java.util.regex.Pattern.compile("\\S(\\s{2,}|\\t|\u3000)\\S");

    /**
     * Physical lines, with the lines of a visual paragraph (short lines set one under another, a
     * blank line between paragraphs, as phone-first posts write "规上工业总产值1268.5亿元 / 同比增长7.9%")
     * taken together so their figures see each other. Table rows and long lines stay single.
     */
    private static List<Line> lines(String text) {
        List<Line> physical = new ArrayList<>();
        List<Boolean> gapBefore = new ArrayList<>();
        boolean gap = true;
        boolean anyGap = false;
        for (Line l : unitBreaksMended(text, physicalLines(text))) {
            int prevEnd = physical.isEmpty() ? 0 : physical.get(physical.size() - 1).end();
            boolean blank = !physical.isEmpty() && text.substring(prevEnd, l.start()).chars().filter(c -> c == '\n').count() > 1;
            gap = physical.isEmpty() || blank;
            anyGap |= blank;
            physical.add(l);
            gapBefore.add(gap);
        }
        if (!anyGap) {
            return physical;
        }
        List<Line> out = new ArrayList<>();
        List<Line> group = new ArrayList<>();
        for (int i = 0; i < physical.size(); i++) {
            Line l = physical.get(i);
            if (!group.isEmpty() && !gapBefore.get(i) && stacks(text, group.get(group.size() - 1)) && stacks(text, l)) {
                group.add(l);
                continue;
            }
            flush(text, group, out);
            group.add(l);
        }
        flush(text, group, out);
        return out;
    }

    /**
     * Emits a group of adjacent short lines as one stacked line, unless the lines are a narrow
     * column wrapped at a fixed width (all but the last of one length), which the ordinary joining
     * of broken lines mends.
     */
    private static void flush(String text, List<Line> group, List<Line> out) {
        if (group.size() > 1 && !wrappedColumn(group)) {
            out.add(new Line(group.get(0).start(), group.get(group.size() - 1).end(), true));
        } else {
            out.addAll(group);
        }
        group.clear();
    }

    /**
     * Takes a line that ends in a number together with the next when that one opens with the number's
     * unit ("兑现资金500" / "万元，惠及…"), even across a blank line: hard-wrapped text cuts figures so, and
     * no paragraph opens with a unit. Table rows and lines that are only a number are left alone.
     */
    private static List<Line> unitBreaksMended(String text, List<Line> physical) {
        List<Line> out = new ArrayList<>(physical.size());
        for (Line l : physical) {
            Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null) {
                String before = text.substring(prev.start(), prev.end());
                String s = text.substring(l.start(), l.end());
                String last = before.substring(before.lastIndexOf('\n') + 1);
                if (last.indexOf('\t') < 0 && s.indexOf('\t') < 0 && UnitBreak.splits(last, s)) {
                    out.set(out.size() - 1, new Line(prev.start(), l.end()));
                    continue;
                }
            }
            out.add(l);
        }
        return out;
    }

    private static boolean wrappedColumn(List<Line> group) {
        if (group.size() < 3) {
            return false;
        }
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (Line l : group.subList(0, group.size() - 1)) {
            int len = l.end() - l.start();
            min = Math.min(min, len);
            max = Math.max(max, len);
        }
        return min >= 8 && max - min <= 2;
    }

    /** A line that can stand in a stack: short, not ending a sentence, not a table row or page furniture. */
    private static boolean stacks(String text, Line l) {
        String s = text.substring(l.start(), l.end());
        String last = s.substring(s.lastIndexOf('\n') + 1);
        BlockType kind = LineKind.classify(last);
        String norm = CharNormalizer.normalize(last.strip());
        // a line cut after a digit is running text wrapped inside a number ("总投资129 / 亿元")
        return norm.length() < SHORT_LINE && !LineKind.endsSentence(norm)
                && !Character.isDigit(norm.charAt(norm.length() - 1)) && !COLUMN_GAP.matcher(last).find()
                && (kind == BlockType.SUBHEADING || kind == BlockType.PARAGRAPH);
    }

    private static List<Line> physicalLines(String text) {
        List<Line> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = i;
            while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
                j++;
            }
            int s = i;
            int e = j;
            while (s < e && isSpace(text.charAt(s))) {
                s++;
            }
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (text.substring(s, e).indexOf('\t') >= 0) {
                // a table row: the tabs at its ends are its empty first and last cells
                while (s > i && text.charAt(s - 1) == '\t') {
                    s--;
                }
                while (e < j && text.charAt(e) == '\t') {
                    e++;
                }
            }
            if (e > s) {
                out.add(new Line(s, e));
            }
            i = j + 1;
        }
        return out;
    }

    /** Whether the line break at {@code at}, whose blanks end at {@code next}, cuts a number from its unit. */
    private static boolean cutsUnit(String text, int at, int next) {
        int lineStart = text.lastIndexOf('\n', at - 1) + 1;
        int nextEnd = text.indexOf('\n', next);
        String before = text.substring(lineStart, at).strip();
        String after = text.substring(next, nextEnd < 0 ? text.length() : nextEnd).strip();
        return !before.isEmpty() && !after.isEmpty() && UnitBreak.splits(before, after);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
    }

    /** Collects a block's characters and their original offsets. */
    private static final class Builder {
        final StringBuilder sb = new StringBuilder();
        final List<Integer> origin = new ArrayList<>();
        final BlockType type;

        Builder(BlockType type) {
            this.type = type;
        }

        void append(String text, Line line) {
            for (int k = line.start; k < line.end; k++) {
                char c = text.charAt(k);
                if ((c == '\n' || c == '\r') && sb.length() > 0) {
                    int next = k;
                    while (next < line.end && isSpace(text.charAt(next))) {
                        next++;
                    }
                    if (cutsUnit(text, k, next)) {
                        trimEnd();
                        k = next - 1; // the number runs on into its unit, as if the line had not broken
                        continue;
                    }
                }
                sb.append(c);
                origin.add(k);
            }
        }

        private void trimEnd() {
            while (sb.length() > 0 && isSpace(sb.charAt(sb.length() - 1))) {
                sb.setLength(sb.length() - 1);
                origin.remove(origin.size() - 1);
            }
        }

        Block build() {
            int[] o = new int[origin.size()];
            for (int k = 0; k < o.length; k++) {
                o[k] = origin.get(k);
            }
            return new Block(type, sb.toString(), o, 0, -1);
        }
    }

    private static List<Block> joinLines(String text) {
        List<Block> out = new ArrayList<>();
        List<Block> heldCaptions = new ArrayList<>();
        Builder open = null;
        for (Line line : lines(text)) {
            String s = text.substring(line.start, line.end);
            BlockType kind = LineKind.classify(s);
            boolean stack = line.stack();
            if (open != null && stack) {
                out.add(open.build());
                out.addAll(heldCaptions);
                heldCaptions.clear();
                open = null;
            }
            if (stack) {
                out.add(single(text, line, BlockType.PARAGRAPH)); // a stack is a paragraph of its own
                continue;
            }
            if (open != null && kind == BlockType.SUBHEADING && LineKind.isEnumeratedHeading(CharNormalizer.normalize(s))) {
                out.add(open.build());
                out.addAll(heldCaptions);
                heldCaptions.clear();
                open = null;
            }
            if (open != null) {
                if (kind == BlockType.CAPTION && heldCaptions.isEmpty() && CaptionBreak.continues(open.sb, s)) {
                    open.append(text, line); // "…为环卫工人、建" + "筑工人…送去清凉饮料480箱。田泽宇 摄": one caption
                    out.add(open.build());
                    open = null;
                    continue;
                }
                if (kind == BlockType.CAPTION) {
                    heldCaptions.add(single(text, line, kind));
                    continue;
                }
                if (kind == BlockType.PARAGRAPH || kind == BlockType.SUBHEADING) {
                    open.append(text, line);
                    if (LineKind.endsSentence(CharNormalizer.normalize(s))) {
                        out.add(open.build());
                        out.addAll(heldCaptions);
                        heldCaptions.clear();
                        open = null;
                    }
                    continue;
                }
                out.add(open.build());
                out.addAll(heldCaptions);
                heldCaptions.clear();
                open = null;
            }
            if (kind == BlockType.PARAGRAPH && !LineKind.endsSentence(CharNormalizer.normalize(s))) {
                open = new Builder(kind);
                open.append(text, line);
            } else {
                out.add(single(text, line, kind));
            }
        }
        if (open != null) {
            out.add(open.build());
        }
        out.addAll(heldCaptions);
        return out;
    }

    private static Block single(String text, Line line, BlockType kind) {
        Builder b = new Builder(kind);
        b.append(text, line);
        return b.build();
    }

    private static List<Block> markRepeats(List<Block> blocks) {
        Map<String, Integer> seen = new HashMap<>();
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Integer first = seen.putIfAbsent(b.norm(), i);
            out.add(first != null ? b.withRepeatOf(first) : b);
        }
        return out;
    }

    /**
     * A run of heading lines that opens an article (first on the page, or followed by a byline or a
     * 本报讯 lead) is its headline; other headings are subheadings. A 本报讯 lead with no headline
     * before it also starts a new article.
     */
    private static List<Block> assignArticles(List<Block> blocks, List<String> headlines) {
        List<Block> out = new ArrayList<>(blocks.size());
        int article = -1;
        boolean seenBody = false;
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            if (b.type() == BlockType.SUBHEADING) {
                int j = i;
                while (j < blocks.size() && blocks.get(j).type() == BlockType.SUBHEADING) {
                    j++;
                }
                boolean opens = !seenBody || opensArticle(blocks, j);
                if (opens) {
                    article++;
                    StringBuilder h = new StringBuilder();
                    for (int k = i; k < j; k++) {
                        h.append(h.length() > 0 ? " " : "").append(blocks.get(k).text());
                        out.add(blocks.get(k).withType(BlockType.HEADLINE, article));
                    }
                    headlines.add(h.toString());
                } else {
                    for (int k = i; k < j; k++) {
                        out.add(blocks.get(k).withType(BlockType.SUBHEADING, Math.max(article, 0)));
                    }
                }
                i = j;
                continue;
            }
            BlockType before = lastContentType(out);
            if (isLead(b) && before != BlockType.HEADLINE && before != BlockType.BYLINE) {
                article++;
                headlines.add("");
            }
            if (b.type() == BlockType.PARAGRAPH || b.type() == BlockType.CAPTION) {
                seenBody = true;
            }
            if (article < 0) {
                article = 0;
                headlines.add("");
            }
            out.add(b.withType(b.type(), article));
            i++;
        }
        return out;
    }

    /** The type of the last block that is not a date line or page furniture, or null. */
    private static BlockType lastContentType(List<Block> out) {
        for (int i = out.size() - 1; i >= 0; i--) {
            BlockType t = out.get(i).type();
            if (t != BlockType.DATELINE && t != BlockType.FURNITURE) {
                return t;
            }
        }
        return null;
    }

    private static boolean opensArticle(List<Block> blocks, int next) {
        for (int k = next; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            if (b.type() == BlockType.BYLINE || isLead(b)) {
                return true;
            }
            if (b.type() != BlockType.FURNITURE && b.type() != BlockType.DATELINE && b.type() != BlockType.CAPTION) {
                return false;
            }
        }
        return false;
    }

    private static boolean isLead(Block b) {
        return b.type() == BlockType.PARAGRAPH && b.norm().startsWith("本报讯");
    }
}
