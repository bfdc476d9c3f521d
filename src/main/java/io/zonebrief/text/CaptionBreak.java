package io.zonebrief.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * A photo caption the layout broke in two: its first half reads like a paragraph that stops mid-word
 * ("6月27日上午,…为环卫工人、建"), its second half like a caption ("筑工人…送去清凉饮料480箱。田泽宇 摄").
 * A caption placed inside a broken sentence starts a phrase of its own, so the break is told by the
 * word that runs across it (建|筑 → 建筑).
 */
final class CaptionBreak {

    private static final Segment SEGMENT = HanLP.newSegment()
            .enableNameRecognize(false)
            .enablePlaceRecognize(false)
            .enableOrganizationRecognize(false)
            .enableCustomDictionary(false);
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
        int at = 0;
        for (Term t : SEGMENT.seg(tail + head)) {
            int end = at + t.word.length();
            if (at < SIDE && end > SIDE) {
                return true; // a word runs across the break
            }
            at = end;
        }
        return false;
    }

    private static boolean han(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
