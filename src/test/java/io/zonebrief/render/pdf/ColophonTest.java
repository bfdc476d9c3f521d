package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import io.zonebrief.render.pdf.BriefingTemplate.Colophon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 报尾 on the last page and the "— 1 —" page numbers the template can ask for. */
class ColophonTest {

    @Test
    void printsOnlyTheLinesTheTemplateGives() {
        List<String[]> lines = ColophonBlock.lines(new Colophon("市委、市政府", "", "各园区", 30), "高新区管委会", "2024年10月1日");
        assertEquals(3, lines.size());
        assertEquals(List.of("报：市委、市政府", "共印30份"), List.of(lines.get(0)));
        assertEquals(List.of("发：各园区", ""), List.of(lines.get(1)));
        assertEquals(List.of("高新区管委会", "2024年10月1日印发"), List.of(lines.get(2)));
    }

    @Test
    void withNothingGivenOnlyTheCompilerAndDateArePrinted() {
        List<String[]> lines = ColophonBlock.lines(Colophon.NONE, "高新区管委会", "2024年10月1日");
        assertEquals(1, lines.size());
    }

    @Test
    void lastPageEndsWithTheColophonAndPagesAreDashed(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("t.yaml");
        Files.writeString(yaml, "colophon:\n  report_to: 市委、市政府\n  copy_to: 市发改委\n  copies: 30\npage_numbers: dash\n");
        PdfInspect doc = new PdfInspect(BriefingRendererTest.render(SampleSummaries.twoZones(), BriefingTemplate.load(yaml)));
        String last = doc.pageTexts.get(doc.pages - 1).replaceAll("\\s", "");
        assertTrue(last.contains("报：市委、市政府共印30份送：市发改委发：各高新区管委会高新区经济运行简报编辑部2024年10月1日印发"), last);
        for (int i = 0; i < doc.pages; i++) {
            String page = doc.pageTexts.get(i);
            assertTrue(page.contains("— " + (i + 1) + " —"), "page " + (i + 1) + ": " + page);
            assertFalse(page.contains(" 页 / 共 "), page);
        }
        Path empty = dir.resolve("e.yaml");
        Files.writeString(empty, "colophon:\n  send_to: \"\"\n");
        PdfInspect none = new PdfInspect(BriefingRendererTest.render(SampleSummaries.twoZones(), BriefingTemplate.load(empty)));
        assertFalse(none.text.contains("发："), "an empty 发 line is left out");
    }

    @Test
    void totalPageNumbersNameTheLastPage(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("t.yaml");
        Files.writeString(yaml, "page_numbers: total\n");
        PdfInspect doc = new PdfInspect(BriefingRendererTest.render(SampleSummaries.twoZones(), BriefingTemplate.load(yaml)));
        assertTrue(doc.pages > 2, "pages " + doc.pages);
        for (int i = 1; i < doc.pages; i++) {
            String page = doc.pageTexts.get(i);
            assertTrue(page.contains("第 " + (i + 1) + " 页 / 共 " + doc.pages + " 页"), "page " + (i + 1) + ": " + page);
        }
        assertFalse(doc.pageTexts.get(0).contains(" 页 / 共 "), "the masthead page has no footer number");
    }

    @Test
    void defaultTemplatePrintsTheDistributionAndCopies() throws IOException {
        PdfInspect doc = new PdfInspect(BriefingRendererTest.render(SampleSummaries.twoZones(), BriefingTemplate.defaults()));
        String last = doc.pageTexts.get(doc.pages - 1).replaceAll("\\s", "");
        assertTrue(last.contains("报：有关领导共印30份送：有关部门发：各高新区管委会高新区经济运行简报编辑部2024年10月1日印发"),
                last);
    }
}
