package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How table columns share the page: pieces a line may break between, and widths from content. */
class TableWidthsTest {

    @Test
    void aLongLabelBreaksOnlyBetweenWords() {
        assertEquals(List.of("市", "重点", "项目", "投资", "完成", "全年", "目标", "任务"),
                WordPieces.of("市重点项目投资完成全年目标任务"));
    }

    @Test
    void aShortLabelOrPeriodIsOnePiece() {
        assertEquals(List.of("截至2024年10月"), WordPieces.of("截至2024年10月"));
        assertEquals(List.of("同比增长(%)"), WordPieces.of("同比增长(%)"));
    }

    @Test
    void aNumberStaysWithItsUnitInALongText() {
        List<String> pieces = WordPieces.of("签约项目总投资129.53亿元其中城市经济类");
        assertEquals(true, pieces.stream().anyMatch(p -> p.contains("129.53亿")), pieces.toString());
    }

    @Test
    void columnsThatFitGetTheirLongestLineAndShareTheRest() {
        float[] w = Tables.widths(new float[] {20, 30}, new float[] {40, 60}, 200);
        assertArrayEquals(new float[] {80, 120}, w, 0.01f);
    }

    @Test
    void whenLinesMustWrapTheRoomGoesToTheColumnsThatNeedIt() {
        // a short label column (whole at 50) beside a quote column that could use 400
        float[] w = Tables.widths(new float[] {50, 30}, new float[] {50, 400}, 200);
        assertArrayEquals(new float[] {50, 150}, w, 0.01f);
    }

    @Test
    void whenEvenTheWidestWordsDoNotFitEachKeepsItsWord() {
        float[] w = Tables.widths(new float[] {120, 120}, new float[] {200, 200}, 200);
        assertArrayEquals(new float[] {120, 120}, w, 0.01f);
    }
}
