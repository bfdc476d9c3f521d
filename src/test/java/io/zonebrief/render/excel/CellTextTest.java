package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void countsCjkAsTwoColumns() {
        assertEquals(10, CellText.width("焦作高新区"));
        assertEquals(10, CellText.width("129.53亿元"));
        assertEquals(5, CellText.width("ab\n“a”"));
    }

    @Test
    void cutsOverlongTextWithMarker() {
        String cut = CellText.safe("x".repeat(40_000));
        assertEquals(CellText.MAX_LENGTH, cut.length());
        assertTrue(cut.endsWith(CellText.CUT_MARKER));
    }

    @Test
    void dropsCharactersXmlCannotCarry() {
        assertEquals("ab\tc\n", CellText.safe("a\u0000b\tc\n\u0007"));
        assertEquals("😀", CellText.safe("😀"));
        assertEquals("a", CellText.safe("a\uD800"));
        assertEquals("", CellText.safe(null));
    }
}
