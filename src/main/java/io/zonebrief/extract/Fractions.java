package io.zonebrief.extract;

import java.util.List;

/**
 * Parts of a unit written after it: 角/毛 and 分 after 元 (五元三毛 is 5.3元, 50元6角三分 is 50.63元),
 * and 半 (两米半 is 2.5米, 三成半 is 35%). The 半 that starts a word of its own (100吨半导体) is not a half.
 */
final class Fractions {

    /** Words that begin with 半: after a unit they are the next word, not half a unit. */
    private static final List<String> HALF_WORDS = List.of("半导体", "半岛", "半径", "半成品", "半自动", "半年", "半月",
            "半天", "半日", "半小时", "半数", "半价", "半山", "半程", "半决赛", "半场", "半步", "半壁", "半封闭", "半永久");
    /** Units that can take a half after them. */
    private static final String HALF_COUNTS = "亩倍";

    private Fractions() {
    }

    /** 角 and 分 after a whole 元: the added yuan and where they end. */
    record Added(double value, int end) {
    }

    /** The 角/毛 and 分 written at {@code at} after 元, or null when none are. */
    static Added jiaoFen(String s, int at) {
        double added = 0;
        int k = at;
        int jiao = digitAt(s, k);
        if (jiao >= 0 && k + 1 < s.length() && (s.charAt(k + 1) == '角' || s.charAt(k + 1) == '毛')) {
            added += jiao / 10.0;
            k += 2;
        }
        int fen = digitAt(s, k);
        if (fen >= 0 && k + 1 < s.length() && s.charAt(k + 1) == '分' && !s.startsWith("钟", k + 2)) {
            added += fen / 100.0;
            k += 2;
        }
        return k == at ? null : new Added(added, k);
    }

    /** True when a half of the unit is written at {@code at} (两米半, 一吨半, 三成半). */
    static boolean halfAt(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '半') {
            return false;
        }
        for (String w : HALF_WORDS) {
            if (s.startsWith(w, at)) {
                return false;
            }
        }
        return true;
    }

    /** Units a half can follow: measures, 亩, 倍 and 成. */
    static boolean takesHalf(Unit unit) {
        return unit.kind() == Unit.Kind.MEASURE || HALF_COUNTS.contains(unit.surface()) || unit.surface().equals("成");
    }

    private static int digitAt(String s, int k) {
        if (k >= s.length()) {
            return -1;
        }
        char c = s.charAt(k);
        return c >= '0' && c <= '9' ? c - '0' : ChineseNumerals.digit(c);
    }
}
