package io.zonebrief.text;

import java.util.Objects;

/**
 * A block of a page after cleaning: a headline, paragraph, caption… whose lines, broken by the
 * page layout, are joined again. {@link #text()} is the joined text exactly as written; {@link
 * #norm()} is the same text normalised for matching (same length); every character maps back to its
 * offset in the original document. This class is immutable.
 */
public final class Block {

    private final BlockType type;
    private final String text;
    private final String norm;
    private final int[] origin;
    private final int article;
    private final int repeatOf;

    Block(BlockType type, String text, int[] origin, int article, int repeatOf) {
        if (origin.length != text.length()) {
            throw new IllegalArgumentException("one offset per character needed");
        }
        this.type = Objects.requireNonNull(type);
        this.text = text;
        this.norm = CharNormalizer.normalize(text);
        this.origin = origin.clone();
        this.article = article;
        this.repeatOf = repeatOf;
    }

    Block withType(BlockType newType, int newArticle) {
        return new Block(newType, text, origin, newArticle, repeatOf);
    }

    Block withRepeatOf(int index) {
        return new Block(type, text, origin, article, index);
    }

    public BlockType type() {
        return type;
    }

    /** The block's text as written, with layout line breaks removed. */
    public String text() {
        return text;
    }

    /** {@link #text()} normalised for matching: same length, same positions. */
    public String norm() {
        return norm;
    }

    /** Index of the article (0-based) the block belongs to within its document. */
    public int article() {
        return article;
    }

    /** Index of the earlier block this one repeats word for word, or -1. */
    public int repeatOf() {
        return repeatOf;
    }

    /** Offset in the original document of the block's first character. */
    public int start() {
        return origin[0];
    }

    /** Offset in the original document just after the block's last character. */
    public int end() {
        return origin[origin.length - 1] + 1;
    }

    /** Offset in the original document of character {@code i} of {@link #text()}. */
    public int originalOffset(int i) {
        return origin[i];
    }

    /** Original-document span [start, end) of the block text range [from, to). */
    public int[] originalSpan(int from, int to) {
        if (from >= to) {
            int at = from < origin.length ? origin[from] : end();
            return new int[] {at, at};
        }
        return new int[] {origin[from], origin[to - 1] + 1};
    }

    @Override
    public String toString() {
        return type + "[" + start() + "," + end() + "] " + (text.length() > 30 ? text.substring(0, 30) + "…" : text);
    }
}
