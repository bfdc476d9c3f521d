package io.zonebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --period selects what the briefing reports, and a wrong one is a usage error naming the option. */
class PeriodOptionTest {

    private static final String ARTICLE = "2024年10月15日\n\n2023年1—6月，洛阳高新区签约项目12个。\n"
            + "2024年1—9月，洛阳高新区签约项目31个。\n";

    @TempDir
    Path tmp;

    @Test
    void selectsTheMonthsOfTheBriefing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        StringWriter err = new StringWriter();
        Path out = tmp.resolve("out");
        assertEquals(0, CliRunner.run(err, "report", "-q", "--period", "2024-01..2024-09", in.toString(), "-o",
                out.toString()), err.toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(out.resolve("briefing.pdf").toFile())) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
        String body = text.substring(0, text.lastIndexOf("附录一"));
        assertTrue(body.contains("签约项目31个"), body);
        assertFalse(body.contains("签约项目12个"), body);
        assertTrue(body.contains("数据截至2024年9月"), body);
    }

    @Test
    void aWrongPeriodIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, CliRunner.run(err, "report", "--period", "Q3", tmp.toString(), "-o", tmp.resolve("o").toString()));
        assertTrue(err.toString().contains("--period") && err.toString().contains("'Q3'"), err.toString());
    }
}
