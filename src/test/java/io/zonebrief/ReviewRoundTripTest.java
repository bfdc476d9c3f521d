package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.summary.ReviewChange;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryContract;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst marks up the workbook; the next run applies the marks, and the run after that again. */
class ReviewRoundTripTest {

    @TempDir
    Path tmp;

    private static final String ARTICLE = "2024年9月30日 星期一\n\n9月28日,洛阳高新区举行集中签约仪式,共签约项目18个,"
            + "总投资56亿元,其中先进制造项目11个。\n\n当天,园区新增科技型中小企业12家。\n";

    private Summary report(Path in, Path out, Path review) throws IOException {
        RunOptions o = RunOptions.defaults().withReproducible(true).withReview(review);
        Summary s = ZoneBrief.analyze(List.of(in), o, Progress.NONE);
        Reports.write(s, out, Reports.Templates.defaults());
        return s;
    }

    /** Sets 审核 and 修正值 on the 数据明细 row of a figure, as an analyst would in Excel. */
    static void mark(Path xlsx, Map<String, String[]> marks) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(xlsx)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet sheet = wb.getSheet("数据明细");
        Map<String, Integer> col = new HashMap<>();
        for (Cell c : sheet.getRow(0)) {
            col.put(c.getStringCellValue(), c.getColumnIndex());
        }
        for (Row row : sheet) {
            Cell id = row.getCell(col.get("编号"));
            String[] m = id == null ? null : marks.get(id.getStringCellValue());
            if (m != null) {
                row.createCell(col.get("审核")).setCellValue(m[0]);
                if (m.length > 1) {
                    row.createCell(col.get("修正值")).setCellValue(m[1]);
                }
            }
        }
        try (OutputStream out = Files.newOutputStream(xlsx)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void appliesDeletionsAndCorrectionsAndAppliesThemAgainNextRun() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        Summary first = report(in, tmp.resolve("out1"), null);
        Figure money = first.figures().stream().filter(f -> f.unit().equals("元")).findFirst().orElseThrow();
        Figure sme = first.figures().stream().filter(f -> f.metric().contains("科技型中小企业")).findFirst().orElseThrow();
        Path edited = tmp.resolve("edited.xlsx");
        Files.copy(tmp.resolve("out1/report.xlsx"), edited);
        mark(edited, Map.of(money.id(), new String[] {"修改", "56.3亿元"}, sme.id(), new String[] {"删除"}));

        Summary second = report(in, tmp.resolve("out2"), edited);
        assertEquals(5_630_000_000.0, second.expectFigure(money.id()).value());
        assertFalse(second.findFigure(sme.id()).isPresent(), "deleted figure is gone");
        assertEquals(List.of("modify", "delete").stream().sorted().toList(),
                second.reviews().stream().map(ReviewChange::action).sorted().toList());
        assertTrue(Files.readString(tmp.resolve("out2/summary.json")).contains("\"reviews\""));
        SummaryContract.assertHolds(tmp.resolve("out2/summary.json"));

        Summary third = report(in, tmp.resolve("out3"), edited);
        assertEquals(second.figures(), third.figures(), "the same workbook gives the same result again");
    }

    @Test
    void aCorrectionThatIsNoValueIsRefusedNamingTheCellWhileTheOtherDecisionsApply() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        Summary first = report(in, tmp.resolve("out1"), null);
        Figure bad = first.figures().get(0);
        Figure gone = first.figures().get(1);
        Path edited = tmp.resolve("edited.xlsx");
        Files.copy(tmp.resolve("out1/report.xlsx"), edited);
        mark(edited, Map.of(bad.id(), new String[] {"修改", "很多"}, gone.id(), new String[] {"删除"}));
        Summary second = report(in, tmp.resolve("out2"), edited);
        assertEquals(bad.value(), second.expectFigure(bad.id()).value(), "the unreadable value is left alone");
        assertFalse(second.findFigure(gone.id()).isPresent(), "the other decision still applies");
        List<String> problems = second.problems().stream().map(p -> p.message()).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).matches("'数据明细'!X\\d+ \\(修正值\\): figure " + Pattern.quote(bad.id())
                + " is marked 修改 but its 修正值 '很多' is not a value in .*"), problems.get(0));
    }

    @Test
    void aWorkbookFromAnotherToolIsRefused() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("luoyang.txt"), ARTICLE);
        Path other = tmp.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(other)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("hello");
            wb.write(out);
        }
        IOException e = assertThrows(IOException.class, () -> report(in, tmp.resolve("out"), other));
        assertTrue(e.getMessage().contains("other.xlsx"), e.getMessage());
    }

    @Test
    void aDeletionInOneOfTwoSameNamedFilesRemovesOnlyThatFigure() throws Exception {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(a.resolve("luoyang.txt"), ARTICLE);
        Files.writeString(b.resolve("luoyang.txt"), ARTICLE);
        RunOptions o = RunOptions.defaults().withReproducible(true);
        Summary first = ZoneBrief.analyze(List.of(a, b), o, Progress.NONE);
        Reports.write(first, tmp.resolve("out1"), Reports.Templates.defaults());
        Figure inA = first.figures().get(0);
        Path edited = tmp.resolve("edited.xlsx");
        Files.copy(tmp.resolve("out1/report.xlsx"), edited);
        mark(edited, Map.of(inA.id(), new String[] {"删除"}));
        Summary second = ZoneBrief.analyze(List.of(a, b), o.withReview(edited), Progress.NONE);
        assertEquals(first.figures().size() - 1, second.figures().size(), "one 删除 removes one figure, not one per copy");
        assertFalse(second.findFigure(inA.id()).isPresent());
    }
}
