package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What tesseract writes for Chinese text, tidied to the text a Chinese article has. */
class OcrTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            今年 一 季度 ， 高新区 完成 产值 86 .5 亿元 | 今年一季度，高新区完成产值86.5亿元
            同比增长 7 . 2%。                        | 同比增长7.2%。
            规上工业增加值增长 9. 1%，              | 规上工业增加值增长9.1%，
            1. 2024年全区新签约项目 18 个          | 1. 2024年全区新签约项目18个
            GDP 增长 6%                             | GDP 增长6%
            Made in China 2025                      | Made in China 2025
            """)
    void dropsTheSpacesOcrSetsInChineseTextAndNumbers(String ocr, String text) {
        assertEquals(text, Ocr.tidy(ocr));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '  第一行  \n\n\f 第二 行 \n' | '第一行\n第二行'
            """)
    void keepsOneLinePerTextLineAndDropsBlankOnes(String ocr, String text) {
        assertEquals(text.replace("\\n", "\n"), Ocr.tidy(ocr.replace("\\n", "\n").replace("\\f", "\f")));
    }
}
