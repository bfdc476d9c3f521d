package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Summary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads briefings back as text, the seeds' and one of articles written for it, and checks what a
 * reader found wrong before: a table setting two periods' values side by side without saying so, one
 * figure listed twice, labels broken inside a word, falls written as negative growth, and figures
 * years older than the rest presented as this issue's news.
 */
class BriefingReadBackTest {

    @TempDir
    static Path dir;

    private static String seeds;
    private static List<String> seedLines;
    private static String written;

    @BeforeAll
    static void render() throws Exception {
        Summary summary = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults().withReproducible(true),
                Progress.NONE);
        String text = new PdfInspect(BriefingRendererTest.render(summary, BriefingTemplate.defaults())).text;
        seeds = text.replaceAll("\\s", "");
        // labels and headers, not the quotes appendix, whose sentences break between any two characters as running text does
        seedLines = Arrays.stream(text.substring(0, text.lastIndexOf("附录二")).split("\\R"))
                .map(l -> l.replaceAll("\\s", "")).toList();

        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("luoyang-2022.txt"),
                "2021年，洛阳高新区实现营业收入100亿元，同比下降5.2%。\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("luoyang-2025.txt"),
                "上半年，洛阳高新区实现营业收入130亿元，同比增长8.1%。实际利用外资800万美元，排名全市第二。\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("xinxiang-2025.txt"),
                "2025年1—5月，新乡高新区实现营业收入90亿元。\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("zonebrief-manifest.csv"), """
                文件,日期,来源,高新区,标题
                luoyang-2022.txt,2022-03-10,,洛阳高新区,洛阳高新区2021年经济运行情况
                luoyang-2025.txt,2025-07-10,,洛阳高新区,洛阳高新区上半年经济运行情况
                xinxiang-2025.txt,2025-06-20,,新乡高新区,新乡高新区前5月经济运行情况
                """, StandardCharsets.UTF_8);
        Summary s = ZoneBrief.analyze(List.of(in), RunOptions.defaults(), Progress.NONE);
        // issued well after the newest article, as a briefing compiled from old reports would be
        Summary late = new Summary("2026-11-27T09:00:00Z", s.documents(), s.figures(), s.zones(), s.problems(),
                s.reviews());
        written = new PdfInspect(BriefingRendererTest.render(late, BriefingTemplate.defaults())).text
                .replaceAll("\\s", "");
    }

    @Test
    void comparisonGivesEveryRowItsOwnPeriodAndSaysWhenPeriodsDiffer() {
        String table = between(written, "各高新区共有指标对比", "附表");
        assertTrue(table.contains("洛阳高新区130亿元2025年1—6月"), table);
        assertTrue(table.contains("新乡高新区90亿元2025年1—5月"), table);
        assertTrue(written.contains("注：营业收入各区数据所属时期不同，不宜直接比较。"), written);
        assertFalse(table.contains("（2025年"), "periods stand in their own column, not in brackets under the value");
    }

    @Test
    void aFigureIsListedOnceInItsZonesTable() {
        String table = between(seeds, "焦作高新区指标一览", "园区与项目");
        assertEquals(1, count(table, "232条2024年6—9月"), table);
    }

    @Test
    void shortLabelsAndLongOnesWrapOnlyBetweenWords() {
        assertTrue(seedLines.stream().anyMatch(l -> l.contains("市重点项目投资完成全年目标任务")), "a label on one line");
        assertTrue(seedLines.stream().anyMatch(l -> l.contains("截至2024年10月")), "a period on one line");
        assertTrue(seedLines.stream().noneMatch(l -> l.endsWith("目标任")), "目标任/务");
    }

    @Test
    void fallsReadAsFalls() {
        assertTrue(written.contains("下降5.2%"), written);
        assertFalse(written.contains("-5.2"), written);
        assertFalse(written.contains("增长-"), written);
    }

    @Test
    void figuresYearsOlderThanTheZonesNewestGoToTheAppendixWithTheirPeriod() {
        String main = written.substring(0, written.indexOf("附表　主要指标汇总表", written.lastIndexOf("三、园区对比")));
        assertTrue(main.contains("130亿元"), main);
        assertFalse(main.contains("100亿元"), "a 2021 total is not this issue's news: " + main);
        String older = between(written, "洛阳高新区早期数据", "附录一");
        assertTrue(older.contains("营业收入100亿元2021年实际"), older);
        assertTrue(main.contains("另有"), "the zone's text says older figures were moved");
    }

    @Test
    void aZoneWhoseNewestFigureIsOldSaysSo() {
        assertTrue(written.contains("数据时效：本区最新数据截至2025年6月，距本期印发已17个月"), written);
        assertTrue(seeds.contains("数据时效：本区最新数据截至2023年10月"), "平顶山's newest figures are from its October 2023 articles");
    }

    @Test
    void rankingsTheArticlesStateAppearInTheirZonesAnalysis() {
        assertTrue(written.contains("排名情况：实际利用外资800万美元，排名全市第二（2025年1—6月）"), written);
        assertTrue(seeds.contains("实际利用外资500万美元，排名全市第二（2024年6—9月）"), "焦作's ranking");
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        assertTrue(a >= 0, "no " + from + " in " + text);
        int b = text.indexOf(to, a + from.length());
        return b < 0 ? text.substring(a) : text.substring(a, b);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
