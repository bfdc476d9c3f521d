package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.ingest.PageFacts;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A page whose text only says 高新区 is placed by its navigation trail, its site or the paper it comes from. */
class PageEvidenceTest {

    private static final String TEXT = """
            高新区一季度签约项目12个

            记者从高新区管委会获悉，一季度该区共签约项目12个，总投资35亿元，其中智能制造项目5个。
            """;

    private final ZoneResolver zones = ZoneResolver.withDefaults();

    private static TextDocument page(PageFacts facts) {
        return TextCleaner.clean(new SourceDocument("p", Path.of("p.html"), TEXT, "html", "UTF-8", List.of(), facts));
    }

    @Test
    void withoutThePageTheTextCannotBePlaced() {
        assertNull(zones.resolve(page(PageFacts.NONE)).zone());
    }

    @Test
    void aCityDailyPlacesThePageInItsCity() {
        ZoneAttribution z = zones.resolve(page(new PageFacts(null, null, "大江晚报", null, null)));
        assertEquals("芜湖高新区", z.zone());
        assertEquals("来源大江晚报（芜湖的报纸）指向芜湖高新区", z.reason());
    }

    @Test
    void aPaperNamedAfterItsCityPlacesThePageToo() {
        ZoneAttribution z = zones.resolve(page(new PageFacts(null, null, "洛阳日报", null, null)));
        assertEquals("洛阳高新区", z.zone());
        assertTrue(z.reason().contains("来源洛阳日报"), z.reason());
    }

    @Test
    void theNavigationTrailCountsOnceAndIsNamedInTheReason() {
        ZoneAttribution z = zones.resolve(page(new PageFacts(null, null, null, "湖北 > 宜昌市 > 今日宜昌", null)));
        assertEquals("宜昌高新区", z.zone());
        assertEquals("网页导航“湖北 > 宜昌市 > 今日宜昌”指向宜昌高新区", z.reason());
        ZoneAttribution once = zones.resolve(page(new PageFacts(null, null, null, "湖北 > 宜昌市", null)));
        assertEquals(once.confidence(), z.confidence(), "naming its city twice, the trail weighs what it weighs naming it once");
    }

    @Test
    void aSiteNamedAfterTheZoneOutweighsACityInPassing() {
        String text = TEXT + "\n会上，来自南阳市的企业代表作了交流发言。\n";
        TextDocument doc = TextCleaner.clean(new SourceDocument("q", Path.of("q.html"), text, "html", "UTF-8", List.of(),
                new PageFacts(null, null, null, null, "洛阳高新区管委会")));
        ZoneAttribution z = zones.resolve(doc);
        assertEquals("洛阳高新区", z.zone());
        assertTrue(z.reason().contains("网站名称“洛阳高新区管委会”指向洛阳高新区"), z.reason());
    }

    @Test
    void theTextStillOutweighsThePage() {
        String text = "洛阳高新区举办科技成果对接会\n\n洛阳高新区签约项目12个，总投资35亿元。洛阳高新区管委会负责人介绍了情况。\n";
        TextDocument doc = TextCleaner.clean(new SourceDocument("r", Path.of("r.html"), text, "html", "UTF-8", List.of(),
                new PageFacts(null, null, "大江晚报", null, null)));
        assertEquals("洛阳高新区", zones.resolve(doc).zone());
    }
}
