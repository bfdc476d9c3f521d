package io.zonebrief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryJson;
import org.junit.jupiter.api.Test;

/** The API for callers that hold an article as a string. */
class ZoneBriefTest {

    @Test
    void analysesATextHeldInMemory() throws Exception {
        Summary s = ZoneBrief.analyze("memo", "2024年7月10日 星期三\n\n上半年,洛阳高新区新签约项目15个,总投资42.6亿元。\n",
                RunOptions.defaults().withReproducible(true));
        assertEquals(2, s.figures().size());
        Figure money = s.figures().get(1);
        assertEquals(4_260_000_000.0, money.value());
        assertEquals("洛阳高新区", money.zone());
        assertEquals("2024-01..2024-06", money.period().toString());
        assertTrue(SummaryJson.toJson(s).contains("\"generated_at\" : null"), "reproducible runs carry no time");
    }

    @Test
    void zoneOptionAttributesEveryFigure() throws Exception {
        Summary s = ZoneBrief.analyze("memo", "高新区新签约项目15个。", RunOptions.defaults().withZone("许昌高新区"));
        assertEquals("许昌高新区", s.figures().get(0).zone());
        assertEquals("命令行 --zone 指定", s.documents().get(0).zoneReason());
    }
}
