package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad byte no longer rejects a whole article; many are read only with --lenient (issue 16, case 9). */
class LenientDecodingTest {

    private static final String LINE = "2024年9月30日，洛阳高新区共签约项目18个，总投资56亿元，其中先进制造项目11个。\n";

    @TempDir
    Path tmp;

    private Path withBadBytes(int bad) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) {
            b.write(LINE.getBytes(StandardCharsets.UTF_8));
            if (i < bad) {
                b.write(0xFF);
            }
        }
        return Files.write(tmp.resolve("article.txt"), b.toByteArray());
    }

    @Test
    void aStrayBadByteIsReplacedWithAWarningNamingItsOffset() throws Exception {
        Path f = withBadBytes(1);
        SourceDocument d = DocumentReader.withDefaults().read(f);
        assertEquals("UTF-8", d.charset());
        assertTrue(d.text().contains("洛阳高新区共签约项目18个") && d.text().contains("\uFFFD"), d.text());
        int offset = LINE.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(List.of(String.format("1 undecodable byte sequence in UTF-8 replaced with \uFFFD (first at byte %,d)",
                offset)), d.warnings());
    }

    @Test
    void manyBadBytesAreRefusedUnlessLenientIsAsked() throws Exception {
        Path f = withBadBytes(30);
        IngestException e = assertThrows(IngestException.class, () -> DocumentReader.withDefaults().read(f));
        assertTrue(e.getMessage().endsWith("--lenient)"), e.getMessage());
        SourceDocument d = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, null, true).read(f);
        assertEquals(List.of(String.format("30 undecodable byte sequences in UTF-8 replaced with \uFFFD (first at byte %,d)",
                LINE.getBytes(StandardCharsets.UTF_8).length)), d.warnings());
    }

    @Test
    void aForcedCharsetReadsLenientlyToo() throws Exception {
        Path f = withBadBytes(30);
        IngestException e = assertThrows(IngestException.class,
                () -> new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, StandardCharsets.UTF_8, false).read(f));
        assertTrue(e.getMessage().contains("bytes are not valid UTF-8 (as named with --encoding): 30 bad"), e.getMessage());
        SourceDocument d = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, StandardCharsets.UTF_8, true).read(f);
        assertEquals(1, d.warnings().size());
    }
}
