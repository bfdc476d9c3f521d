package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.Summary;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/** The details sheet is streamed: every row must still arrive, in order, past the in-memory window. */
class LargeSummaryTest {

    @Test
    void streamsEveryFigureToTheDetailsSheet() {
        int n = 20_000;
        List<Figure> figs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            figs.add(new Figure("d#" + i, "d", "签约项目", i, null, "个", Qualifier.EXACT, i + "个", "签约项目" + i + "个。",
                    0, 1, Period.of(2024, 1, 8), Modality.ACTUAL, SubjectKind.ZONE, null, null, null, null, "焦作高新区"));
        }
        Sheet details = Rendered.workbook(new Summary(null, List.of(), figs, List.of(), List.of())).getSheet("数据明细");
        assertEquals(n, details.getLastRowNum());
        assertEquals("d#19999", details.getRow(n).getCell(0).getStringCellValue());
        assertEquals(19_999, details.getRow(n).getCell(Column.DETAILS_VALUE.index()).getNumericCellValue());
        assertEquals(n, details.getDataValidations().get(0).getRegions().getCellRangeAddress(0).getLastRow());
    }
}
