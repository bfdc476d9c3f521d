package io.zonebrief.text;

/**
 * A photo caption the layout broke in two: its first half reads like a paragraph that stops mid-word
 * ("6月27日上午,…为环卫工人、建"), its second half like a caption ("筑工人…送去清凉饮料480箱。田泽宇 摄").
 * A caption placed inside a broken sentence starts a phrase of its own, so the break is told by the
 * word that runs across it (建|筑 → 建筑).
 */
final class CaptionBreak {

    private static final int SIDE = 4;

    private CaptionBreak() {
    }

    /** True when {@code caption} goes on with the word {@code open} stopped in the middle of. */
    static boolean continues(CharSequence open, String caption) {
        String before = open.toString().stripTrailing();
        String after = caption.stripLeading();
        if (before.length() < SIDE || after.length() < SIDE || !han(before.charAt(before.length() - 1))
                || !han(after.charAt(0))) {
            return false;
        }
        String tail = before.substring(before.length() - SIDE);
        String head = after.substring(0, SIDE);
        return !Words.boundary(Words.of(tail + head), SIDE); // a word runs across the break
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
