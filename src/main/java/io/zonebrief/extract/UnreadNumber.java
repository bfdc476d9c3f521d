package io.zonebrief.extract;

import io.zonebrief.text.Block;
import io.zonebrief.text.Sentence;
import io.zonebrief.text.TextDocument;

/**
 * A number written as a figure whose value could not be read with certainty (5兆元, $500万元,
 * 下降-5.2%, thirty digits), so it gave no figure: the run says so rather than guess.
 *
 * @param written the words as they stand in the document
 * @param line    the line of the document's text it is on, from 1
 * @param reason  why it was not read
 */
public record UnreadNumber(String written, int line, String reason) {

    /** Longest quote of the written form in a message; a run of thousands of digits is cut. */
    private static final int MAX_QUOTE = 24;

    static UnreadNumber of(TextDocument doc, Sentence sentence, QuantityScanner.Unread u) {
        Block block = sentence.block();
        int[] span = block.originalSpan(sentence.from() + u.start(), sentence.from() + u.end());
        String original = doc.original();
        String written = original.substring(span[0], span[1]).strip().replaceAll("\\s+", " ");
        if (written.length() > MAX_QUOTE) {
            written = written.substring(0, MAX_QUOTE - 1) + "…";
        }
        int line = 1;
        for (int k = original.lastIndexOf('\n', span[0] - 1); k >= 0; k = original.lastIndexOf('\n', k - 1)) {
            line++;
        }
        return new UnreadNumber(written, line, u.reason());
    }

    @Override
    public String toString() {
        return written + " (line " + line + ": " + reason + ")";
    }
}
