package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.text.TextCleaner;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed articles written in other encodings and formats read back to the same characters and figures. */
class SeedRoundTripTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.withDefaults();

    @Test
    void seedsInOtherEncodingsReadBackExactly() throws IOException {
        for (Path seed : Samples.seeds()) {
            String text = Samples.seed(seed);
            for (Charset cs : List.of(Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                Path p = Samples.write(dir, cs.name() + "/" + seed.getFileName(), text.getBytes(cs));
                assertEquals(text, reader.read(p).text(), p.toString());
            }
        }
    }

    @Test
    void seedsAsDocxAndHtmlKeepEveryParagraph() throws IOException {
        for (Path seed : Samples.seeds()) {
            List<String> paragraphs = Samples.paragraphs(Samples.seed(seed));
            String expected = String.join("\n\n", paragraphs) + "\n";
            Path docx = Samples.write(dir, seed.getFileName() + ".docx", Samples.docx(paragraphs, List.of()));
            assertEquals(expected, reader.read(docx).text(), docx.toString());
            StringBuilder html = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body><nav>首页</nav>");
            paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>\n"));
            html.append("<footer>版权所有</footer></body></html>");
            Path page = Samples.write(dir, seed.getFileName() + ".html", html.toString().getBytes(StandardCharsets.UTF_8));
            assertEquals(expected, reader.read(page).text(), page.toString());
        }
    }

    @Test
    void seedAsPdfKeepsEveryCharacter() throws IOException {
        String text = Samples.seed(Samples.seeds().get(0));
        Path pdf = Samples.write(dir, "seed.pdf", Samples.pdf(Samples.paragraphs(text), 36));
        assertEquals(Samples.ink(text), Samples.ink(reader.read(pdf).text()));
    }

    @Test
    void seedsStoredAsPagesMarkdownAndWordGiveTheirFigures() throws IOException {
        int total = 0;
        for (Path seed : Samples.seeds()) {
            String text = Samples.seed(seed);
            List<String> expected = figures(SourceDocument.ofText("seed", text));
            total += expected.size();
            List<String> paragraphs = Samples.paragraphs(text);
            StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"gbk\"></head><body>"
                    + "<div class=\"crumbs\">当前位置：首页 &gt; 新闻</div><div class=\"content\">");
            paragraphs.forEach(p -> page.append("<p>").append(escape(p)).append("</p>\n"));
            page.append("</div></body></html>");
            byte[] gbk = page.toString().getBytes(Charset.forName("GBK"));
            String name = seed.getFileName().toString().replace(".txt", "");
            Map<String, byte[]> forms = Map.of(
                    name + ".jsp", ("<%@ page contentType=\"text/html;charset=GBK\" %>\n").getBytes(StandardCharsets.US_ASCII),
                    name, new byte[0],
                    name + ".md", (String.join("\n\n", paragraphs) + "\n").getBytes(StandardCharsets.UTF_8),
                    name + ".docx", Samples.docx(paragraphs, List.of()));
            for (Map.Entry<String, byte[]> form : forms.entrySet()) {
                boolean isPage = !form.getKey().endsWith(".md") && !form.getKey().endsWith(".docx");
                byte[] bytes = isPage ? concat(form.getValue(), gbk) : form.getValue();
                SourceDocument d = reader.read(Samples.write(dir, "forms/" + form.getKey(), bytes));
                assertEquals(expected, figures(d), form.getKey());
            }
        }
        assertEquals(150, total, "the seeds' figures");
    }

    private static List<String> figures(SourceDocument d) {
        return FigureExtractor.extract(TextCleaner.clean(d)).stream()
                .map(f -> f.metric() + "=" + f.value() + f.unit() + "@" + f.period()).toList();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
