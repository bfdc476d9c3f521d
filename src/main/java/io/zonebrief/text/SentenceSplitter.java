package io.zonebrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block into sentences at 。！？；and their half-width forms, never inside quotation
 * marks or brackets and never inside a number (1.5), keeping closing quotes with their sentence.
 *
 * <p>A "sentence" longer than {@link #MAX_SENTENCE} characters (a table flattened into one line, a
 * page of figures without a full stop) is cut into pieces at clause marks (，、：), or at the
 * limit where a piece has none, so that the per-sentence work downstream — which looks back over
 * the sentence for every figure — stays linear in the length of the document. A block made of
 * many such pieces (one line of a page of figures) is beyond what any article holds; its sentences
 * are cut further, at {@link #CLAUSE_PIECE} characters, and {@link #cutShort} tells so.</p>
 */
public final class SentenceSplitter {

    private static final String ENDS = "。！？!?;；";
    private static final String OPEN = "“(（《「『[";
    private static final String CLOSE = "”)）》」』]";
    /** Per character, whether it is among ENDS, OPEN or CLOSE: one load instead of three searches per character. */
    private static final byte[] MARKS = new byte[Character.MAX_VALUE + 1];
    private static final byte IS_END = 1;
    private static final byte IS_OPEN = 2;
    private static final byte IS_CLOSE = 4;

    static {
        mark(ENDS, IS_END);
        mark(OPEN, IS_OPEN);
        mark(CLOSE, IS_CLOSE);
    }
    private static final int MAX_QUOTE = 300;
    /** Longer than any sentence of real articles seen (1,951 characters, a list of projects). */
    public static final int MAX_SENTENCE = 2000;
    /** The piece length for blocks over {@link #LONG_SENTENCE_BUDGET}. */
    public static final int CLAUSE_PIECE = 300;
    /**
     * The most characters a block may hold in sentences over {@link #CLAUSE_PIECE} before they are cut
     * there: work grows with the square of a sentence's length, and a few lists of 2,000 characters
     * in an article stay whole.
     */
    private static final int LONG_SENTENCE_BUDGET = 4 * MAX_SENTENCE;
    private static final String CLAUSE_ENDS = "，,、：:";

    private SentenceSplitter() {
    }

    private static void mark(String chars, byte kind) {
        for (char c : chars.toCharArray()) {
            MARKS[c] |= kind;
        }
    }

    private static boolean is(char c, byte kind) {
        return (MARKS[c] & kind) != 0;
    }

    public static List<Sentence> split(Block block, int blockIndex) {
        List<Sentence> out = sentences(block, blockIndex, MAX_SENTENCE);
        return longSentenceChars(out) > LONG_SENTENCE_BUDGET ? sentences(block, blockIndex, CLAUSE_PIECE) : out;
    }

    /** Whether the block's sentences are cut at {@link #CLAUSE_PIECE} characters rather than kept whole. */
    public static boolean cutShort(Block block) {
        return block.norm().length() > LONG_SENTENCE_BUDGET
                && longSentenceChars(sentences(block, 0, MAX_SENTENCE)) > LONG_SENTENCE_BUDGET;
    }

    private static long longSentenceChars(List<Sentence> sentences) {
        long chars = 0;
        for (Sentence x : sentences) {
            int length = x.to() - x.from();
            if (length > CLAUSE_PIECE) {
                chars += length;
            }
        }
        return chars;
    }

    private static List<Sentence> sentences(Block block, int blockIndex, int max) {
        String s = block.norm();
        List<Sentence> out = new ArrayList<>();
        int depth = 0;
        int opened = 0;
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (depth > 0 && i - opened > MAX_QUOTE) {
                depth = 0; // an unbalanced quote mark must not swallow the rest of the block
            }
            if (is(c, IS_OPEN)) {
                if (depth++ == 0) {
                    opened = i;
                }
            } else if (is(c, IS_CLOSE)) {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && i > start && is(s.charAt(i - 1), IS_END)) {
                    // a quotation that ends its own sentence (…完成任务。”) ends the sentence too
                    add(out, block, blockIndex, start, i + 1, max);
                    start = i + 1;
                }
            } else if (depth == 0 && is(c, IS_END)) {
                int end = i + 1;
                while (end < n && is(s.charAt(end), (byte) (IS_CLOSE | IS_END))) {
                    end++;
                }
                add(out, block, blockIndex, start, end, max);
                start = end;
                i = end - 1;
            }
        }
        add(out, block, blockIndex, start, n, max);
        return out;
    }

    private static void add(List<Sentence> out, Block block, int index, int from, int to, int max) {
        String s = block.norm();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        while (to - from > max) {
            int cut = cut(s, from, from + max);
            out.add(new Sentence(block, index, from, cut));
            from = cut;
            while (from < to && Character.isWhitespace(s.charAt(from))) {
                from++;
            }
        }
        if (to > from) {
            out.add(new Sentence(block, index, from, to));
        }
    }

    /** Where to end a piece of an over-long sentence: after its last clause mark, else at the limit. */
    private static int cut(String s, int from, int limit) {
        for (int k = limit - 1; k > from + (limit - from) / 2; k--) {
            if (CLAUSE_ENDS.indexOf(s.charAt(k)) >= 0) {
                return k + 1;
            }
        }
        return Character.isLowSurrogate(s.charAt(limit)) ? limit - 1 : limit;
    }
}
