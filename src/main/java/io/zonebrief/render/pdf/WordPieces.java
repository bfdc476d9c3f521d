package io.zonebrief.render.pdf;

import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import io.zonebrief.text.Words;
import java.util.ArrayList;
import java.util.List;

/**
 * A table cell's text cut into the pieces a line may break between: words (目标/任务, never 目标任/务),
 * joined where the Chinese line-breaking rules forbid a break (a number and its unit, closing
 * punctuation), and whole when the text is short, so a short label or header never wraps at all.
 */
final class WordPieces {

    /** Texts up to this many characters are one piece: a short label reads as one word. */
    static final int SHORT = 10;

    /**
     * Breaks a line only after the last character of its chunk: each piece is a chunk of its own. A
     * cell lays out its line with one chunk per character ({@code ck}), a lone chunk with none or one.
     */
    static final SplitCharacter AT_END = new SplitCharacter() {
        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            if (ck == null || ck.length <= 1 || current + 1 >= Math.min(end, ck.length)) {
                return current == end - 1 || ck != null && ck.length > 1 && current + 1 >= ck.length;
            }
            return ck[current] != ck[current + 1];
        }
    };

    private WordPieces() {
    }

    static List<String> of(String text) {
        if (text.codePointCount(0, text.length()) <= SHORT) {
            return List.of(text);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (Words.Word w : Words.of(text)) {
            if (!piece.isEmpty()
                    && CjkSplitCharacter.canBreakBetween(piece.charAt(piece.length() - 1), w.text().charAt(0))) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(w.text());
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
