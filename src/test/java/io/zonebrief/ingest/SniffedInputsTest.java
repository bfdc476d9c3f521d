package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder as sites and offices leave it: files are read by what they hold, the rest skipped saying what it is. */
class SniffedInputsTest {

    @TempDir
    Path dir;

    @Test
    void filesAreChosenByContentAndSkipsSayWhatTheFileIs() throws IOException {
        byte[] page = ("<!DOCTYPE html><html><body><p>" + Samples.SHORT + "</p></body></html>").getBytes(StandardCharsets.UTF_8);
        Samples.write(dir, "index", page);
        Samples.write(dir, "detail.action", page);
        Samples.write(dir, "page.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + Samples.SHORT + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        Samples.write(dir, "notes.text1", Samples.ARTICLE.getBytes(StandardCharsets.UTF_8));
        Samples.write(dir, "logo.gif", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        Samples.write(dir, "data.dat", "{\"a\": 1}".getBytes(StandardCharsets.UTF_8));
        Samples.write(dir, "config.yaml", "title: 高新区".getBytes(StandardCharsets.UTF_8));
        Samples.write(dir, "feed.xml", "<?xml version=\"1.0\"?><rss><item>高新区</item></rss>".getBytes(StandardCharsets.UTF_8));
        Samples.write(dir, "archive.bin", Samples.docx(List.of(Samples.SHORT), List.of()));
        Samples.write(dir, "report.xlsx", ownWorkbook());
        InputFinder.Found found = InputFinder.find(List.of(dir));
        assertEquals(List.of("archive.bin", "detail.action", "index", "notes.text1", "page.xml"),
                found.files().stream().map(p -> p.getFileName().toString()).sorted().toList());
        Map<String, String> why = new TreeMap<>();
        found.skipped().forEach(p -> why.put(p.getFileName().toString(), found.whySkipped(p)));
        assertEquals(Map.of(
                "config.yaml", "not an article format: YAML settings",
                "data.dat", "not an article format: JSON data",
                "feed.xml", "not an article format: XML data",
                "logo.gif", "not an article format: an image (GIF)",
                "report.xlsx", "not an article format: a report workbook ZoneBrief wrote, not an article"), why);
        DocumentReader reader = DocumentReader.withDefaults();
        for (Path f : found.files()) {
            SourceDocument d = reader.read(f);
            assertEquals(f.getFileName().toString().startsWith("notes") ? Samples.ARTICLE : Samples.SHORT + "\n",
                    d.text(), f.toString());
        }
        assertEquals("docx", reader.read(dir.resolve("archive.bin")).format());
        assertEquals("html", reader.read(dir.resolve("page.xml")).format());
    }

    /** A workbook marked as the render stage marks its report. */
    private static byte[] ownWorkbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("数据明细").createRow(0).createCell(0).setCellValue("数值");
            book.getProperties().getCustomProperties().addProperty("ZoneBrief.runId", "r1");
            book.write(out);
            return out.toByteArray();
        }
    }
}
