package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Short articles written for these tests, run through the whole pipeline. */
class SummaryBuilderTest {

    @TempDir
    Path tmp;

    private Summary run(String... articles) throws Exception {
        for (int i = 0; i < articles.length; i++) {
            Files.writeString(tmp.resolve("a" + i + ".txt"), articles[i]);
        }
        return ZoneBrief.analyze(List.of(tmp), RunOptions.defaults().withReproducible(true), Progress.NONE);
    }

    private static ZoneSummary zone(Summary s, String name) {
        return s.zones().stream().filter(z -> z.zone().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void reconcilesARoundedRepeatToTheMorePreciseValue() throws Exception {
        Summary s = run("2024年9月30日 星期一\n\n9月28日,洛阳高新区举行集中签约仪式,共签约项目18个,总投资56亿元。\n\n"
                + "记者了解到,本次签约项目18个,总投资56.32亿元,涵盖新材料、装备制造等领域。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        Fact money = z.facts().stream().filter(f -> f.unit().equals("元")).findFirst().orElseThrow();
        assertEquals(5_632_000_000.0, money.value());
        assertEquals(2, money.figureIds().size());
        assertTrue(money.note().contains("取最精确值"), money.note());
        Fact count = z.facts().stream().filter(f -> f.unit().equals("个")).findFirst().orElseThrow();
        assertEquals(2, count.figureIds().size());
    }

    @Test
    void mergesAFactToldTwiceInOtherWordsForTheSameSpan() throws Exception {
        Summary s = run("2024年10月8日 星期二\n\n9月28日,洛阳高新区召开招商总结会。今年6月至9月,全区收集各类招商引资信息232条,"
                + "洽谈对接项目158个。\n\n今年6月至9月,全区共抓招商引资项目232条,洽谈对接项目158个,最终签约项目41个。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        List<Fact> leads = z.facts().stream().filter(f -> f.value() == 232).toList();
        assertEquals(1, leads.size(), leads.toString());
        assertEquals(2, leads.get(0).figureIds().size());
    }

    @Test
    void keepsTheSameWordsOverAnotherSpanApart() throws Exception {
        Summary s = run("2024年10月8日 星期二\n\n今年6月至9月,洛阳高新区收集各类招商引资信息232条。\n\n"
                + "今年1月至5月,洛阳高新区共抓招商引资项目232条。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        assertEquals(2, z.facts().stream().filter(f -> f.value() == 232).count());
    }

    @Test
    void flagsValuesThatDisagreeForTheSamePeriod() throws Exception {
        Summary s = run("2024年7月5日 星期五\n\n上半年,洛阳高新区签约项目26个,实际到位资金12.5亿元。\n",
                "2024年7月8日 星期一\n\n上半年,洛阳高新区签约项目31个,招商工作成效明显。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        assertEquals(1, z.conflicts().size(), z.conflicts().toString());
        assertTrue(z.conflicts().get(0).contains("26") && z.conflicts().get(0).contains("31"));
        assertEquals(2, z.facts().stream().filter(f -> f.unit().equals("个")).count(), "both values are kept");
    }

    @Test
    void flagsBreakdownsWhosePartsExceedTheWhole() throws Exception {
        Summary s = run("2024年7月5日 星期五\n\n洛阳高新区签约项目20个,其中工业项目15个、服务业项目9个。\n");
        assertTrue(zone(s, "洛阳高新区").conflicts().stream().anyMatch(c -> c.contains("超过总数20个")),
                zone(s, "洛阳高新区").conflicts().toString());
    }

    @Test
    void ordersAMeasureOverPeriodsIntoASeries() throws Exception {
        Summary s = run("2024年4月10日 星期三\n\n一季度,洛阳高新区完成固定资产投资21.3亿元。\n",
                "2024年7月10日 星期三\n\n上半年,洛阳高新区完成固定资产投资45.8亿元。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        Series series = z.series().stream().filter(x -> "固定资产投资".equals(x.indicator())).findFirst().orElseThrow();
        assertEquals(List.of(2_130_000_000.0, 4_580_000_000.0), series.points().stream().map(Series.Point::value).toList());
        assertEquals("2024-01..2024-03", series.points().get(0).period().toString());
    }

    @Test
    void aManifestInTheFolderFixesDateZoneTitleAndSource() throws Exception {
        Files.writeString(tmp.resolve("zonebrief-manifest.csv"),
                "文件,日期,来源,高新区,标题\na0.txt,2024年7月3日,新乡日报,新乡高新区,上半年经济运行情况\n");
        Summary s = run("高新区今年新增市场主体300户,上半年签约项目12个。\n");
        var d = s.documents().get(0);
        assertEquals("2024-07-03", String.valueOf(d.published()));
        assertEquals("manifest", d.publishedHow());
        assertEquals("新乡高新区", d.zone());
        assertEquals("新乡日报", d.source());
        assertEquals("上半年经济运行情况", d.title());
        assertEquals("2024-01..2024-06", String.valueOf(s.figures().get(1).period()), "relative dates use the manifest's");
        assertTrue(s.problems().isEmpty(), "the manifest is no article: " + s.problems());
    }

    @Test
    void keepsAnUnknownZoneUnknown() throws Exception {
        Summary s = run("2024年7月5日 星期五\n\n高新区今年新增市场主体300户。\n");
        assertEquals(null, s.documents().get(0).zone());
        assertEquals(ZoneSummary.UNKNOWN_ZONE, s.zones().get(0).zone());
    }

    @Test
    void namesParksWithTheirFigures() throws Exception {
        Summary s = run("2024年7月5日 星期五\n\n洛阳高新区智能装备产业园入驻企业45家,入驻率达到92%。\n");
        assertTrue(zone(s, "洛阳高新区").entities().stream().anyMatch(e -> e.name().contains("智能装备产业园")),
                zone(s, "洛阳高新区").entities().toString());
    }

    @Test
    void keepsTheZoneOwnFiguresApartFromParksProjectsAndOtherBodies() throws Exception {
        Summary s = run("2024年7月12日 星期五\n\n洛阳高新区上半年经济运行稳中有进\n\n"
                + "上半年，洛阳高新区签约项目18个，实现营业收入260亿元。\n\n"
                + "东湖智能装备产业园今年上半年签约项目5个，实现营业收入41亿元。\n\n"
                + "洛阳市中心医院高新院区上半年门急诊量达到32万人次。\n\n"
                + "对新认定的省级研发平台，给予50万元奖励。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        assertTrue(z.facts().stream().allMatch(f -> f.subject() == io.zonebrief.extract.SubjectKind.ZONE), z.facts().toString());
        assertTrue(z.facts().stream().anyMatch(f -> f.value() == 26_000_000_000.0), "the zone's revenue is the zone's");
        assertTrue(z.facts().stream().noneMatch(f -> f.value() == 4_100_000_000.0), "the park's revenue is not the zone's");
        assertTrue(z.facts().stream().noneMatch(f -> f.value() == 320_000), "the hospital's visits are not the zone's");
        assertTrue(z.facts().stream().noneMatch(f -> f.value() == 500_000), "a grant standard is no result");
        UnitSummary park = z.units().stream().filter(u -> "东湖智能装备产业园".equals(u.name())).findFirst().orElseThrow();
        assertEquals(List.of(5.0, 4_100_000_000.0), park.facts().stream().map(Fact::value).sorted().toList());
        assertTrue(z.context().stream().anyMatch(f -> f.value() == 320_000));
        assertTrue(z.context().stream().anyMatch(f -> f.value() == 500_000
                && f.nature() == io.zonebrief.extract.Nature.POLICY));
    }

    @Test
    void neverMergesFiguresOfAnotherScopeOrKindOfPeriod() throws Exception {
        Summary s = run("2024年7月12日 星期五\n\n上半年，洛阳高新区签约项目5个。\n\n"
                + "北湖新材料产业园：链上发力\n\n上半年，园区签约项目5个。\n\n"
                + "截至6月底，洛阳高新区拥有省级研发平台40个。今年以来，洛阳高新区新建省级研发平台40个。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        Fact zoneSigned = z.facts().stream().filter(f -> f.value() == 5).findFirst().orElseThrow();
        assertEquals(1, zoneSigned.figureIds().size(), "the park's 5 signings are its own fact: " + zoneSigned);
        assertEquals(1, z.units().size());
        assertEquals(2, z.facts().stream().filter(f -> f.value() == 40).count(), "a level and a flow stay apart");
    }

    private static final String JULY = "2024年7月5日 星期五\n\n";

    private static List<Fact> facts(ZoneSummary z, String unit) {
        return z.facts().stream().filter(f -> f.unit().equals(unit)).toList();
    }

    @Test
    void reconcilesARoundedRepeatSaidAfterThePreciseValue() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目18个,总投资56.32亿元。\n\n记者了解到,上半年签约项目总投资56亿元。\n");
        List<Fact> money = facts(zone(s, "洛阳高新区"), "元");
        assertEquals(1, money.size(), money.toString());
        assertEquals(5_632_000_000.0, money.get(0).value());
        assertEquals("各处数值略有不同（5600000000元、5632000000元），取最精确值", money.get(0).note());
    }

    @Test
    void aFactSaidOnceHasNoNote() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目18个。\n");
        Fact signed = facts(zone(s, "洛阳高新区"), "个").get(0);
        assertEquals(List.of("a0#1"), signed.figureIds());
        assertEquals(null, signed.note());
    }

    @Test
    void valuesMoreThanARoundingApartAreTwoFactsInConflict() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目总投资100亿元。\n",
                JULY + "上半年,洛阳高新区签约项目总投资101.2亿元。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        assertEquals(2, facts(z, "元").size(), z.facts().toString());
        assertEquals(List.of("签约项目总投资（2024年1—6月）各处数值不一致：10000000000元（a0#1）、10120000000元（a1#1）"), z.conflicts());
    }

    @Test
    void theSameValueForPeriodsEndingInOtherMonthsIsTwoFacts() throws Exception {
        Summary s = run(JULY + "一季度,洛阳高新区签约项目12个。\n", JULY + "上半年,洛阳高新区签约项目12个。\n",
                JULY + "1—6月,洛阳高新区签约项目12个。\n");
        List<Fact> signed = facts(zone(s, "洛阳高新区"), "个");
        assertEquals(2, signed.size(), signed.toString());
        assertEquals("2024-01..2024-03", signed.get(0).period().toString(), "in period order");
        assertEquals(List.of("a1#1", "a2#1"), signed.get(1).figureIds(), "上半年 and 1—6月 end in the same month");
    }

    @Test
    void aFigureWithoutPeriodJoinsTheSameFactAndLendsItNoneOfItsOwn() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目总投资56亿元。\n",
                "洛阳高新区签约项目总投资56.32亿元。\n");
        List<Fact> money = facts(zone(s, "洛阳高新区"), "元");
        assertEquals(1, money.size(), money.toString());
        assertEquals(5_632_000_000.0, money.get(0).value(), "the more precise value");
        assertEquals("2024-01..2024-06", String.valueOf(money.get(0).period()), "the period the other figure states");
    }

    @Test
    void labelsThatSayOtherThingsAreOtherFactsThoughTheirValuesAgree() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区举办招聘会12场,举办培训班12场。\n");
        assertEquals(2, facts(zone(s, "洛阳高新区"), "场").size(), zone(s, "洛阳高新区").facts().toString());
    }

    @Test
    void labelsThatShareMostOfTheirWordsAreOneFact() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区规上工业增加值增长9.1%。\n",
                JULY + "上半年,洛阳高新区规模以上工业增加值增长9.1%。\n");
        List<Fact> growth = facts(zone(s, "洛阳高新区"), "%");
        assertEquals(1, growth.size(), growth.toString());
        assertEquals(2, growth.get(0).figureIds().size());
    }

    @Test
    void measuresOfOneZoneDoNotConflictWithEachOther() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目26个,实现营业收入260亿元,新增高新技术企业45家。\n");
        assertEquals(List.of(), zone(s, "洛阳高新区").conflicts());
    }

