package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import io.zonebrief.summary.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingRendererTest {

    private static byte[] pdf;
    private static PdfInspect doc;

    @BeforeAll
    static void render() throws IOException {
        pdf = render(SampleSummaries.twoZones(), BriefingTemplate.defaults());
        doc = new PdfInspect(pdf);
    }

    static byte[] render(Summary summary, BriefingTemplate template) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BriefingRenderer(template).write(summary, out);
        return out.toByteArray();
    }

    @Test
    void bookmarksEverySectionAndZone() {
        assertEquals(List.of("一、总体情况", "二、分园区情况", "  （一）平顶山高新区", "  （二）焦作高新区", "三、园区对比",
                "附表　主要指标汇总表", "附录一　资料来源", "附录二　数据原文摘录"), doc.outline);
    }

    @Test
    void showsZonesAndNumbersInDisplayUnits() {
        assertTrue(doc.text.contains("焦作高新区"));
        assertTrue(doc.text.contains("129.53亿元"));
        assertTrue(doc.text.contains("500万美元"));
        assertTrue(doc.text.contains("104.68%"));
    }

    @Test
    void summarySentencesCarryTheirPeriods() {
        String flat = doc.text.replaceAll("\\s", "");
        assertTrue(flat.contains("2024年1—8月，省重点项目完成投资10.52亿元，省重点项目完成投资占年度投资计划比例104.68%。"), flat);
        assertTrue(flat.contains("高新技术企业65家，科技型中小企业183家，国家重点实验室3个（时期未注明）。"), flat);
    }

    @Test
    void chartLabelsAreTextInTheEmbeddedFont() {
        String flat = doc.text.replaceAll("\\s", "");
        assertTrue(flat.contains("其余（推算）"), "breakdown chart label");
        assertTrue(flat.contains("城市经济类项目"), "breakdown chart label");
        assertTrue(flat.contains("平顶山高新区116.06亿元2023年1—9月"), "the comparison table gives each row's period");
        assertTrue(flat.contains("焦作高新区129.53亿元2024年6—9月"), "the comparison table gives each row's period");
        assertTrue(flat.contains("签约项目总投资各区数据所属时期不同，不宜直接比较。"), "periods that differ are said to differ");
        assertFalse(flat.contains("各高新区对比（"), "values of different periods are not charted side by side");
        assertTrue(flat.contains("图1"), "numbered chart caption");
    }

    @Test
    void everyFontIsEmbedded() {
        assertFalse(doc.fonts.isEmpty());
        assertEquals(List.of(), doc.notEmbedded);
        assertTrue(doc.fonts.stream().allMatch(f -> f.contains("NotoSansSC")), doc.fonts.toString());
    }

    @Test
    void footerCountsPages() {
        assertTrue(doc.pages >= 5, "pages: " + doc.pages);
        assertTrue(doc.pageTexts.get(1).contains("— 2 —"), doc.pageTexts.get(1));
        assertTrue(doc.pageTexts.get(doc.pages - 1).contains("— " + doc.pages + " —"));
    }

    @Test
    void mastheadHasTitleIssueOrganisationAndDate() {
        String first = doc.pageTexts.get(0);
        assertTrue(first.contains("高新区经济运行简报"));
        assertTrue(first.contains("第1期"));
        assertTrue(first.contains("高新区经济运行简报编辑部"));
        assertTrue(first.contains("2024年10月1日"), "latest published date under --reproducible");
        assertTrue(first.contains("本期要目"));
    }

    @Test
    void contentsListsThePagesHeadingsLandOn() {
        String zonePage = doc.pageTexts.stream().filter(p -> p.contains("焦作高新区指标一览")).findFirst().orElseThrow();
        int page = doc.pageTexts.indexOf(zonePage) + 1;
        assertTrue(doc.firstPageByPosition.replaceAll("[ .]", "").contains("（二）焦作高新区" + page),
                doc.firstPageByPosition);
    }

    @Test
    void sameSummaryGivesSameTextAndDates() throws IOException {
        PdfInspect again = new PdfInspect(render(SampleSummaries.twoZones(), BriefingTemplate.defaults()));
        assertEquals(doc.text, again.text);
        assertEquals(doc.created, again.created);
        assertEquals(2024, doc.created.get(java.util.Calendar.YEAR));
        assertEquals(java.util.Calendar.OCTOBER, doc.created.get(java.util.Calendar.MONTH));
    }

    @Test
    void generatedAtDatesTheIssue() throws IOException {
        Summary s = SampleSummaries.twoZones();
        Summary dated = new Summary("2025-03-02T10:15:30+08:00", s.documents(), s.figures(), s.zones(), s.problems());
        PdfInspect d = new PdfInspect(render(dated, BriefingTemplate.defaults()));
        assertTrue(d.pageTexts.get(0).contains("2025年3月2日"));
    }

    @Test
    void staysSmall() {
        assertTrue(pdf.length < 1_000_000, "size " + pdf.length);
    }

    @Test
    void customTitleIsPrinted(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("mine.yaml");
        Files.writeString(yaml, "title: 郑洛新自创区动态\nissue: 第7期\n");
        PdfInspect d = new PdfInspect(render(SampleSummaries.twoZones(), BriefingTemplate.load(yaml)));
        assertTrue(d.pageTexts.get(0).contains("郑洛新自创区动态"));
        assertTrue(d.pageTexts.get(0).contains("第7期"));
        assertTrue(d.pageTexts.get(2).contains("郑洛新自创区动态"), "running header");
    }

    @Test
    void sectionsFollowTheTemplate(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("short.yaml");
        Files.writeString(yaml, """
                charts:
                  breakdown: bar
                sections:
                  - kind: zones
                    title: 一、创新主体
                    categories: [创新主体]
                  - kind: sources
                    title: 二、来源
                """);
        PdfInspect d = new PdfInspect(render(SampleSummaries.twoZones(), BriefingTemplate.load(yaml)));
        assertEquals(List.of("一、创新主体", "  （一）焦作高新区", "二、来源"), d.outline);
        assertFalse(d.text.contains("129.53亿元"), "filtered to 创新主体");
        assertTrue(d.text.contains("科技型中小企业"));
    }

    @Test
    void emptySummaryStillRenders() throws IOException {
        Summary empty = new Summary(null, List.of(), List.of(), List.of(), List.of());
        PdfInspect d = new PdfInspect(render(empty, BriefingTemplate.defaults()));
        assertTrue(d.text.contains("高新区经济运行简报"));
        assertEquals(List.of(), d.notEmbedded);
    }
}
