package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void readsCsvAndFindsEntriesByNameAndPath() throws IOException {
        Path m = write("zonebrief-manifest.csv", """
                file,published,source,zone,title
                a.txt,2026-03-13,宿州日报,宿州高新区,高新区举行2026年春季义务植树活动
                2024/b.docx,2024年1月5日,郑州日报,郑州高新区,
                c.pdf,2024/4/12,,,"一季度经济运行稳中有进, 好于预期"
                """, StandardCharsets.UTF_8);
        Manifest manifest = Manifest.load(m);
        assertEquals(3, manifest.entries().size());
        assertEquals(Optional.of(new Manifest.Entry("a.txt", LocalDate.of(2026, 3, 13), "宿州日报", "宿州高新区",
                "高新区举行2026年春季义务植树活动")), manifest.find(dir.resolve("a.txt")));
        assertEquals(LocalDate.of(2024, 1, 5), manifest.find(dir.resolve("2024/b.docx")).orElseThrow().published());
        assertEquals(Optional.empty(), manifest.find(dir.resolve("other/b.docx")));
        Manifest.Entry c = manifest.find(dir.resolve("deeper/c.pdf")).orElseThrow();
        assertEquals("一季度经济运行稳中有进, 好于预期", c.title());
        assertEquals(null, c.source());
    }

    @Test
    void readsExcelStyleGb18030CsvWithChineseHeaders() throws IOException {
        Path m = write("zonebrief-manifest.csv", "文件,发布日期,来源,高新区,标题\r\n"
                + "a.txt,2024.10.1,许昌日报,许昌高新区,攀“高”不止步\r\n", Charset.forName("GB18030"));
        Manifest.Entry e = Manifest.load(m).find(Path.of("a.txt")).orElseThrow();
        assertEquals(new Manifest.Entry("a.txt", LocalDate.of(2024, 10, 1), "许昌日报", "许昌高新区", "攀“高”不止步"), e);
    }

    @Test
    void readsJson() throws IOException {
        Path m = write("zonebrief-manifest.json", """
                [
                  {"file": "a.txt", "published": "2026-03-13", "source": "宿州日报"},
                  {"file": "sub/b.html", "zone": "郑州高新区", "title": null}
                ]
                """, StandardCharsets.UTF_8);
        Manifest manifest = Manifest.load(m);
        assertEquals("宿州日报", manifest.find(dir.resolve("a.txt")).orElseThrow().source());
        assertEquals("郑州高新区", manifest.find(dir.resolve("sub/b.html")).orElseThrow().zone());
    }

    static Stream<Arguments> csvErrors() {
        return Stream.of(
                Arguments.of("file,published\na.txt,2024-13-01", "line 2: published \"2024-13-01\" is not a date"),
                Arguments.of("file,published\na.txt,yesterday", "line 2: published \"yesterday\" is not a date"),
                Arguments.of("file,date\n\na.txt,2024-01-01\na.txt,", "line 4: file \"a.txt\" is already listed on line 3"),
                Arguments.of("file,titel\na.txt,x", "line 1: unknown column \"titel\""),
                Arguments.of("published,title\n2024-01-01,x", "line 1: the header has no file column"),
                Arguments.of("file,title\na.txt,x,y", "line 2: more values than columns"),
                Arguments.of("file,title\n,x", "line 2: no file named"),
                Arguments.of("file,title\na.txt,\"unclosed", "not valid CSV"));
    }

    @ParameterizedTest
    @MethodSource("csvErrors")
    void csvErrorsNameTheFileAndLine(String csv, String expected) throws IOException {
        Path m = write("zonebrief-manifest.csv", csv.strip(), StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> Manifest.load(m));
        assertTrue(e.getMessage().startsWith(m + ": " + expected), e.getMessage());
    }

    @Test
    void jsonErrorsNameTheFileAndLine() throws IOException {
        Path m = write("zonebrief-manifest.json", "[\n {\"file\": \"a.txt\"},\n {\"file\": \"b.txt\", \"when\": 1}\n]",
                StandardCharsets.UTF_8);
        IngestException e = assertThrows(IngestException.class, () -> Manifest.load(m));
        assertEquals(m + ": line 3: unknown column \"when\" (columns: file, published, source, zone, title)",
                e.getMessage());
        Path broken = write("x.json", "[\n {\"file\": \"a.txt\",\n", StandardCharsets.UTF_8);
        IngestException e2 = assertThrows(IngestException.class, () -> Manifest.load(broken));
        assertTrue(e2.getMessage().startsWith(broken + ": line 3: not valid JSON"), e2.getMessage());
    }

    @Test
    void inputFinderSetsManifestsApartAndSkipsLockFiles() throws IOException {
        write("a.txt", "高新区", StandardCharsets.UTF_8);
        write("b.docx", "", StandardCharsets.UTF_8);
        write("~$b.docx", "lock", StandardCharsets.UTF_8);
        write("notes.png", "", StandardCharsets.UTF_8);
        Path m = write("zonebrief-manifest.csv", "file\na.txt\n", StandardCharsets.UTF_8);
        InputFinder.Found found = InputFinder.find(List.of(dir));
        assertEquals(List.of(dir.resolve("a.txt"), dir.resolve("b.docx")), found.files());
        assertEquals(List.of(dir.resolve("notes.png")), found.skipped());
        assertEquals(List.of(m), found.manifests());
        assertTrue(Manifest.loadAll(found.manifests()).find(dir.resolve("a.txt")).isPresent());
        assertTrue(Manifest.empty().with(Manifest.load(m)).find(dir.resolve("a.txt")).isPresent());
    }

    private Path write(String name, String text, Charset cs) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, cs);
    }
}
