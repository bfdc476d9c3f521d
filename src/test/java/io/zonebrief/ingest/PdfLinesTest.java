package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paragraphs rebuilt from a PDF's column-wide lines, on a report page written for this test. */
class PdfLinesTest {

    private static final String PAGE_ONE = String.join("\n",
            "东湖高新区2024年工作总结",
            "一、主要指标",
            "全年规模以上工业企业52家，实现工业总产值318.6亿元，同",
            "比增长9.4%；规模以上服务业企业37家，较上年增加4家，2024年实",
            "现营业收入146亿元，同比增长11.2%。",
            "二、园区建设",
            "东湖园目前主干道路基本建成，通车里程达32公里，园区配",
            "套设施建设稳步推进，新建标准厂房12万平方米，完成投资",
            "8.6亿元。",
            "3");
    private static final String PAGE_TWO = String.join("\n",
            "西湖园加快推进基础设施建设，全年完成道路建设18公里，新",
            "增供水管网26公里、燃气管道11公里，园区承载能力进一步提",
            "升，为项目落地提供了有力保障。",
            "- 4 -");

    @Test
    void aLineThatFillsTheColumnRunsOnIntoTheNext() {
        String text = PdfLines.reflow(List.of(PAGE_ONE, PAGE_TWO));
        assertTrue(text.contains("2024年实现营业收入146亿元"), text);
        assertTrue(text.contains("实现工业总产值318.6亿元，同比增长9.4%"), text);
        assertTrue(text.contains("完成投资8.6亿元。"), text);
    }

    @Test
    void headingsAndShortLinesEndTheirParagraph() {
        String text = PdfLines.reflow(List.of(PAGE_ONE, PAGE_TWO));
        assertTrue(text.startsWith("东湖高新区2024年工作总结\n\n一、主要指标\n\n全年规模以上"), text);
        assertTrue(text.contains("同比增长11.2%。\n\n二、园区建设\n\n东湖园"), text);
    }

    @Test
    void pageNumbersAreDroppedAndAParagraphGoesOnAcrossThePage() {
        String text = PdfLines.reflow(List.of(PAGE_ONE, PAGE_TWO));
        assertTrue(text.contains("完成投资8.6亿元。\n\n西湖园"), text);
        assertTrue(text.contains("园区承载能力进一步提升，"), text);
        assertTrue(!text.contains("- 4 -") && !text.contains("\n3\n"), text);
    }

    @Test
    void aShortLineThatEndsInsideAFigureRunsOnIntoItsUnit() {
        String text = PdfLines.reflow(List.of(String.join("\n",
                "经济运行情况",
                "今年以来完成投资500 万",
                "元，同比增长12.5",
                "%。",
                "园区现有企业1200",
                "家。",
                "附表2",
                "二、园区建设")));
        assertTrue(text.contains("今年以来完成投资500 万元，同比增长12.5%。"), text);
        assertTrue(text.contains("园区现有企业1200家。"), text);
        // no unit after it: the lines stay apart
        assertTrue(text.contains("附表2\n\n二、园区建设"), text);
    }

    @Test
    void aLineThatIsOnlyANumberIsNoFigureCutFromItsUnit() {
        assertTrue(!UnitBreak.splits("2024", "年度报告"));
        assertTrue(!UnitBreak.splits("12", "个人独资企业名录"), "a cell or page number alone");
        assertTrue(UnitBreak.splits("完成投资500 万", "元，同比增长6%"));
        assertTrue(!UnitBreak.splits("完成投资500 万", "Yuan"), "a unit is Chinese here");
    }

    @Test
    void widthCountsHanCharactersAsTwoCells() {
        assertEquals(8, PdfLines.width("园区12个"));
        assertEquals(0, PdfLines.fullWidth(List.of("太少的行")), "too few lines to know the column");
    }
}
