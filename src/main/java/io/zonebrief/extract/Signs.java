package io.zonebrief.extract;

import java.util.List;

/**
 * The sign a number is written with: a minus (增长-5.2%, －122%, −3.1), 负 (负3.9%), or a word of
 * fall right before it (下降5.2%, 减少了3家, 同比降1.2%). 下降5.2% and 增长-5.2% are the same negative
 * change. A fall word together with a minus (下降-5.2%) or 正负 (±) cannot be read with certainty.
 * 下降至5.2% and 减少到3家 are levels reached, not changes, and keep their sign.
 */
final class Signs {

    enum Sign { PLUS, MINUS, UNCERTAIN }

    /** Words of fall that make the change right after them negative, with the word of rise they mirror. */
    private static final List<String[]> FALLS = List.of(
            new String[] {"负增长", "增长"}, new String[] {"下降", "增长"}, new String[] {"下滑", "增长"},
            new String[] {"下跌", "增长"}, new String[] {"回落", "提高"}, new String[] {"降低", "提高"},
            new String[] {"净减少", "净增加"}, new String[] {"净减", "净增"}, new String[] {"减少", "增加"},
            new String[] {"缩减", "增加"});
    /** One-character falls (降, 减, 跌) are words of their own only after a comparison (同比降1.2%). */
    private static final List<String> COMPARISONS = List.of("同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上月");
    private static final String SHORT_FALLS = "降减跌";
    private static final String MINUS = "-−";
    /** Words in which 负 is no sign: 胜负, 抱负, 欺负, 自负. */
    private static final String NOT_SIGN_BEFORE_FU = "胜抱欺自";

    private Signs() {
    }

    /** Where the sign of the number whose words start at {@code start} begins, and which it is. */
    record Found(Sign sign, int start) {
    }

    static Found before(String s, int start) {
        boolean minus = start > 0 && MINUS.indexOf(s.charAt(start - 1)) >= 0 && !continuesTerm(s, start - 2);
        int k = minus ? start - 1 : start;
        int signStart = k;
        while (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        if (k > 0 && s.charAt(k - 1) == '了') {
            k--;
        }
        boolean word = fallEndingAt(s, k) != null;
        boolean fu = k > 0 && s.charAt(k - 1) == '负' && !(k > 1 && NOT_SIGN_BEFORE_FU.indexOf(s.charAt(k - 2)) >= 0);
        // an uncertain sign starts at its words, so a note can quote them: 正负3%, 下降-5.2%
        if (fu && k > 1 && s.charAt(k - 2) == '正') {
            return new Found(Sign.UNCERTAIN, k - 2);
        }
        if ((word || fu) && minus) {
            return new Found(Sign.UNCERTAIN, word ? k - fallEndingAt(s, k).length() : k - 1);
        }
        if (fu && !word) {
            return new Found(Sign.MINUS, signStart == k ? k - 1 : signStart);
        }
        return new Found(minus || word ? Sign.MINUS : Sign.PLUS, signStart);
    }

    /** A label's fall word turned into the rise it mirrors, once its value carries the sign (同比下降 → 同比增长). */
    static String riseLabel(String label) {
        int best = -1;
        String[] hit = null;
        for (String[] f : FALLS) {
            int at = label.lastIndexOf(f[0]);
            if (at > best) {
                best = at;
                hit = f;
            }
        }
        if (hit == null) {
            return label;
        }
        return label.substring(0, best) + hit[1] + label.substring(best + hit[0].length());
    }

    private static String fallEndingAt(String s, int k) {
        for (String[] f : FALLS) {
            if (s.startsWith(f[0], k - f[0].length())) {
                return f[0];
            }
        }
        if (k > 0 && SHORT_FALLS.indexOf(s.charAt(k - 1)) >= 0) {
            for (String c : COMPARISONS) {
                if (s.startsWith(c, k - 1 - c.length())) {
                    return String.valueOf(s.charAt(k - 1));
                }
            }
        }
        return null;
    }

    /** A minus after a digit, letter or closing bracket joins two terms (2023-2025, A-5), it signs nothing. */
    private static boolean continuesTerm(String s, int at) {
        if (at < 0) {
            return false;
        }
        char c = s.charAt(at);
        return Character.isLetterOrDigit(c) && !isHan(c) || c == '.' || c == ')' || c == '）' || c == '%'
                || MINUS.indexOf(c) >= 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
