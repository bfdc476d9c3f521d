package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed articles written in other encodings and formats read back to the same characters. */
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

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
