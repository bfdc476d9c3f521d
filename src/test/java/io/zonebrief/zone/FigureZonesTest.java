package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.text.TextDocument;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FigureZonesTest {

    private static final String TWO_ZONES = """
            郑洛两地高新区上半年成绩单

            郑州高新区上半年签约项目30个，总投资150亿元。洛阳高新区签约项目20个。该区新增高新技术企业45家。

            两地将继续深化合作，共建创新走廊，联合举办对接活动8场。
            """;

    @Test
    void givesEachFigureTheZoneItsSentenceNames() {
        ZoneResolver zones = ZoneResolver.withDefaults();
        TextDocument doc = ZoneResolverTest.doc("two", TWO_ZONES);
        ZoneAttribution documentZone = zones.resolve(doc);
        List<Figure> out = zones.attribute(doc, documentZone, List.of(
                figure(doc, "签约项目30个", 0), figure(doc, "150亿元", 1), figure(doc, "签约项目20个", 2),
                figure(doc, "45家", 3), figure(doc, "8场", 4)));
        assertEquals("郑州高新区", out.get(0).zone());
        assertEquals("郑州高新区", out.get(1).zone());
        assertEquals("洛阳高新区", out.get(2).zone());
        assertEquals("洛阳高新区", out.get(3).zone(), "该区 goes on about the zone named just before");
        assertEquals(documentZone.zone(), out.get(4).zone());
    }

    @Test
    void givesTheDocumentZoneToFiguresOfAnUnnamedSentence() {
        ZoneResolver zones = ZoneResolver.withDefaults();
        TextDocument doc = ZoneResolverTest.doc("one", "平顶山高新区召开会议。会议通报，高新区前三季度签约项目39个。");
        ZoneAttribution documentZone = zones.resolve(doc);
        List<Figure> out = zones.attribute(doc, documentZone, List.of(figure(doc, "签约项目39个", 0)));
        assertEquals("平顶山高新区", out.get(0).zone());
    }

    static Stream<Arguments> rows() throws IOException {
        return ZoneResolverTest.table("figure-zones.tsv");
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("rows")
    void filesAFigureByTheRulesOfWhereItStands(String article, String words, String zone) {
        ZoneResolver zones = ZoneResolver.withDefaults();
        TextDocument doc = ZoneResolverTest.doc("row", article);
        List<Figure> out = zones.attribute(doc, zones.resolve(doc), List.of(figure(doc, words, 0)));
        assertEquals(zone, out.get(0).zone());
    }

    @Test
    void aDocumentOfNoKnownZoneLeavesUnnamedFiguresWithout() {
        ZoneResolver zones = ZoneResolver.withDefaults();
        TextDocument doc = ZoneResolverTest.doc("none", "高新区举办春季招聘会，60余家企业提供岗位1200个。");
        List<Figure> out = zones.attribute(doc, zones.resolve(doc), List.of(figure(doc, "岗位1200个", 0)));
        assertEquals(null, out.get(0).zone());
    }

    /** A figure over {@code text} with its sentence taken from the document around it. */
    static Figure figure(TextDocument doc, String text, int n) {
        String original = doc.original();
        int start = original.indexOf(text);
        int from = Math.max(Math.max(original.lastIndexOf('。', start), original.lastIndexOf('\n', start)) + 1, 0);
        int end = original.indexOf('。', start);
        String sentence = original.substring(from, end < 0 ? original.length() : end + 1).strip();
        return new Figure(doc.id() + "#" + n, doc.id(), "指标", 1, null, "个", Qualifier.EXACT, text, sentence,
                start, start + text.length(), null, Modality.ACTUAL, SubjectKind.ZONE, null, null, null, null, null);
    }
}
