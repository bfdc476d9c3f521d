package io.zonebrief.ingest;

import java.nio.charset.Charset;
import java.util.BitSet;
import java.util.Set;

/**
 * How much a decoded text looks like real Chinese. Each candidate charset has its own set of
 * everyday characters, taken from the charset's own tables: GB2312 level 1 (the 3,755 most used
 * simplified characters) for GB18030 and the 5,401 "frequently used" characters of Big5. Text decoded
 * with the right charset is nearly all everyday characters and punctuation; the same bytes decoded with
 * the wrong one land on symbols, rare characters and private-use code points roughly half the time.
 * This decides GBK against Big5 on texts too short for statistical detectors.
 */
final class ChineseText {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5");

    private static final BitSet GB_COMMON = table(GB18030, 0xB0, 0xD7, 0xA1, 0xFE, -1, -1);
    private static final BitSet BIG5_COMMON = big5Common();
    private static final Set<Character> PUNCTUATION = punctuation();
    private static final int SAMPLE = 20_000;

    private ChineseText() {
    }

    /** Share (0..1) of the non-ASCII characters that are everyday characters or punctuation. */
    static double score(String text, boolean big5) {
        BitSet common = big5 ? BIG5_COMMON : GB_COMMON;
        int nonAscii = 0;
        int good = 0;
        int n = Math.min(text.length(), SAMPLE);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (common.get(c) || PUNCTUATION.contains(c) || (c >= '\uFF01' && c <= '\uFF5E')) {
                good++;
            }
        }
        return nonAscii == 0 ? 1.0 : (double) good / nonAscii;
    }

    /** True for ideographs and CJK punctuation, between which spaces carry no meaning. */
    static boolean isCjk(char c) {
        return (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF01' && c <= '\uFF5E')
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    /** Counts ideographs: how much Chinese text an element holds. */
    static int hanCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF')) {
                n++;
            }
        }
        return n;
    }

    private static BitSet big5Common() {
        // A440..C67E: lead bytes A4..C5 in full, then C640..C67E.
        BitSet set = table(BIG5, 0xA4, 0xC5, 0x40, 0x7E, 0xA1, 0xFE);
        set.or(table(BIG5, 0xC6, 0xC6, 0x40, 0x7E, -1, -1));
        return set;
    }

    private static BitSet table(Charset cs, int leadFrom, int leadTo, int t1From, int t1To, int t2From, int t2To) {
        BitSet set = new BitSet(0x10000);
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = 0x40; trail <= 0xFE; trail++) {
                boolean in = (trail >= t1From && trail <= t1To) || (trail >= t2From && trail <= t2To);
                if (in) {
                    String s = new String(new byte[] {(byte) lead, (byte) trail}, cs);
                    if (s.length() == 1 && s.charAt(0) != '\uFFFD') {
                        set.set(s.charAt(0));
                    }
                }
            }
        }
        return set;
    }

    private static Set<Character> punctuation() {
        String p = "\u3000、。，；：？！“”‘’（）《》〈〉【】「」『』〔〕—…·～－";
        return Set.copyOf(p.chars().mapToObj(c -> (char) c).toList());
    }
}
