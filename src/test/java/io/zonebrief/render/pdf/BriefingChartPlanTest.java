package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chart plan a briefing carries out: which charts it draws and over which facts, read back from
 * the rendered PDF (the caption "图N 名称（单位）" and the bar labels under it). The article is
 * written for this test: one zone, two money flows of one category over the same months, a count
 * alone in its unit, and two levels of one category at the same month.
 */
class BriefingChartPlanTest {

    private static final String ARTICLE = """
            2023年10月20日 星期五

            前三季度,平顶山高新区累计签约项目39个,总投资116.06亿元,实际到省外资金48.75亿元。
            截至9月底,平顶山高新区共有高新技术企业65家、科技型中小企业183家。
            """;

    private static List<String> lines;

    @BeforeAll
    static void render() throws Exception {
        var summary = ZoneBrief.analyze("pds-q3", ARTICLE, RunOptions.defaults().withReproducible(true));
        // category charts are off by default (several indicators side by side invite false comparisons);
        // a template that asks for them gets one per category, unit and time
        java.nio.file.Path yaml = java.nio.file.Files.createTempFile("category-charts", ".yaml");
        java.nio.file.Files.writeString(yaml, "charts:\n  category: bar\n");
        BriefingTemplate template = BriefingTemplate.load(yaml);
        java.nio.file.Files.delete(yaml);
        lines = Arrays.asList(new PdfInspect(BriefingRendererTest.render(summary, template)).text.split("\n"));
    }

    private static List<String> captions() {
        return lines.stream().filter(l -> l.matches("^图\\d+[\\s\u3000].*"))
                .map(l -> l.replaceFirst("^图\\d+[\\s\u3000]+", "").strip())
                .toList();
    }

    /** The line of bar labels drawn under a caption. */
    private static String labelsUnder(String caption) {
        for (int i = 0; i < lines.size() - 1; i++) {
            if (lines.get(i).endsWith(caption)) {
                return lines.get(i + 1);
            }
        }
        return "";
    }

    @Test
    void drawsOneCategoryChartPerCategoryUnitAndTime() {
        List<String> captions = captions();
        assertEquals(2, captions.size(), captions::toString);
        assertEquals("2023年1—9月招商引资主要指标（亿元）", captions.get(0));
        assertTrue(captions.get(1).endsWith("主要指标（家）"), captions::toString);
    }

    @Test
    void eachChartIsOverTheFactsOfItsGroup() {
        assertEquals("签约项目总投资 实际到省外资金", labelsUnder("2023年1—9月招商引资主要指标（亿元）"));
        String levels = labelsUnder(captions().get(1));
        assertTrue(levels.contains("高新技术企业") && levels.contains("科技型中小企业"), levels);
    }

    @Test
    void aCountAloneInItsUnitIsLeftToTheTable() {
        assertTrue(captions().stream().noneMatch(c -> c.endsWith("（个）")), captions()::toString);
    }
}
