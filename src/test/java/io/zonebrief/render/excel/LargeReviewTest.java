package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Summary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review columns of a large details sheet are read by streaming: decisions at the top, middle
 * and bottom of 20,000 rows all come back, from a stream and from a file.
 */
class LargeReviewTest {

    private static final int FIGURES = 20_000;

    private static Summary summary() {
        List<Figure> figs = new ArrayList<>(FIGURES);
        for (int i = 0; i < FIGURES; i++) {
            figs.add(new Figure("d#" + i, "d", "签约项目", i, null, "个", Qualifier.EXACT, i + "个", "签约项目" + i + "个。",
                    0, 1, Period.of(2024, 1, 8), Modality.ACTUAL, SubjectKind.ZONE, null, null, null, null, "焦作高新区"));
        }
        return new Summary(null, List.of(), figs, List.of(), List.of());
    }

    /** The rendered workbook with three rows reviewed, saved as a spreadsheet program would. */
    private static byte[] reviewed() throws IOException {
        try (XSSFWorkbook wb = Rendered.open(Rendered.bytes(summary()))) {
            Sheet s = wb.getSheet("数据明细");
            int review = Rendered.column(s, 0, "审核");
            s.getRow(1).createCell(review).setCellValue("保留");
            s.getRow(FIGURES / 2).createCell(review).setCellValue("删除");
            s.getRow(FIGURES).createCell(review).setCellValue("修改");
            s.getRow(FIGURES).createCell(review + 1).setCellValue(20_000.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsDecisionsFromTwentyThousandRows(@TempDir Path dir) throws IOException {
        byte[] bytes = reviewed();
        Map<String, ReviewDecision> fromStream = ReviewReader.read(new ByteArrayInputStream(bytes), "large.xlsx");
        assertEquals(List.of("d#0", "d#" + (FIGURES / 2 - 1), "d#" + (FIGURES - 1)), List.copyOf(fromStream.keySet()));
        assertEquals(ReviewDecision.Action.KEEP, fromStream.get("d#0").action());
        assertNull(fromStream.get("d#0").correction());
        assertEquals(ReviewDecision.Action.DELETE, fromStream.get("d#" + (FIGURES / 2 - 1)).action());
        ReviewDecision last = fromStream.get("d#" + (FIGURES - 1));
        assertEquals(ReviewDecision.Action.MODIFY, last.action());
        assertEquals(20_000.5, last.correctedValue());

        Path file = Files.write(dir.resolve("large.xlsx"), bytes);
        assertEquals(fromStream, ReviewReader.read(file));
    }

    @Test
    void untouchedLargeWorkbookHasNoDecisions() throws IOException {
        byte[] bytes = Rendered.bytes(summary());
        assertTrue(ReviewReader.read(new ByteArrayInputStream(bytes), "large.xlsx").isEmpty());
    }
}
