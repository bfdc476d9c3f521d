package io.zonebrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Sheets of figures (.xlsx, .csv) as input: every sheet's rows in order. A sheet of indicators, with
 * columns such as 指标, 数值, 单位 and 时期, is written out one indicator a sentence (2023年，营业收入为120亿元。),
 * the way an article states it; any other sheet is a table ({@link IndicatorSheet}).
 */
final class SheetFormat implements FormatReader {

    private final TextDecoder decoder;

    SheetFormat(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        Paragraphs out = new Paragraphs();
        String format;
        String charset = null;
        List<String> warnings = List.of();
        if (Sniff.starts(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            format = "xlsx";
            ZipGuard.check(file, bytes);
            readWorkbook(file, bytes, out);
        } else {
            format = "csv";
            TextDecoder.Decoded d = decoder.decode(file, bytes);
            charset = d.charset().name();
            warnings = d.warnings();
            IndicatorSheet.write(csvRows(file, d.text()), out);
        }
        if (out.isEmpty()) {
            throw new IngestException(file, "the sheet holds no text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, out.text(), format, charset, warnings);
    }

    private static void readWorkbook(Path file, byte[] bytes, Paragraphs out) throws IngestException {
        DataFormatter cells = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> values = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null ? "" : cells.formatCellValue(cell));
                    }
                    rows.add(values);
                }
                if (!sheet.getSheetName().matches("(?i)sheet\\d*")) {
                    out.paragraph(sheet.getSheetName());
                }
                IndicatorSheet.write(rows, out);
            }
        } catch (EncryptedDocumentException e) {
            throw new IngestException(file, "password-protected workbook (remove the password and save again)");
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, "corrupt .xlsx (" + Failure.describe(e) + ")", e);
        }
    }

    private static List<List<String>> csvRows(Path file, String text) throws IngestException {
        char delimiter = text.lines().findFirst().orElse("").indexOf('\t') >= 0 ? '\t' : ',';
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(new StringReader(text))) {
                rows.add(r.toList());
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, "malformed CSV (" + Failure.describe(e) + ")", e);
        }
        return rows;
    }
}
