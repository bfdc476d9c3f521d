package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.render.SampleSummaries;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReviewReaderTest {

    private final byte[] rendered = Rendered.bytes(SampleSummaries.twoZones());

    /** The rendered workbook after {@code edit}, as a reviewer would save it. */
    private byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook wb = Rendered.open(rendered)) {
            edit.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void review(XSSFWorkbook wb, String figureId, String choice, Object correction) {
        Sheet s = wb.getSheet("数据明细");
        int row = Rendered.rowWith(s, 0, figureId);
        int col = Rendered.column(s, 0, "审核");
        if (choice != null) {
            s.getRow(row).createCell(col).setCellValue(choice);
        }
        if (correction instanceof Double d) {
            s.getRow(row).createCell(col + 1).setCellValue(d);
        } else if (correction != null) {
            s.getRow(row).createCell(col + 1).setCellValue(correction.toString());
        }
    }

    private static Map<String, ReviewDecision> read(byte[] bytes) throws IOException {
        return ReviewReader.read(new ByteArrayInputStream(bytes), "zones.xlsx");
    }

    @Test
    void untouchedWorkbookHasNoDecisions() throws IOException {
        assertTrue(read(rendered).isEmpty());
    }

    @Test
    void readsDecisionsByFigureId() throws IOException {
        Map<String, ReviewDecision> d = read(edited(wb -> {
            review(wb, "001_sample#1", "保留", null);
            review(wb, "001_sample#2", "修改", 13_000_000_000.0);
            review(wb, "003_sample#4", "删除", null);
            review(wb, "001_sample#5", null, "约500万美元");
        }));
        assertEquals(4, d.size());
        assertEquals(ReviewDecision.Action.KEEP, d.get("001_sample#1").action());
        assertEquals(ReviewDecision.Action.MODIFY, d.get("001_sample#2").action());
        assertEquals(13_000_000_000.0, d.get("001_sample#2").correctedValue());
        assertEquals(ReviewDecision.Action.DELETE, d.get("003_sample#4").action());
        assertEquals(ReviewDecision.Action.MODIFY, d.get("001_sample#5").action());
        assertEquals("约500万美元", d.get("001_sample#5").correction());
        assertNull(d.get("001_sample#5").correctedValue());
    }

    @Test
    void unknownChoiceNamesTheCell() throws IOException {
        byte[] bytes = edited(wb -> review(wb, "001_sample#1", "maybe", null));
        IOException e = assertThrows(IOException.class, () -> read(bytes));
        assertEquals("zones.xlsx: '数据明细'!W2 (审核): must be one of 保留/修改/删除 but was \"maybe\";"
                + " the row is left as it was", e.getMessage());
    }

    @Test
    void renamedReviewColumnIsRefused() throws IOException {
        byte[] bytes = edited(wb -> {
            Sheet s = wb.getSheet("数据明细");
            // a fresh cell: POI keeps an inline string's old text when only its value is set
            s.getRow(0).createCell(Rendered.column(s, 0, "审核")).setCellValue("Review");
        });
        IOException e = assertThrows(IOException.class, () -> read(bytes));
        assertEquals("zones.xlsx: sheet '数据明细' has no column \"审核\" in its header row", e.getMessage());
    }

    @Test
    void workbookFromAnotherToolIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook other = new XSSFWorkbook()) {
            other.createSheet("数据明细").createRow(0).createCell(0).setCellValue("编号");
            other.write(out);
        }
        IOException e = assertThrows(IOException.class, () -> read(out.toByteArray()));
        assertEquals("zones.xlsx: not a workbook written by ZoneBrief (no ZoneBrief.workbook property)",
                e.getMessage());
        IOException notXlsx = assertThrows(IOException.class, () -> read("plain text".getBytes()));
        assertTrue(notXlsx.getMessage().startsWith("zones.xlsx: not an Excel .xlsx workbook"), notXlsx.getMessage());
    }
}
