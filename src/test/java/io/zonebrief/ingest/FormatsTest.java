package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatsTest {

    private static final String NOISY_PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="gbk"><title>高新区新闻_某某网</title>
            <style>p { color: red }</style><script>var 导航 = "脚本里的中文不要";</script></head>
            <body>
            <header><div class="logo">某某日报网站首页</div></header>
            <nav><a href="/">首页</a><a href="/news">高新区要闻</a><a href="/zw">政务公开栏目</a></nav>
            <div class="crumbs">当前位置：首页 &gt; 新闻</div>
            <h1>高新区举行春季义务植树活动</h1>
            <div id="content">
              <p>本报讯（记者付凯明）3月12日下午，高新区在宁郭镇大驾村举行
                 2026年春季义务植树活动。</p>
              <p>经过一番辛勤劳作，500余株新栽苗木迎风挺立，为高新区增添了一抹新绿。</p>
              <table><tr><td>项目</td><td>数量</td></tr><tr><td>苗木</td><td>500余株</td></tr></table>
            </div>
            <div class="sidebar"><p>热门文章：高新区召开工作会议部署全年任务</p></div>
            <footer><p>版权所有 某某日报社 备案号12345678</p></footer>
            <script>document.write("更多脚本文字")</script>
            </body></html>
            """;

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.withDefaults();

    @Test
    void readsDocxParagraphsInOrderAndTablesAsLines() throws IOException {
        List<String> paragraphs = Samples.paragraphs(Samples.ARTICLE);
        byte[] docx = Samples.docx(paragraphs, List.of(List.of("指标", "数值"), List.of("苗木", "500余株")));
        SourceDocument d = reader.read(Samples.write(dir, "a.docx", docx));
        assertEquals(String.join("\n\n", paragraphs) + "\n\n指标\t数值\n苗木\t500余株\n", d.text());
        assertEquals("docx", d.format());
        assertNull(d.charset());
        assertEquals("a", d.id());
    }

    @Test
    void readsTheArticleBodyOfANoisyPage() throws IOException {
        byte[] html = NOISY_PAGE.getBytes(Charset.forName("GBK"));
        SourceDocument d = reader.read(Samples.write(dir, "page.html", html));
        assertEquals("""
                高新区举行春季义务植树活动

                本报讯（记者付凯明）3月12日下午，高新区在宁郭镇大驾村举行2026年春季义务植树活动。

                经过一番辛勤劳作，500余株新栽苗木迎风挺立，为高新区增添了一抹新绿。

                项目\t数量
                苗木\t500余株
                """, d.text());
        assertEquals("GB18030", d.charset());
        assertEquals("html", d.format());
    }

    @Test
    void prefersTheArticleElement() throws IOException {
        String page = "<html><body><div class=list><p>其他新闻标题一则内容很多很多很多很多很多很多很多很多</p>"
                + "<p>其他新闻标题二则内容很多很多很多很多很多很多很多很多很多</p></div>"
                + "<article><header><h1>高新区签约</h1></header><div><p>" + Samples.SHORT + "</p></div>"
                + "<footer>责任编辑：王某</footer></article></body></html>";
        SourceDocument d = reader.read(Samples.write(dir, "a.htm", page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("高新区签约\n\n" + Samples.SHORT + "\n\n责任编辑：王某\n", d.text());
    }

    @Test
    void detectsTheCharsetOfAPageThatDeclaresNone() throws IOException {
        String page = "<html><body><p>" + Samples.TRADITIONAL.strip().replace("\n\n", "</p><p>") + "</p></body></html>";
        SourceDocument d = reader.read(Samples.write(dir, "tw.html", page.getBytes(Charset.forName("Big5"))));
        assertEquals(Samples.TRADITIONAL, d.text());
        assertEquals("Big5", d.charset());
    }

    @Test
    void readsUtf8BytesUnderAStaleGb2312Declaration() throws IOException {
        String page = "<html><head><meta charset=gb2312></head><body><p>" + Samples.SHORT + "</p></body></html>";
        SourceDocument d = reader.read(Samples.write(dir, "stale.html", page.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Samples.SHORT + "\n", d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(List.of("page declares GB18030 but its bytes are UTF-8; read as UTF-8"), d.warnings());
    }

    @Test
    void keepsTypedSpacesButDropsSourceLineBreaksInChinese() throws IOException {
        String page = "<p>本报记者 郭树勋 摄</p><p>高新区\n  举行活动 and\nmore</p>";
        SourceDocument d = reader.read(Samples.write(dir, "s.html", page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("本报记者 郭树勋 摄\n\n高新区举行活动 and more\n", d.text());
    }

    @Test
    void readsAPageWithoutParagraphElements() throws IOException {
        String page = "<html><body><div id=main>高新区签约项目12个<br>总投资35亿元</div>"
                + "<div class=footer>版权所有</div></body></html>";
        SourceDocument d = reader.read(Samples.write(dir, "br.html", page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("高新区签约项目12个\n总投资35亿元\n", d.text());
    }

    @Test
    void readsChineseFromAPdfTextLayer() throws IOException {
        List<String> paragraphs = Samples.paragraphs(Samples.ARTICLE);
        SourceDocument d = reader.read(Samples.write(dir, "a.pdf", Samples.pdf(paragraphs, 30)));
        assertEquals(Samples.ink(Samples.ARTICLE), Samples.ink(d.text()));
        assertEquals("pdf", d.format());
        assertNull(d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void warnsAboutScannedPagesInAPdfThatAlsoHasText() throws IOException {
        byte[] pdf = Samples.pdf(List.of(Samples.SHORT), 40);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.addPage(new PDPage());
            pdf = Samples.save(doc);
        }
        SourceDocument d = reader.read(Samples.write(dir, "mixed.pdf", pdf));
        assertEquals(Samples.SHORT + "\n", d.text());
        assertEquals(List.of("page 2 of 2 has no text layer (scanned?); their text is missing"), d.warnings());
    }

    @Test
    void knowsTheUsualExtensionsWithoutLookingInside() {
        for (String name : List.of("a.txt", "a.TXT", "a.md", "a.docx", "a.doc", "a.html", "a.htm", "a.jsp", "a.do",
                "a.mht", "a.rtf", "a.pdf", "a.xlsx")) {
            assertTrue(DocumentReader.supports(Path.of(name)), name);
        }
        for (String name : List.of("README", "a.png", "a.json")) {
            assertFalse(DocumentReader.supports(Path.of(name)), name);
        }
    }
}
