package io.zonebrief.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Chinese line breaking (禁则) for OpenPDF, which otherwise breaks Chinese text after any character:
 * closing punctuation (、，。；：！？）》” …) never starts a line, opening punctuation (（《“ …) never ends
 * one, and a number stays with its unit ("10.52亿元" is not split between "10.52" and "亿元").
 *
 * <p>OpenPDF asks, for each character, whether a line may end after it; the answer depends on the
 * character and the one that follows.</p>
 */
final class CjkSplitCharacter extends DefaultSplitCharacter {

    static final CjkSplitCharacter INSTANCE = new CjkSplitCharacter();

    /** Characters that must not begin a line. */
    static final String NO_START = "、，。．；：！？）》」』】〕〉］｝’”…—～·％‰,.;:!?)]}%";
    /** Characters that must not end a line; dashes join ranges such as "1—8月" and stay inside them. */
    static final String NO_END = "（《「『【〔〈［｛‘“([{—～";

    private CjkSplitCharacter() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        char next = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : 0;
        return canBreakBetween(c, next);
    }

    /** True when a line may end after {@code c} when {@code next} follows (0 at the end of the text). */
    static boolean canBreakBetween(char c, char next) {
        if (next != 0 && NO_START.indexOf(next) >= 0) {
            return false;
        }
        if (NO_END.indexOf(c) >= 0) {
            return false;
        }
        if (Character.isWhitespace(c) || c == '-' || c == '/') {
            return true;
        }
        if (isWide(c)) {
            return true;
        }
        return next == 0 || Character.isWhitespace(next);
    }

    /** Ideographs, kana and full-width punctuation: lines may break around them. */
    private static boolean isWide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION
                || b == Character.UnicodeBlock.HIRAGANA
                || b == Character.UnicodeBlock.KATAKANA
                || Character.isSurrogate(c);
    }
}
