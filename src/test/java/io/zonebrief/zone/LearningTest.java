package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.text.TextDocument;
import org.junit.jupiter.api.Test;

class LearningTest {

    private static final String EARLIER = """
            许昌高新区集中签约一批项目

            6月18日，许昌高新区举行项目集中签约仪式，瑞祥光电、铭远新材等企业现场签约，总投资42亿元。
            """;
    private static final String LATER = "高新区瑞祥光电二期项目日前投产，新增生产线4条。";

    @Test
    void placesALaterDocumentByAnEnterpriseSeenWithAnExplicitZone() {
        ZoneResolver zones = ZoneResolver.withDefaults();
        TextDocument earlier = ZoneResolverTest.doc("doc-a", EARLIER);
        ZoneAttribution first = zones.resolve(earlier);
        assertEquals("许昌高新区", first.zone());
        zones.learn(earlier, first);

        ZoneAttribution later = zones.resolve(ZoneResolverTest.doc("doc-b", LATER));
        assertEquals("许昌高新区", later.zone(), later.reason());
        assertTrue(later.reason().contains("企业“瑞祥光电”在文档doc-a中与许昌高新区同现"), later.reason());
    }

    @Test
    void knowsNothingWithoutTheEarlierDocument() {
        assertNull(ZoneResolver.withDefaults().resolve(ZoneResolverTest.doc("doc-b", LATER)).zone());
    }

    @Test
    void forgetsAnEnterpriseSeenWithTwoZones() {
        ZoneResolver zones = ZoneResolver.withDefaults();
        for (String text : new String[] {EARLIER, EARLIER.replace("许昌", "新乡")}) {
            TextDocument d = ZoneResolverTest.doc("x", text);
            zones.learn(d, zones.resolve(d));
        }
        assertNull(zones.resolve(ZoneResolverTest.doc("doc-b", LATER)).zone());
    }

    @Test
    void learnsNothingFromADocumentWhoseZoneWasInferred() {
        ZoneResolver zones = ZoneResolver.withDefaults();
        TextDocument inferred = ZoneResolverTest.doc("doc-c", "高新区在宁郭镇召开会议，瑞祥光电、铭远新材等企业参加。");
        ZoneAttribution z = zones.resolve(inferred);
        assertEquals("焦作高新区", z.zone());
        zones.learn(inferred, z);
        assertNull(zones.resolve(ZoneResolverTest.doc("doc-b", LATER)).zone());
    }
}
