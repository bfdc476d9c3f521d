package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Random and damaged files: reading either succeeds or throws IngestException, never anything else. */
class HostileBytesTest {

    private static final List<String> EXTENSIONS = List.of("txt", "html", "docx", "pdf");

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.withDefaults();

    @Test
    void randomBytesInEveryFormat() throws IOException {
        Random random = new Random(20260312);
        for (int i = 0; i < 200; i++) {
            byte[] b = new byte[1 + random.nextInt(i < 100 ? 64 : 4096)];
            random.nextBytes(b);
            if (i % 3 == 0) {
                // Mostly-valid headers reach deeper into the parsers.
                byte[] head = (i % 2 == 0 ? "PK\u0003\u0004" : "%PDF-1.4\n").getBytes(StandardCharsets.ISO_8859_1);
                System.arraycopy(head, 0, b, 0, Math.min(head.length, b.length));
            }
            check("random" + i + "." + EXTENSIONS.get(i % EXTENSIONS.size()), b);
        }
    }

    @Test
    void truncatedAndBitFlippedDocxAndPdf() throws IOException {
        List<String> paragraphs = Samples.paragraphs(Samples.ARTICLE);
        mutate("docx", Samples.docx(paragraphs, List.of(List.of("苗木", "500余株"))), new Random(7));
        mutate("pdf", Samples.pdf(paragraphs, 30), new Random(11));
    }

    @Test
    void mutatedChineseText() throws IOException {
        byte[] gbk = Samples.ARTICLE.getBytes(Charset.forName("GB18030"));
        mutate("txt", gbk, new Random(13));
        mutate("html", ("<p>" + Samples.ARTICLE + "</p>").getBytes(StandardCharsets.UTF_16LE), new Random(17));
    }

    private void mutate(String ext, byte[] valid, Random random) throws IOException {
        for (int i = 0; i < 25; i++) {
            int cut = random.nextInt(valid.length);
            check("cut" + i + "." + ext, Arrays.copyOf(valid, cut));
            byte[] flipped = valid.clone();
            for (int k = 0; k <= i % 5; k++) {
                int at = random.nextInt(flipped.length);
                flipped[at] ^= (byte) (1 << random.nextInt(8));
            }
            check("flip" + i + "." + ext, flipped);
        }
    }

    private void check(String name, byte[] bytes) throws IOException {
        Path p = Files.write(dir.resolve(name), bytes);
        try {
            SourceDocument d = reader.read(p);
            assertTrue(!d.text().isBlank(), name);
        } catch (IngestException e) {
            String m = e.getMessage();
            assertTrue(m.startsWith(p + ": ") && m.lines().count() == 1, m);
        } catch (Throwable t) {
            fail(name + " threw " + t, t);
        }
    }
}
