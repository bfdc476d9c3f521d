package io.zonebrief.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block into sentences at 。！？；and their half-width forms, never inside quotation
 * marks or brackets and never inside a number (1.5), keeping closing quotes with their sentence.
 */
public final class SentenceSplitter {

    private static final String ENDS = "。！？!?;；";
    private static final String OPEN = "“(（《「『[";
    private static final String CLOSE = "”)）》」』]";
    private static final int MAX_QUOTE = 300;

    private SentenceSplitter() {
    }

    public static List<Sentence> split(Block block, int blockIndex) {
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
            if (OPEN.indexOf(c) >= 0) {
                if (depth++ == 0) {
                    opened = i;
                }
            } else if (CLOSE.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
                if (depth == 0 && i > start && ENDS.indexOf(s.charAt(i - 1)) >= 0) {
                    // a quotation that ends its own sentence (…完成任务。”) ends the sentence too
                    add(out, block, blockIndex, start, i + 1);
                    start = i + 1;
                }
            } else if (depth == 0 && ENDS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && (CLOSE.indexOf(s.charAt(end)) >= 0 || ENDS.indexOf(s.charAt(end)) >= 0)) {
                    end++;
                }
                add(out, block, blockIndex, start, end);
                start = end;
                i = end - 1;
            }
        }
        add(out, block, blockIndex, start, n);
        return out;
    }

    private static void add(List<Sentence> out, Block block, int index, int from, int to) {
        String s = block.norm();
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        if (to > from) {
            out.add(new Sentence(block, index, from, to));
        }
    }
}
