package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Summary;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

    /** Two reports of one zone a year apart, the later one also naming a goal for its year. */
    private static final String ARTICLE = "2024年10月15日\n\n"
            + "2023年1—6月，洛阳高新区签约项目12个，完成投资8.6亿元。\n"
            + "2024年1—9月，洛阳高新区签约项目31个，完成投资21.5亿元，同比增长6.2%。\n"
            + "2024年，洛阳高新区力争完成投资30亿元。\n";

    @Test
    void readsTheWaysAPeriodIsWritten() {
        assertEquals(new ReportingPeriod(YearMonth.of(2024, 1), YearMonth.of(2024, 9)),
                ReportingPeriod.parse("2024-01..2024-09"));
        assertEquals(new ReportingPeriod(YearMonth.of(2024, 9), YearMonth.of(2024, 9)), ReportingPeriod.parse("2024-09"));
        assertEquals("2024年", ReportingPeriod.parse("2024").label());
        assertEquals("数据截至2024年9月", ReportingPeriod.parse("2024-01..2024-09").upTo());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("Q3"));
        assertTrue(e.getMessage().contains("'Q3'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ReportingPeriod.parse("2024-09..2024-01"));
    }

    @Test
    void theBriefingReportsOnlyTheMonthsAskedForAndSaysSo() throws Exception {
        Summary summary = ZoneBrief.analyze("a", ARTICLE, RunOptions.defaults().withReproducible(true));
        BriefingTemplate q3 = BriefingTemplate.defaults().withPeriod(ReportingPeriod.parse("2024-01..2024-09"));
        String text = new PdfInspect(BriefingRendererTest.render(summary, q3)).text.replaceAll("\\s", "");
        String body = text.substring(0, text.lastIndexOf("附录一"));
        assertTrue(body.contains("签约项目31个"), body);
        assertTrue(body.contains("完成投资30亿元"), "a goal for the year the period is in: " + body);
        assertFalse(body.contains("8.6亿元") || body.contains("签约项目12个"), "2023年1—6月 is outside: " + body);
        assertTrue(body.contains("报告期2024年1—9月"), body);
        assertTrue(body.contains("数据截至2024年9月"), body);
        assertTrue(body.contains("编者按：本期数据摘自公开媒体报道，未经统计部门核实"), body);
    }

    @Test
    void withoutAPeriodTheCoverAndEachZoneSayHowOldTheDataAre() throws Exception {
        Summary summary = ZoneBrief.analyze("a", ARTICLE, RunOptions.defaults().withReproducible(true));
        String text = new PdfInspect(BriefingRendererTest.render(summary, BriefingTemplate.defaults())).text
                .replaceAll("\\s", "");
        assertTrue(text.contains("8.6亿元"), "everything the sources cover: " + text);
        assertTrue(text.contains("数据截至2024年9月"), text);
        assertTrue(text.contains("最新数据截至2024年9月"), text);
        assertFalse(text.contains("距本期印发已"), "a month before the issue is not old: " + text);

        Summary old = ZoneBrief.analyze("b", ARTICLE.replace("2024年10月15日", "2026年3月13日"),
                RunOptions.defaults().withReproducible(true));
        String late = new PdfInspect(BriefingRendererTest.render(old, BriefingTemplate.defaults())).text
                .replaceAll("\\s", "");
        assertTrue(late.contains("最新数据截至2024年9月，距本期印发已18个月"), late);
    }
}
