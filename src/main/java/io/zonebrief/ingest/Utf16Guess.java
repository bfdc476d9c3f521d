package io.zonebrief.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 written without a byte-order mark. Chinese text has no zero bytes, so the
 * usual "every other byte is zero" test fails on it; instead both byte orders are read as code
 * units and the one whose units are nearly all ASCII, ideographs or CJK punctuation wins.
 */
final class Utf16Guess {

    private static final int SAMPLE_UNITS = 32 * 1024;
    private static final double MIN_SHARE = 0.9;

    private Utf16Guess() {
    }

    /** UTF_16LE, UTF_16BE, or null when the bytes do not read as UTF-16 text. */
    static Charset of(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return null;
        }
        double le = plausibleShare(b, true);
        double be = plausibleShare(b, false);
        if (le >= MIN_SHARE && le > be) {
            return StandardCharsets.UTF_16LE;
        }
        if (be >= MIN_SHARE && be > le) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static double plausibleShare(byte[] b, boolean littleEndian) {
        int units = Math.min(b.length / 2, SAMPLE_UNITS);
        int good = 0;
        for (int i = 0; i < units; i++) {
            int lo = b[2 * i + (littleEndian ? 0 : 1)] & 0xFF;
            int hi = b[2 * i + (littleEndian ? 1 : 0)] & 0xFF;
            if (plausible((char) (hi << 8 | lo))) {
                good++;
            }
        }
        return (double) good / units;
    }

    private static boolean plausible(char c) {
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t'
                || (c >= 0xA0 && c <= 0xFF) || (c >= 0x2000 && c <= 0x206F)
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
