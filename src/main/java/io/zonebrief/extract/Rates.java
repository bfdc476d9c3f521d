package io.zonebrief.extract;

import java.util.Map;

/**
 * A unit per another (6m/s, 35m³/h/人, 40元/平方米/月, 30万元/年): the rate is the figure's unit, written
 * out, so a price or speed is never taken for an amount of its first unit.
 */
final class Rates {

    /** Single characters a rate may be per: time, people, pieces. */
    private static final String PER_WORDS = "年月日天周时秒人次件户亩台套吨个家项";

    private Rates() {
    }

    /** The "/…" written after a unit and where it ends; end -1 when a slash follows that cannot be read. */
    record Per(String denominator, int end) {
    }

    static Per after(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '/') {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int k = at;
        while (k < s.length() && s.charAt(k) == '/') {
            int e = denominatorEnd(s, k + 1);
            if (e == k + 1) {
                return new Per("", -1);
            }
            sb.append(s, k, e);
            k = e;
        }
        return new Per(sb.toString(), k);
    }

    /**
     * The numerator as a rate shows it: the canonical unit, as for any figure (万元 → 元, m³ and m3 → 立方米),
     * so 10000m3/d and 1万立方米/日 are one unit.
     */
    static String unit(Unit u) {
        return u.canonical();
    }

    /** A Latin time written after the slash, in the words the canonical units use (m3/d → 立方米/日). */
    static String denominator(String written) {
        StringBuilder out = new StringBuilder();
        for (String part : written.split("/", -1)) {
            if (!part.isEmpty()) {
                out.append('/').append(LATIN_TIME.getOrDefault(part, part));
            }
        }
        return out.toString();
    }

    private static final Map<String, String> LATIN_TIME = Map.of(
            "d", "日", "h", "小时", "a", "年", "s", "秒", "min", "分钟", "yr", "年");

    private static int denominatorEnd(String s, int k) {
        Unit u = Unit.at(s, k);
        if (u != null && u.kind() != Unit.Kind.PERCENT) {
            return k + u.surface().length();
        }
        int e = k;
        while (e < s.length() && (Character.isLetter(s.charAt(e)) && s.charAt(e) < 0x80)) {
            e++;
        }
        if (e > k) {
            return e; // h, s, d
        }
        return k < s.length() && PER_WORDS.indexOf(s.charAt(k)) >= 0 ? k + 1 : k;
    }
}
