package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import java.time.YearMonth;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ZoneAnalysisTest {

    private static final String ARTICLE = "2024年7月20日\n\n"
            + "上半年，洛阳高新区实现营业收入120亿元，同比增长12.5%；1—6月完成固定资产投资30亿元，同比下降5.2%。\n"
            + "今年，洛阳高新区力争营业收入突破260亿元。\n"
            + "上半年，高新区设置夏季临时瓜果摊位9处。\n"
            + "1、科技产业园\n科技产业园上半年新入驻企业12家，协助企业招工300余人。\n";

    private static String zone;
    private static String table;

    @BeforeAll
    static void render() throws Exception {
        Summary summary = ZoneBrief.analyze("a", ARTICLE, RunOptions.defaults().withReproducible(true));
        String text = new PdfInspect(BriefingRendererTest.render(summary, BriefingTemplate.defaults())).text
                .replaceAll("\\s", "");
        zone = text.substring(text.indexOf("主要指标："), text.indexOf("表1"));
        table = text.substring(text.indexOf("表1"), text.indexOf("表2"));
    }

    @Test
    void mainIndicatorsComeWithTheGrowthTheArticleGives() {
        assertTrue(zone.startsWith("主要指标：2024年1—6月，"), zone);
        assertTrue(zone.contains("营业收入120亿元，同比增长12.5%"), zone);
        assertTrue(zone.contains("固定资产投资30亿元，同比下降5.2%"), "a fall said as a fall: " + zone);
    }

    @Test
    void theMainIndicatorsAreTheLatestResults() throws Exception {
        String article = "2024年7月20日\n\n2021年，洛阳高新区实现营业收入150亿元。\n2022年，洛阳高新区实现营业收入180亿元。\n"
                + "2023年，洛阳高新区实现营业收入210亿元。\n2024年1—3月，洛阳高新区实现营业收入55亿元。\n"
                + "2024年1—6月，洛阳高新区实现营业收入120亿元。\n";
        Summary summary = ZoneBrief.analyze("b", article, RunOptions.defaults().withReproducible(true));
        String text = new PdfInspect(BriefingRendererTest.render(summary, BriefingTemplate.defaults())).text
                .replaceAll("\\s", "");
        String main = text.substring(text.indexOf("主要指标："), text.indexOf("数据缺项："));
        assertTrue(main.contains("2024年1—6月，营业收入120亿元"), main);
        assertFalse(main.contains("150亿元"), "the oldest result stays in the table: " + main);
    }

    @Test
    void theZoneTableSaysAFallAsAFall() {
        assertTrue(table.contains("固定资产投资同比下降5.2%"), table);
        assertFalse(table.contains("-5.2%"), table);
    }

    @Test
    void goalsParksAndGapsEachHaveTheirParagraph() {
        assertTrue(zone.contains("目标任务：2024年，营业收入突破260亿元"), "the article's own word: " + zone);
        assertTrue(zone.contains("园区与项目动态：园区：科技产业园"), zone);
        assertTrue(zone.contains("300余人"), zone);
        String gaps = zone.substring(zone.indexOf("数据缺项："));
        assertTrue(gaps.startsWith("数据缺项：本期报道未给出本区工业增加值、税收"), gaps);
        assertFalse(gaps.substring(0, gaps.indexOf("。")).contains("营业收入"), "营业收入 is given: " + gaps);
        assertFalse(zone.contains("瓜果"), "a detail outside the indicators stays in the table: " + zone);
    }

    @Test
    void theOlderFiguresNoteNamesTheYearTheEarliestRowStarts() {
        BiFunction<YearMonth, YearMonth, Fact> fact =
                (from, to) -> new Fact("贷款", "其他", "贷款", 1, "亿元",
                        Qualifier.EXACT, new Period(from, to),
                        Modality.ACTUAL, SubjectKind.ZONE, null,
                        List.of("a#1"), null);
        // listed first is a 2023 figure; a span from 2021 to 2023 comes after it
        String note = ZoneAnalysis.earliest(List.of(
                fact.apply(YearMonth.of(2023, 1), YearMonth.of(2023, 12)),
                fact.apply(YearMonth.of(2021, 1), YearMonth.of(2023, 12))));
        assertTrue(note.equals("（最早为2021年）"), note);
    }
}
