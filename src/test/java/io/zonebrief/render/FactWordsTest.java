package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.UnitSummary;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactWordsTest {

    @Test
    void saysWhenAFlowAStockOrAFigureWithoutPeriodHolds() {
        assertEquals("2024年1—8月", FactWords.when(PeriodKind.FLOW, Period.of(2024, 1, 8), null, "时期未注明"));
        assertEquals("时期未注明", FactWords.when(PeriodKind.FLOW, null, null, "时期未注明"));
        assertEquals("截至2024年10月", FactWords.when(PeriodKind.STOCK, Period.month(2024, 10), YearMonth.of(2024, 10), ""));
        assertEquals("截至2024年6月", FactWords.when(PeriodKind.STOCK, Period.month(2024, 6), null, ""),
                "a stock without as_of stands as of its period's end");
        assertEquals("时点未注明", FactWords.when(PeriodKind.STOCK, null, null, "时期未注明"));
        assertEquals("—", FactWords.when(PeriodKind.NONE, Period.year(2024), null, "时期未注明"));
    }

    @Test
    void namesAUnitByKindAndName() {
        assertEquals("园区：科技产业综合体", FactWords.unitName(new UnitSummary(SubjectKind.PARK, "科技产业综合体", List.of())));
        assertEquals("项目（未具名）", FactWords.unitName(new UnitSummary(SubjectKind.PROJECT, null, List.of())));
    }

    @Test
    void namesEveryNatureAndKindOfTimeInChinese() {
        assertEquals("实际 目标 计划 规模 拟签约/在谈 洽谈/意向 预计 政策标准 未明", String.join(" ",
                java.util.Arrays.stream(Nature.values()).map(FactWords::nature).toList()));
        assertEquals("期间 时点 无", String.join(" ",
                java.util.Arrays.stream(PeriodKind.values()).map(FactWords::periodKind).toList()));
    }
}
