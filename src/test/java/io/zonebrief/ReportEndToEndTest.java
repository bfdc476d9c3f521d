package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryContract;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the whole pipeline on the seed articles and reads every output back. */
class ReportEndToEndTest {

    @TempDir
    static Path out;

    static Summary summary;
    static List<Path> written;

    @BeforeAll
    static void report() throws Exception {
        summary = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults().withReproducible(true), Progress.NONE);
        written = Reports.write(summary, out, Reports.Templates.defaults());
    }

    private static boolean hasFigure(String doc, double value, String unit, String textPart) {
        return summary.figures().stream().anyMatch(f -> f.documentId().startsWith(doc) && f.value() == value
                && f.unit().equals(unit) && f.text().contains(textPart));
    }

    @Test
    void writesTheThreeOutputs() {
        assertEquals(List.of(out.resolve("summary.json"), out.resolve("report.xlsx"), out.resolve("briefing.pdf")), written);
        for (Path p : written) {
            assertTrue(Files.isRegularFile(p) && p.toFile().length() > 0, p.toString());
        }
        SummaryContract.assertHolds(out.resolve("summary.json"));
    }

    @Test
    void findsTheSeedsFiguresInBaseUnits() {
        assertTrue(hasFigure("001", 41, "个", "签约项目41个"));
        assertTrue(hasFigure("001", 12_900_000_000.0, "元", "总投资129亿元"));
        assertTrue(hasFigure("001", 65, "家", "65家高新技术企业"));
        assertTrue(hasFigure("001", 5_000_000, "美元", "500万美元"));
        Figure nearly = summary.figures().stream().filter(f -> f.text().contains("近10万人")).findFirst().orElseThrow();
        assertEquals("<~", nearly.qualifier().symbol());
    }

    @Test
    void reconcilesTheSameSigningSaidTwice() {
        var zone = summary.zones().stream().filter(z -> z.zone().equals("焦作高新区")).findFirst().orElseThrow();
        var signing = zone.facts().stream().filter(f -> f.unit().equals("元") && f.value() == 12_953_000_000.0).findFirst()
                .orElseThrow();
        assertTrue(signing.figureIds().size() >= 2, "129亿元 and 129.53亿元 are one fact: " + signing);
    }

    @Test
    void workbookHoldsOverviewAndEveryFigureWithItsQuote() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("report.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertTrue(wb.getSheet("概览") != null, "overview sheet");
            Sheet details = wb.getSheet("数据明细");
            assertTrue(details != null, "all-figures sheet");
            assertTrue(details.getLastRowNum() >= summary.figures().size(), "one row per figure");
            boolean quoted = false;
            for (var row : details) {
                for (var cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                            && cell.getStringCellValue().equals("签约项目41个")) {
                        quoted = true;
                    }
                }
            }
            assertTrue(quoted, "the quote 签约项目41个 is in the workbook");
        }
    }

    @Test
    void briefingHoldsChineseTextInEmbeddedFonts() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("焦作高新区"), "zone name as text");
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
        }
    }
}
