package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Qualifier;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.SampleSummaries;
import io.zonebrief.summary.ZoneSummary;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactSentencesTest {

    private static ZoneSummary zone(String name) {
        return SampleSummaries.twoZones().zones().stream().filter(z -> z.zone().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void groupsFactsByPeriodInTimeOrderWithUndatedLast() {
        List<String> s = FactSentences.forZone(zone("焦作高新区"), f -> true, 10);
        assertEquals(List.of(
                "焦作高新区2024年1—8月，省重点项目完成投资10.52亿元，省重点项目完成投资占年度投资计划比例104.68%。",
                "焦作高新区2024年6—9月，签约项目41个，签约项目总投资129.53亿元，实际利用外资500万美元。",
                "焦作高新区高新技术企业65家，科技型中小企业183家，国家重点实验室3个（时期未注明）。"), s);
    }

    @Test
    void wordsTargetsAsTargets() {
        ZoneSummary z = zone("平顶山高新区");
        List<String> s = FactSentences.forZone(z, f -> f.indicator() == null, 10);
        assertEquals(List.of("平顶山高新区提出目标：2025年，高端面料加工产业园年产值150亿元。"), s);
    }

    @Test
    void everyNumberComesFromAFact() {
        String all = String.join("", FactSentences.forZone(zone("焦作高新区"), f -> true, 10));
        for (String n : all.split("[^0-9.]+")) {
            if (!n.isEmpty() && !n.equals("2024") && !n.matches("[0-9]")) {
                assertTrue(List.of("10.52", "104.68", "41", "129.53", "500", "65", "183").contains(n), n);
            }
        }
    }

    @Test
    void qualifiersAreWordedTheChineseWayWithoutTheArticlesWords() {
        assertEquals("近150亿元", NumberStyle.format(15e9, "元", NumberStyle.qualifierWords(null, Qualifier.NEARLY)));
        assertEquals("65余家", NumberStyle.format(65, "家", NumberStyle.qualifierWords(null, Qualifier.MORE_THAN)));
        assertEquals("超1.5亿元", NumberStyle.format(1.5e8, "元", NumberStyle.qualifierWords(null, Qualifier.MORE_THAN)));
        assertEquals("约3个", NumberStyle.format(3, "个", NumberStyle.qualifierWords(null, Qualifier.ABOUT)));
    }
}
