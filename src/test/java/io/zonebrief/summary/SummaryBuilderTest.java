package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
