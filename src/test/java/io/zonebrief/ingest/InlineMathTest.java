package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Inline formulas of converted papers, on sentences written for this test. */
class InlineMathTest {

    @Test
    void spacedOutNumbersInFormulasBecomeNumbers() {
        assertEquals("园区生产总值占比为11.5%，研发强度为7.09%。",
                InlineMath.plain("园区生产总值占比为$1 1 . 5 \\%$，研发强度为$7 . 0 9 \\%$。"));
        assertEquals("共有 20.8 个", InlineMath.plain("共有 $20 . 8$ 个"));
    }

    @Test
    void circledNumbersAndSignsBecomeTheirCharacters() {
        assertEquals("①创新②产业，互联网+", InlineMath.plain("$\\textcircled{1}$创新$\\textcircled{2}$产业，互联网$+$"));
    }

    @Test
    void dollarAmountsAndTextWithoutFormulasStayAsTheyAre() {
        assertEquals("融资$5 million，另有$3", InlineMath.plain("融资$5 million，另有$3"));
        assertEquals("没有公式", InlineMath.plain("没有公式"));
    }
}
