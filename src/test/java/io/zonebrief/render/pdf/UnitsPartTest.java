package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.render.SampleSummaries;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.UnitSummary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 园区与项目 and 相关情况（非本区数据）: each park, project and enterprise under its name with value,
 * time and nature, other bodies' figures apart and marked, none of it in the zone's own parts.
 */
class UnitsPartTest {

    /** Labels that only parks, projects, enterprises and other bodies of 焦作高新区 have. */
    private static final List<String> NOT_THE_ZONES = List.of("总建筑面积", "税收", "总投资", "床位", "项目建设进度",
            "产值", "出院人次", "最高资助");

    private static PdfInspect doc;
    private static String flat;

    @BeforeAll
    static void render() throws IOException {
        doc = new PdfInspect(BriefingRendererTest.render(SampleSummaries.withUnits(), BriefingTemplate.defaults()));
        flat = flat(doc.text);
    }

    /** Text without white space, the ideographic space of captions included. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }

    /** The text from the first {@code from} to the next {@code to} after it. */
    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from);
        int end = text.indexOf(to, start + from.length());
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void listsEachUnitUnderItsNameWithValueTimeAndNature() {
        String units = between(flat, "表2焦作高新区园区与项目数据", "表3");
        assertTrue(units.startsWith("表2焦作高新区园区与项目数据指标数值时期性质"), units);
        assertTrue(units.contains("园区：科技产业综合体入驻企业400家截至2024年10月实际总建筑面积21.28万平方米—实际"
                + "税收2亿元2023年实际"), units);
        assertTrue(units.contains("项目：高新医院建设项目总投资32亿元—计划床位1500张—计划"), units);
        assertTrue(units.contains("项目（未具名）项目建设进度95%时期未注明实际"), units);
        assertTrue(units.contains("企业：华盛电子产值5亿元2024年预计"), units);
        assertTrue(flat.indexOf("表1焦作高新区指标一览") < flat.indexOf("表2焦作高新区园区与项目数据"),
                "the zone's own table comes first");
        String page = flat(doc.pageTexts.stream().filter(p -> p.contains("焦作高新区园区与项目数据")).findFirst()
                .orElseThrow());
        assertTrue(page.contains("区内各园区、项目和企业自身的数据，不是全区汇总数，未计入本区指标、图表和园区对比。"), page);
    }

    @Test
    void listsOtherBodiesApartAndSaysTheyAreNotTheZones() {
        String context = between(flat, "表3焦作高新区报道涉及的其他数据（非本区）", "（二）平顶山高新区");
        assertTrue(context.startsWith("表3焦作高新区报道涉及的其他数据（非本区）指标数值时期性质"), context);
        String page = flat(doc.pageTexts.stream().filter(p -> p.contains("报道涉及的其他数据")).findFirst().orElseThrow());
        assertTrue(page.contains("相关情况（非本区数据）"), page);
        assertTrue(page.contains("不是本区的统计数据，未计入本区指标、图表和园区对比。"), page);
        assertTrue(context.contains("郑州市中心医院出院人次14.91万人次2021年实际"), context);
        assertTrue(context.contains("政策规定最高资助500万元—政策标准"), context);
    }

    @Test
    void zoneTableAndSentencesSayTheNatureAndTheMonthALevelStandsAsOf() {
        String table = between(flat, "表1焦作高新区指标一览", "园区与项目");
        assertTrue(table.contains("高新技术企业65家截至2024年6月实际"), table);
        assertTrue(table.contains("在谈项目8个2024年6—9月拟签约/在谈"), table);
        assertTrue(table.contains("营业收入300亿元2024年目标"), table);
        String summary = between(flat, "焦作高新区：", "平顶山高新区：");
        assertTrue(summary.contains("截至2024年6月，高新技术企业65家。"), summary);
        assertTrue(summary.contains("拟签约或在谈：2024年6—9月，在谈项目8个。"), summary);
        assertTrue(summary.contains("目标：2024年，营业收入300亿元。"), summary);
    }

    @Test
    void nothingOfUnitsOrContextReachesTheZonesOwnTablesSentencesOrComparison() {
        String table = between(flat, "表1焦作高新区指标一览", "园区与项目");
        String summary = between(flat, "焦作高新区：", "平顶山高新区：");
        String appendix = between(flat, "表6焦作高新区主要指标完成情况", "表7");
        for (String label : NOT_THE_ZONES) {
            assertFalse(table.contains(label), label + " in " + table);
            assertFalse(summary.contains(label), label + " in " + summary);
            assertFalse(appendix.contains(label), label + " in " + appendix);
        }
        assertFalse(table.contains("入驻企业") || summary.contains("入驻企业"), "a park's level is not the zone's");
        // 平顶山 reports 入驻企业 as its own: had the park's figure leaked, the two would be compared
        assertTrue(flat.contains("本期各高新区没有单位相同的共有指标，未作对比。"), "园区对比 compares a park's figure");
    }

    @Test
    void aZoneWithOnlyItsProjectsFiguresKeepsItsSection() {
        assertTrue(doc.outline.contains("  （三）郑州高新区"), doc.outline.toString());
        String section = between(flat, "河南省郑州市", "三、园区对比");
        assertTrue(section.contains("报道未给出本区自身的汇总指标"), section);
        assertFalse(section.contains("郑州高新区指标一览"), "no empty table: " + section);
        assertTrue(section.contains("项目：高新医院二期项目总建筑面积21.28万平方米—计划"), section);
    }

    @Test
    void quotesTheUnitAndContextNumbersTheBodyShows() {
        String quotes = between(flat, "焦作高新区数据原文", "平顶山高新区数据原文");
        assertTrue(quotes.contains("据报道，科技产业综合体入驻企业400家。"), quotes);
        assertTrue(quotes.contains("据报道，给予最高500万元资助。"), quotes);
    }

    @Test
    void capsBothPartsAndSaysHowManyMoreTheWorkbookHolds() throws IOException {
        List<UnitSummary> units = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int u = 1; u <= 40; u++) {
            units.add(new UnitSummary(SubjectKind.PARK, "第" + u + "产业园",
                    List.of(fact(figures, "入驻企业", u, SubjectKind.PARK), fact(figures, "税收", u * 1e6,
                            SubjectKind.PARK))));
        }
        List<Fact> context = new ArrayList<>();
        for (int c = 1; c <= Limits.CONTEXT_ROWS + 4; c++) {
            context.add(fact(figures, "出院人次", 1000 + c, SubjectKind.OTHER));
        }
        ZoneSummary zone = new ZoneSummary("某高新区", null, null, null, List.of("d"),
                List.of(fact(figures, "签约项目", 3, SubjectKind.ZONE)), List.of(), List.of(), List.of(), units, context);
        PdfInspect big = new PdfInspect(BriefingRendererTest.render(new Summary(null, List.of(), figures, List.of(zone),
                List.of()), BriefingTemplate.defaults()));
        String text = flat(big.text);
        int listed = Limits.UNIT_ROWS / 2;
        assertTrue(text.contains("另有" + (80 - listed) + "项园区与项目数据未列出，见工作簿“数据明细”表。"), text);
        assertTrue(text.contains("另有4项相关数据未列出，见工作簿“数据明细”表。"), text);
        assertTrue(text.contains("园区：第" + listed + "产业园"), "as many parks named as fit");
        assertFalse(text.contains("园区：第" + (listed + 1) + "产业园"), text);
        String page = big.pageTexts.stream().filter(p -> p.contains("园区：第1产业园") && !p.contains("园区与项目动态"))
                .findFirst().orElseThrow();
        assertTrue(page.contains("园区：第" + listed + "产业园"), "the table is not parted from its names: " + page);
    }

    private static Fact fact(List<Figure> figures, String label, double value, SubjectKind kind) {
        String id = "d#" + (figures.size() + 1);
        String name = kind == SubjectKind.OTHER ? "某医院" : null;
        figures.add(new Figure(id, "d", label, value, null, "个", Qualifier.EXACT, label, label, 0, 1,
                Period.year(2024), Modality.ACTUAL, kind, name, null, null, null, "某高新区"));
        return new Fact(null, "其他", label, value, "个", Qualifier.EXACT, Period.year(2024), Modality.ACTUAL, kind,
                name, List.of(id), null, Nature.ACHIEVED, PeriodKind.FLOW, null);
    }

    @Test
    void rowsNameEachUnitBeforeGivingAnyASecondFactWithinTheLines() {
        Fact a1 = plain("a1");
        Fact a2 = plain("a2");
        Fact a3 = plain("a3");
        Fact b1 = plain("b1");
        Fact c1 = plain("c1");
        Fact c2 = plain("c2");
        List<UnitSummary> units = List.of(new UnitSummary(SubjectKind.PARK, "A", List.of(a1, a2, a3)),
                new UnitSummary(SubjectKind.PROJECT, "B", List.of(b1)),
                new UnitSummary(SubjectKind.PROJECT, "C", List.of(c1, c2)));
        assertEquals(List.of(a1, a2, b1, c1), facts(UnitsPart.rows(units, f -> true, 7)));
        assertEquals(List.of(a1, a2, b1), facts(UnitsPart.rows(units, f -> true, 5)), "C's name and fact need two lines");
        assertEquals(List.of(a1, a2, a3, b1, c1, c2), facts(UnitsPart.rows(units, f -> true, 100)));
        assertEquals(List.of(a2, a3, c2), facts(UnitsPart.rows(units, f -> !f.label().endsWith("1"), 100)));
    }

    private static Fact plain(String label) {
        return new Fact(null, "其他", label, 1, "个", Qualifier.EXACT, null, Modality.ACTUAL, SubjectKind.PARK, null,
                List.of("d#" + label), null);
    }

    private static List<Fact> facts(List<UnitsPart.Row> rows) {
        return rows.stream().map(UnitsPart.Row::fact).toList();
    }
}
