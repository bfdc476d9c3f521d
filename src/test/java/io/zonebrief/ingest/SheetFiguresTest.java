package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.text.TextCleaner;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sheets of indicators (.xlsx, .csv) read as the sentences an article would state them in. */
class SheetFiguresTest {

    private static final List<List<Object>> INDICATORS = List.of(
            List.of("时期", "指标", "数值", "单位"),
            List.of(2023, "营业收入", 120.5, "亿元"),
            List.of("2023年1-6月", "新增高新技术企业", 85, "家"),
            List.of(2023, "研发投入强度", 4.2, "%"));

    @TempDir
    Path dir;

    private static byte[] xlsx(String sheetName, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private List<String> figures(String name, byte[] bytes) throws IOException {
        SourceDocument d = DocumentReader.withDefaults().read(Samples.write(dir, name, bytes));
        return FigureExtractor.extract(TextCleaner.clean(d)).stream().map(SheetFiguresTest::show).toList();
    }

    /** Value, unit and period: what a sheet states outright, whatever words the extractor picks for the label. */
    private static String show(Figure f) {
        return BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString() + f.unit()
                + (f.period() == null ? "" : "@" + f.period().from() + ".." + f.period().to());
    }

    private List<String> labels(String name, byte[] bytes) throws IOException {
        SourceDocument d = DocumentReader.withDefaults().read(Samples.write(dir, name, bytes));
        return FigureExtractor.extract(TextCleaner.clean(d)).stream().map(Figure::metric).toList();
    }

    @Test
    void anIndicatorSheetGivesEachIndicatorWithItsUnitAndPeriod() throws IOException {
        List<String> expected = List.of("12050000000元@2023-01..2023-12", "85家@2023-01..2023-06", "4.2%@2023-01..2023-12");
        byte[] book = xlsx("Sheet1", INDICATORS);
        assertEquals(expected, figures("indicators.xlsx", book));
        assertEquals("营业收入", labels("indicators.xlsx", book).get(0));
        StringBuilder csv = new StringBuilder();
        INDICATORS.forEach(r -> csv.append(String.join(",", r.stream().map(String::valueOf).toList())).append("\r\n"));
        assertEquals(expected, figures("indicators.csv", csv.toString().getBytes(Charset.forName("GB18030"))));
    }

    @Test
    void anyOtherSheetIsATableWhoseHeaderGivesTheUnit() throws IOException {
        byte[] book = xlsx("园区主要经济指标", List.of(
                List.of("园区", "营业收入（亿元）", "企业数（家）"),
                List.of("电子信息产业园", 56.3, 120)));
        // the label comes from the row (电子信息产业园), not yet from the column header: extract's labeller reads rows
        assertEquals(List.of("5630000000元", "120家"), figures("parks.xlsx", book));
    }
}
