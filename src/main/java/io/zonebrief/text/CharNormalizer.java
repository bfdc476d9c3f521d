package io.zonebrief.text;

import com.hankcs.hanlp.HanLP;

/**
 * Maps text to the form the extractor matches on, one character for one character so offsets
 * stay valid: full-width digits, letters and punctuation become half-width, the ideographic space a
 * space, and traditional characters simplified ones (增長 → 增长). Text shown to users is never
 * normalised.
 */
public final class CharNormalizer {

    private static final char UNKNOWN = '\uFFFF';
    private static final char[] SIMPLIFIED = new char[0x10000];

    static {
        java.util.Arrays.fill(SIMPLIFIED, UNKNOWN);
    }

    private CharNormalizer() {
    }

    public static String normalize(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = normalize(s.charAt(i));
        }
        return new String(out);
    }

    public static char normalize(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        if (c == '\n' || c == '\r') {
            return ','; // the lines of a stacked paragraph are clauses of one text
        }
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return simplified(c);
        }
        return c;
    }

    private static char simplified(char c) {
        char s = SIMPLIFIED[c];
        if (s == UNKNOWN) {
            String t = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            s = t.length() == 1 ? t.charAt(0) : c;
            SIMPLIFIED[c] = s;
        }
        return s;
    }
}
