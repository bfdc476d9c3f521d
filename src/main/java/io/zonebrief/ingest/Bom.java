package io.zonebrief.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A byte-order mark at the start of a file and the charset it announces. */
record Bom(Charset charset, int length) {

    private static final int[][] MARKS = {
        {0xEF, 0xBB, 0xBF},
        {0xFF, 0xFE, 0x00, 0x00},
        {0x00, 0x00, 0xFE, 0xFF},
        {0xFF, 0xFE},
        {0xFE, 0xFF},
        {0x84, 0x31, 0x95, 0x33},
    };
    private static final String[] NAMES = {"UTF-8", "UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE", "GB18030"};

    /** The mark {@code b} starts with, or null. UTF-32LE is tested before UTF-16LE, whose mark it extends. */
    static Bom of(byte[] b) {
        for (int m = 0; m < MARKS.length; m++) {
            if (Sniff.starts(b, MARKS[m])) {
                Charset cs = m == 0 ? StandardCharsets.UTF_8 : Charset.forName(NAMES[m]);
                return new Bom(cs, MARKS[m].length);
            }
        }
        return null;
    }
}
