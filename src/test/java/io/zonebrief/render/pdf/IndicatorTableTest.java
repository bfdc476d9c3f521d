package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Fact;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 附表 fills 同比增长, 年度目标 and 完成进度 only from what the articles state, and the sentences say them in place. */
class IndicatorTableTest {

    private static String table;
    private static String text;

    @BeforeAll
    static void render() throws IOException {
        PdfInspect doc = new PdfInspect(BriefingRendererTest.render(LinkedFiguresSummary.build(), BriefingTemplate.defaults()));
        text = doc.text.replaceAll("\\s", "");
        table = doc.pageTexts.stream().filter(p -> p.contains("主要指标完成情况")).findFirst().orElseThrow()
                .replaceAll("\\s", "");
    }

    @Test
    void hasTheColumnsOfABriefingsTable() {
        assertTrue(table.contains("指标单位本期数值时期同比增长(%)年度目标完成进度(%)"), table);
    }

    @Test
    void growthAndTargetComeFromTheArticles() {
        assertTrue(table.contains("营业收入亿元1202024年1—6月12.5300—"), table);
    }

    @Test
    void shareOfPlanIsTheProgressOfTheFigureItQualifies() {
        assertTrue(table.contains("完成投资亿元10.522024年1—8月——104.68"), table);
        assertFalse(table.contains("占年度投资计划%"), "the share is a column, not a row of its own: " + table);
    }

    @Test
    void cellsTheArticlesLeaveOpenAreDashes() {
        assertTrue(table.contains("签约项目个412024年1—6月———"), table);
    }

    @Test
    void sentencesSayQualifiersAndPartsWithTheirNumber() {
        assertTrue(text.contains("营业收入120亿元，同比增长12.5%"), text);
        assertTrue(text.contains("完成投资10.52亿元，占年度投资计划的104.68%"), text);
        assertTrue(text.contains("签约项目41个，其中装备制造类项目9个、绿色食品类项目6个"), text);
    }

    @Test
    void aTargetForAnotherSpanIsNotTheAnnualTarget() {
        Fact actual = fact(Period.of(2024, 1, 9), Modality.ACTUAL);
        assertEquals(2024, IndicatorTable.annualTarget(actual, List.of(fact(Period.year(2024), Modality.TARGET)))
                .period().from().getYear());
        assertNull(IndicatorTable.annualTarget(actual, List.of(fact(Period.year(2025), Modality.TARGET))));
        assertNull(IndicatorTable.annualTarget(actual, List.of(fact(Period.of(2024, 1, 6), Modality.TARGET))));
        assertNull(IndicatorTable.annualTarget(fact(null, Modality.ACTUAL), List.of(fact(null, Modality.TARGET))));
    }

    @org.junit.jupiter.api.Test
    void aHorizonGoalIsNoAnnualTargetAndAZoneWithoutResultsGetsNoEmptyTable() throws Exception {
        var summary = io.zonebrief.ZoneBrief.analyze("a", "2024年12月20日\n\n2024年，洛阳高新区实现营业收入200亿元。"
                + "到2029年，洛阳高新区力争营业收入突破500亿元。\n", io.zonebrief.RunOptions.defaults().withReproducible(true));
        String annex = new PdfInspect(BriefingRendererTest.render(summary, BriefingTemplate.defaults())).pageTexts.stream()
                .filter(p -> p.contains("主要指标完成情况")).findFirst().orElseThrow().replaceAll("\\s", "");
        assertTrue(annex.contains("营业收入亿元2002024年"), annex);
        assertFalse(annex.contains("500"), "到2029年 is a horizon, not this year's target: " + annex);

        var goalsOnly = io.zonebrief.ZoneBrief.analyze("b", "2024年12月20日\n\n明年，洛阳高新区力争新增高新技术企业100家。\n",
                io.zonebrief.RunOptions.defaults().withReproducible(true));
        String all = new PdfInspect(BriefingRendererTest.render(goalsOnly, BriefingTemplate.defaults())).text
                .replaceAll("\\s", "");
        assertFalse(all.contains("洛阳高新区主要指标完成情况"), "no empty table");
    }

    private static Fact fact(Period p, Modality m) {
        return new Fact("营业收入", "经济运行", "营业收入", 1e10, "元", Qualifier.EXACT, p, m, SubjectKind.ZONE, null,
                List.of("d#1"), null);
    }
}
