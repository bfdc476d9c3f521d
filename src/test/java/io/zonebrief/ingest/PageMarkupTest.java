package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a saved page says of itself around the article: date, source, navigation trail, site. */
class PageMarkupTest {

    private static final String BODY = "<p>高新区召开一季度经济运行分析会，会议通报，一季度全区签约项目12个，总投资35亿元。</p>"
            + "<p>会议要求各部门抓好项目建设，确保完成全年目标任务。</p>";

    @TempDir
    Path dir;

    private SourceDocument page(String name, String head, String bodyBefore) throws IOException {
        String html = "<html><head><meta charset=utf-8>" + head + "</head><body><div id=content>" + bodyBefore + BODY
                + "</div></body></html>";
        return DocumentReader.withDefaults().read(Samples.write(dir, name, html.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void datesFromMetaTagsTimeElementsAndTheDateLine() throws IOException {
        assertEquals(LocalDate.of(2023, 7, 7), page("a.html", "<meta name=\"PubDate\" content=\"2023-07-07 09:30\">", "")
                .page().published());
        assertEquals("meta article:published_time", page("b.html",
                "<meta property=\"article:published_time\" content=\"2021-11-02T08:00:00+08:00\">", "").page().publishedFrom());
        PageFacts time = page("c.html", "", "<time datetime=\"2019-05-20\">5月20日</time>").page();
        assertEquals(LocalDate.of(2019, 5, 20), time.published());
        assertEquals("time", time.publishedFrom());
        PageFacts line = page("d.html", "", "<div class=info>发布时间：2022年03月15日 来源：拂晓报 作者：张三</div>").page();
        assertEquals(LocalDate.of(2022, 3, 15), line.published());
        assertEquals("拂晓报", line.source());
    }

    @Test
    void datesFromThePagesOwnAddress() throws IOException {
        PageFacts canonical = page("e.html", "<link rel=canonical href=\"http://www.example.gov.cn/news/2017/0707/c12.html\">", "").page();
        assertEquals(LocalDate.of(2017, 7, 7), canonical.published());
        assertEquals("url", canonical.publishedFrom());
        assertEquals(LocalDate.of(2020, 1, 4), page("t20200104_3305221.html", "", "").page().published());
        PageFacts saved = page("f.html", "", "<!-- saved from url=(0058)http://gxq.example.cn/art/2021/9/30/art_1_2.html -->")
                .page();
        assertEquals(LocalDate.of(2021, 9, 30), saved.published());
        PageFacts none = page("g.html", "<link rel=canonical href=\"http://www.example.gov.cn/news/c20170707.html\">", "").page();
        assertNull(none.published(), "a number that only looks like a date in an id is no date");
    }

    @Test
    void linksToOtherArticlesNeverDateThePage() throws IOException {
        PageFacts p = page("h.html", "", "<ul class=list><li><a href=\"/2015/0101/c1.html\">旧闻</a></li></ul>").page();
        assertNull(p.published());
    }

    @Test
    void breadcrumbSiteAndSourceAreKeptThoughTheTrailIsNoArticleText() throws IOException {
        SourceDocument d = page("i.html", "<title>高新区召开分析会_宿州市人民政府</title>",
                "<div class=\"breadcrumb\">当前位置：安徽 &gt; 宿州市 &gt; 今日宿州</div><p class=src>来源:拂晓报</p>");
        assertEquals("安徽 > 宿州市 > 今日宿州", d.page().breadcrumb());
        assertEquals("宿州市人民政府", d.page().site());
        assertEquals("拂晓报", d.page().source());
        assertTrue(!d.text().contains("当前位置"), d.text());
        PageFacts meta = page("j.html", "<meta name=\"SiteName\" content=\"芜湖高新区管委会\"><meta name=\"ContentSource\" content=\"大江晚报\">",
                "<div class=position>首页 » 园区动态</div>").page();
        assertEquals("芜湖高新区管委会", meta.site());
        assertEquals("大江晚报", meta.source());
        assertEquals("首页 > 园区动态", meta.breadcrumb());
    }

    @Test
    void thePagesDateDatesTheDocumentUnlessItsMastheadDoes() throws IOException {
        TextDocument dated = TextCleaner.clean(page("k.html", "<meta name=publishdate content=2024-04-12>", ""));
        assertEquals(LocalDate.of(2024, 4, 12), dated.published());
        assertEquals("page", dated.publishedHow());
        TextDocument byUrl = TextCleaner.clean(page("t20240105_1.html", "", ""));
        assertEquals("url", byUrl.publishedHow());
        TextDocument masthead = TextCleaner.clean(page("l.html", "<meta name=publishdate content=2024-04-12>",
                "<p>焦作日报 2024年4月10日</p>"));
        assertEquals(LocalDate.of(2024, 4, 10), masthead.published());
        assertEquals("masthead", masthead.publishedHow());
        TextDocument source = TextCleaner.clean(page("m.html", "", "<div>来源：拂晓报</div>"));
        assertEquals("拂晓报", source.source());
    }

    @Test
    void textAndOtherFormatsSayNothingOfAPage() throws IOException {
        Path p = Files.writeString(dir.resolve("t20200104_1.txt"), "高新区签约项目12个。\n");
        SourceDocument d = DocumentReader.withDefaults().read(p);
        assertTrue(d.page().isEmpty());
        assertEquals(List.of(), d.warnings());
    }
}
