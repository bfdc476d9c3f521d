package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingIndexTest {

    @Test
    void namesTheSectionTableAndPageOfEachStatedFigure() {
        BriefingIndex index = BriefingIndex.builder()
                .section("一、总体情况").stated("a#1")                    // running text, no table: no place
                .section("二、分园区情况").item("表3").stated("a#1").stated("a#2").stated("a#1")
                .item("图1").page("图1", 7).stated("a#2")
                .section("附表　主要指标汇总表").item("表11").stated("a#1")
                .page("表3", 6).page("表3", 9).page("表11", 13)
                .build();
        assertEquals("二、表3（第6页）；附表 表11（第13页）", index.where("a#1"));
        assertEquals(List.of(new BriefingIndex.Place("二、", "表3", 6), new BriefingIndex.Place("二、", "图1", 7)),
                index.places("a#2"));
        assertEquals("", index.where("a#3"));
        assertEquals("", index.where(null));
        assertEquals(2, index.size());
        assertEquals("", BriefingIndex.NONE.where("a#1"));
    }

    @Test
    void aPlaceWithoutAKnownPageSaysNoPage() {
        BriefingIndex index = BriefingIndex.builder().section("三、园区对比").item("表9").stated("b#4").build();
        assertEquals("三、表9", index.where("b#4"));
    }

    @Test
    void readsTheSectionNumberFromItsHeading() {
        assertEquals("二、", BriefingIndex.Builder.sectionNumber("二、分园区情况"));
        assertEquals("附录二", BriefingIndex.Builder.sectionNumber("附录二　数据原文摘录"));
        assertEquals("附表", BriefingIndex.Builder.sectionNumber("附表 主要指标汇总表"));
        assertEquals("园区对比", BriefingIndex.Builder.sectionNumber("园区对比"));
        assertEquals("", BriefingIndex.Builder.sectionNumber(null));
    }
}
