package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ZoneResolverTest {

    static TextDocument doc(String id, String text) {
        return TextCleaner.clean(SourceDocument.ofText(id, text));
    }

    private final ZoneResolver zones = ZoneResolver.withDefaults();

    @Test
    void placesAnUnnamedZoneByTheCityNamedWithIt() {
        ZoneAttribution z = zones.resolve(doc("a", """
                高新区上半年签约项目12个

                记者从高新区管委会获悉，今年以来，该区围绕南阳市工业主导产业开展精准招商，签约项目12个，总投资56亿元。
                """));
        assertEquals("南阳高新区", z.zone());
        assertEquals("南阳市", z.city());
        assertEquals("河南省", z.province());
        assertTrue(z.reason().contains("南阳"), z.reason());
        assertTrue(z.confidence() > 0 && z.confidence() < 0.9, "city evidence is weaker than a name: " + z.confidence());
    }

    @Test
    void takesAnExplicitZoneName() {
        ZoneAttribution z = zones.resolve(doc("b", """
                洛阳高新区举办科技成果对接会

                5月20日，洛阳高新区举办科技成果转化对接会，40余家企业参加。洛阳高新区相关负责人介绍了扶持政策。
                """));
        assertEquals("洛阳高新区", z.zone());
        assertEquals("洛阳高新技术产业开发区", z.fullName());
        assertTrue(z.reason().contains("“洛阳高新区”"), z.reason());
        assertTrue(z.confidence() >= 0.9, "two explicit names: " + z.confidence());
    }

    @ParameterizedTest
    @ValueSource(strings = {"郑州国家高新区", "郑州高新技术产业开发区", "郑州市高新区", "郑州高新区", "郑州市高新技术产业开发区"})
    void readsEveryUsualFormOfAZoneName(String name) {
        ZoneAttribution z = zones.resolve(doc("c", "近日，" + name + "召开企业座谈会，听取企业意见建议。"));
        assertEquals("郑州高新区", z.zone(), z.reason());
    }

    @Test
    void matchesTraditionalCharacters() {
        ZoneAttribution z = zones.resolve(doc("d", "鄭州高新區舉辦創新創業大賽，吸引200餘個團隊參賽。"));
        assertEquals("郑州高新区", z.zone(), z.reason());
    }

    @Test
    void placesADocumentByAPlaceInsideTheZone() {
        ZoneAttribution z = zones.resolve(doc("e", "高新区在宁郭镇举行秋季农民运动会，全镇12个村参加比赛。"));
        assertEquals("焦作高新区", z.zone());
        assertTrue(z.reason().contains("宁郭镇（属焦作高新区）"), z.reason());
    }

    @Test
    void staysUnknownWithoutACity() {
        ZoneAttribution z = zones.resolve(doc("f", "高新区举办春季招聘会，60余家企业提供岗位1200个。"));
        assertFalse(z.known());
        assertNull(z.zone());
        assertFalse(z.reason().isBlank());
    }

    @Test
    void staysUnknownForAZoneMissingFromTheNationalList() {
        ZoneAttribution z = zones.resolve(doc("g", """
                驻马店高新区项目建设提速

                驻马店高新区今年实施重点项目26个，与郑州大学共建研发中心。驻马店高新区将继续优化营商环境。
                """));
        assertNull(z.zone(), z.reason());
        assertTrue(z.reason().contains("驻马店高新区"), z.reason());
    }

    @Test
    void staysUnknownForAZoneOfACityWithoutANationalZone() {
        ZoneAttribution z = zones.resolve(doc("h", "漯河市高新区举办食品产业对接会，签约项目8个，总投资20亿元。"));
        assertNull(z.zone(), z.reason());
    }

    @Test
    void ignoresAnotherCityMentionedInPassing() {
        ZoneAttribution z = zones.resolve(doc("i", """
                郑州高新区举办人工智能论坛

                论坛上，郑州高新区发布了算力扶持政策，一名焦作籍专家作了主题报告。郑州市有关部门负责人出席。
                """));
        assertEquals("郑州高新区", z.zone(), z.reason());
        assertFalse(z.reason().contains("焦作"), z.reason());
    }

    @Test
    void aSingleCityMentionFarFromAnyZoneIsNotEnough() {
        ZoneAttribution z = zones.resolve(doc("j", "高新区组织开展安全生产检查。\n\n检查组还走访了郑州大学的实验室。"));
        assertNull(z.zone(), z.reason());
    }

    /** Rows of a tab-separated table beside this class: comments and blank lines skipped, a written \n in a cell a line break. */
    static Stream<Arguments> table(String resource) throws IOException {
        try (InputStream in = ZoneResolverTest.class.getResourceAsStream(resource)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> (Object[]) l.replace("\\n", "\n").split("\t", -1))
                    .map(Arguments::of)
                    .toList().stream();
        }
    }

    static Stream<Arguments> zoneRows() throws IOException {
        return table("zones.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("zoneRows")
    void placesEachDocumentByTheRulesOfItsEvidence(String article, String zone, String reason) {
        ZoneAttribution z = zones.resolve(doc("row", article));
        assertEquals("-".equals(zone) ? null : zone, z.zone(), z.reason());
        assertTrue(z.reason().startsWith(reason), z.reason());
    }

    private static final String FILLER = "与会企业代表围绕技术转移、人才引进和融资服务等议题进行了深入交流。".repeat(10);

    /** Two articles placed in the same zone, the first by weightier evidence than the second. */
    static Stream<Arguments> weightierEvidence() {
        return Stream.of(
                Arguments.of("a name in the headline outweighs one in the opening lines",
                        "洛阳高新区举办对接会\n\n会议举行。", "对接会举行\n\n洛阳高新区举办对接会。", "洛阳高新区"),
                Arguments.of("a name in the opening lines outweighs one further on",
                        "对接会举行\n\n洛阳高新区举办对接会。\n\n" + FILLER,
                        "对接会举行\n\n" + FILLER + "\n\n洛阳高新区举办对接会。", "洛阳高新区"),
                Arguments.of("a place in the opening lines outweighs one further on",
                        "运动会举行\n\n高新区在宁郭镇举办运动会。\n\n" + FILLER,
                        "运动会举行\n\n" + FILLER + "\n\n高新区在宁郭镇举办运动会。", "焦作高新区"),
                Arguments.of("a city marked with 市 outweighs one without",
                        "高新区与南阳市企业签约。", "高新区与南阳企业签约。", "南阳高新区"),
                Arguments.of("a city in brackets outweighs one without",
                        "高新区（南阳）企业签约。", "高新区与南阳企业签约。", "南阳高新区"),
                Arguments.of("a city said with 高新区 outweighs one said apart from it",
                        "高新区与南阳市企业签约。", "高新区举办签约活动。\n\n南阳市企业参加。", "南阳高新区"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weightierEvidence")
    void weightierEvidenceGivesMoreConfidence(String rule, String stronger, String weaker, String zone) {
        ZoneAttribution strong = zones.resolve(doc("s", stronger));
        ZoneAttribution weak = zones.resolve(doc("w", weaker));
        assertEquals(zone, strong.zone(), strong.reason());
        assertEquals(zone, weak.zone(), weak.reason());
        assertTrue(strong.confidence() > weak.confidence(), rule + ": " + strong.confidence() + " vs " + weak.confidence());
    }

    @Test
    void aCityWithoutAZoneNamedApartFromAnyZoneIsNoRival() {
        ZoneAttribution alone = zones.resolve(doc("a", "郑州高新区举办招聘会。"));
        ZoneAttribution withCity = zones.resolve(doc("b", "郑州高新区举办招聘会。\n\n会后，嘉宾前往漯河市考察。"));
        assertEquals("郑州高新区", withCity.zone());
        assertEquals(alone.confidence(), withCity.confidence(), withCity.reason());
    }
}
