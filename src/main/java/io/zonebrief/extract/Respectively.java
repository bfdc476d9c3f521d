package io.zonebrief.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs the numbers of a "分别" clause with the subjects listed before it:
 * "省、市重点项目投资分别完成全年目标任务的109.9%和94.3%" gives 省重点项目投资… and 市重点项目投资….
 */
final class Respectively {

    private Respectively() {
    }

    /**
     * The subjects listed before the 分别 that governs position {@code at}, or an empty list.
     *
     * @param s  normalised sentence
     * @param at position of a quantity
     */
    static List<String> subjects(String s, int at) {
        int fb = s.lastIndexOf("分别", at);
        if (fb < 0 || fb < lastClauseBreak(s, at)) {
            return List.of();
        }
        int start = fb;
        while (start > 0 && ",;:。,;:".indexOf(s.charAt(start - 1)) < 0) {
            start--;
        }
        String list = s.substring(start, fb);
        String[] parts = list.split("[、和与及]");
        if (parts.length < 2) {
            return List.of();
        }
        int itemLength = parts[0].length();
        String last = parts[parts.length - 1];
        if (itemLength == 0 || last.length() <= itemLength) {
            return List.of(parts);
        }
        String tail = last.substring(itemLength);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.length - 1; i++) {
            out.add(parts[i] + tail);
        }
        out.add(last);
        return out;
    }

    private static int lastClauseBreak(String s, int at) {
        int k = at;
        while (k > 0 && ";。;".indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }
}