    @Test
    void namesAtMostFiveOfTheValuesInConflict() throws Exception {
        String[] five = new String[5];
        for (int i = 0; i < 5; i++) {
            five[i] = JULY + "上半年,洛阳高新区签约项目" + (21 + 4 * i) + "个。\n";
        }
        String conflict = zone(run(five), "洛阳高新区").conflicts().get(0);
        assertTrue(conflict.endsWith("37个（a4#1）"), conflict);
        String[] six = java.util.Arrays.copyOf(five, 6);
        six[5] = JULY + "上半年,洛阳高新区签约项目41个。\n";
        Files.writeString(tmp.resolve("a5.txt"), six[5]);
        conflict = zone(run(), "洛阳高新区").conflicts().get(0);
        assertTrue(conflict.endsWith("37个（a4#1）等6个"), conflict);
        assertFalse(conflict.contains("41个"), conflict);
    }

    @Test
    void listsTheZoneFactsByCategoryThenIndicatorThenPeriod() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目26个,实现营业收入260亿元。一季度,洛阳高新区实现营业收入120亿元。\n");
        ZoneSummary z = zone(s, "洛阳高新区");
        assertEquals(List.of("营业收入 2024-01..2024-03", "营业收入 2024-01..2024-06", "签约项目数 2024-01..2024-06"),
                z.facts().stream().map(f -> f.indicator() + " " + f.period()).toList(), "经济运行 before 招商引资");
    }

    @Test
    void aZoneNamedOnlyForAFigureOfAnotherZonesDocumentIsListedWithThatDocument() throws Exception {
        Summary s = run(JULY + "郑州高新区上半年经济运行稳中有进\n\n上半年,郑州高新区实现营业收入260亿元,"
                + "郑州高新区签约项目30个。同期,洛阳高新区签约项目20个。\n");
        assertEquals("郑州高新区", s.documents().get(0).zone());
        ZoneSummary luoyang = zone(s, "洛阳高新区");
        assertEquals(List.of("a0"), luoyang.documentIds());
        assertEquals(List.of(20.0), luoyang.facts().stream().map(Fact::value).toList());
        assertEquals(List.of("a0"), zone(s, "郑州高新区").documentIds());
    }

    @Test
    void withinACategoryIndicatorsComeInTaxonomyOrderBeforePeriods() throws Exception {
        Summary s = run(JULY + "一季度,洛阳高新区实现营业收入120亿元。上半年,洛阳高新区完成固定资产投资45亿元。\n");
        assertEquals(List.of("固定资产投资", "营业收入"), zone(s, "洛阳高新区").facts().stream().map(Fact::indicator).toList());
    }

    @Test
    void aZoneWhoseDocumentsGiveNoFigureOfItsOwnIsStillListed() throws Exception {
        Summary s = run(JULY + "郑州高新区召开会议\n\n会上,洛阳高新区介绍经验,上半年签约项目20个。\n",
                JULY + "南阳高新区召开企业座谈会,听取企业意见建议。\n");
        ZoneSummary zhengzhou = zone(s, "郑州高新区");
        assertEquals(List.of("a0"), zhengzhou.documentIds());
        assertEquals(List.of(), zhengzhou.facts());
        assertEquals(List.of("a1"), zone(s, "南阳高新区").documentIds());
        assertEquals(List.of(20.0), zone(s, "洛阳高新区").facts().stream().map(Fact::value).toList());
    }

    @Test
    void aParkWhoseValuesDisagreeIsNamedInTheConflict() throws Exception {
        Summary s = run(JULY + "北湖新材料产业园：链上发力\n\n上半年,园区签约项目5个。\n",
                "2024年7月8日 星期一\n\n北湖新材料产业园：链上发力\n\n上半年,园区签约项目8个。\n");
        ZoneSummary z = s.zones().get(0);
        assertTrue(z.conflicts().stream().anyMatch(c -> c.startsWith("北湖新材料产业园：签约项目")), z.conflicts().toString());
    }

    @Test
    void rebuildingFromTheSameDocumentsAndFiguresGivesTheSameZones() throws Exception {
        Summary s = run(JULY + "上半年,洛阳高新区签约项目26个,总投资56亿元。\n", JULY + "上半年,郑州高新区签约项目30个。\n");
        List<SummaryBuilder.DocumentResult> results = s.documents().stream().map(d -> new SummaryBuilder.DocumentResult(d,
                s.figures().stream().filter(f -> f.documentId().equals(d.id())).toList())).toList();
        java.util.Map<String, SummaryBuilder.ZoneFacts> gazetteer = new java.util.HashMap<>();
        s.zones().forEach(z -> gazetteer.put(z.zone(), new SummaryBuilder.ZoneFacts(z.fullName(), z.province(), z.city())));
        Summary again = new SummaryBuilder(IndicatorTaxonomy.defaults()).build(null, results, gazetteer, List.of());
        assertEquals(s.zones(), again.zones());
        assertEquals(s.figures(), again.figures());
        assertEquals(List.of(), again.reviews());
        Summary reviewed = new SummaryBuilder(IndicatorTaxonomy.defaults()).build(null, results, gazetteer, List.of(),
                List.of());
        assertEquals(s.zones(), reviewed.zones());
    }
}
