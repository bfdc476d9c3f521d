package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names a gazetteer entry answers to, its city's stem, and how a user's entry extends it. */
class ZoneEntryTest {

    private static ZoneEntry entry(String shortName, String fullName, String city) {
        return new ZoneEntry(shortName, fullName, "河南省", city, List.of(), List.of(), List.of());
    }

    @Test
    void aCityZoneAnswersToEveryWayItsNameIsWritten() {
        Set<String> names = entry("焦作高新区", "焦作高新技术产业开发区", "焦作市").names();
        assertEquals(List.of("焦作高新区", "焦作高新技术产业开发区", "焦作国家高新区", "焦作国家高新技术产业开发区", "焦作市高新区",
                "焦作市高新技术产业开发区", "焦作市国家高新区"), List.copyOf(names));
    }

    @Test
    void theCityFormsOnlyWhenTheCityIsTheStem() {
        Set<String> names = new ZoneEntry("东湖高新区", null, "湖北省", "武汉市", List.of("中国光谷", "武汉东湖高新区"),
                List.of(), List.of()).names();
        assertTrue(names.contains("东湖国家高新区") && names.contains("中国光谷") && names.contains("武汉东湖高新区"), names::toString);
        assertFalse(names.contains("东湖市高新区"), names::toString);
    }

    @Test
    void aNameOfAnotherShapeAddsNoVariants() {
        assertEquals(Set.of("中关村科技园区"), entry("中关村科技园区", null, "北京市").names());
        assertEquals(Set.of("高新区"), entry("高新区", null, null).names(), "高新区 alone has no stem");
    }

    @Test
    void namesAreKeptInMatchingForm() {
        Set<String> names = new ZoneEntry(" 焦作高新區 ", null, null, null, List.of("焦作ＨＩ-ＴＥＣＨ"), List.of(), List.of())
                .names();
        assertTrue(names.contains("焦作高新区"), names::toString);
        assertTrue(names.stream().noneMatch(n -> n.contains("Ｈ") || n.startsWith(" ")), names::toString);
    }

    @ParameterizedTest
    @CsvSource({"焦作市, 焦作", "延边朝鲜族自治州, 延边", "大兴安岭地区, 大兴安岭", "锡林郭勒盟, 锡林郭勒", "楚雄彝族自治州, 楚雄",
            "临夏回族自治州, 临夏", "石河子, 石河子"})
    void theCityStemDropsItsEnding(String city, String stem) {
        assertEquals(stem, entry("某高新区", null, city).cityStem());
    }

    @Test
    void noCityNoStem() {
        assertNull(entry("焦作高新区", null, null).cityStem());
        assertEquals(List.of(), entry("焦作高新区", null, null).localityKeys());
    }

    @Test
    void localitiesAreTheCityTheNameStartsWithUnlessGiven() {
        assertEquals(List.of("焦作"), entry("焦作高新区", null, "焦作市").localityKeys());
        assertEquals(List.of(), entry("东湖高新区", null, "武汉市").localityKeys());
        ZoneEntry given = new ZoneEntry("东湖高新区", null, null, "武汉市", List.of(), List.of(), List.of("武汉", "江城"));
        assertEquals(List.of("武汉", "江城"), given.localityKeys());
    }

    @Test
    void aUsersEntryFillsWhatItGivesAndAppendsItsLists() {
        ZoneEntry built = new ZoneEntry("焦作高新区", "焦作高新技术产业开发区", "河南省", "焦作市", List.of("焦作国家高新区"),
                List.of("宁郭镇"), List.of());
        ZoneEntry user = new ZoneEntry("焦作高新区", null, null, "焦作", List.of("焦作国家高新区", "怀川高新区"),
                List.of("阳庙镇"), List.of("山阳"));
        ZoneEntry merged = built.mergedWith(user);
        assertEquals("焦作高新技术产业开发区", merged.fullName());
        assertEquals("河南省", merged.province());
        assertEquals("焦作", merged.city());
        assertEquals(List.of("焦作国家高新区", "怀川高新区"), merged.aliases());
        assertEquals(List.of("宁郭镇", "阳庙镇"), merged.places());
        assertEquals(List.of("山阳"), merged.localities());
    }

    @Test
    void attributionCarriesTheEntrysNames() {
        ZoneAttribution a = entry("焦作高新区", "焦作高新技术产业开发区", "焦作市").attribution(0.9, "正文写明");
        assertEquals("焦作高新区", a.zone());
        assertEquals("焦作高新技术产业开发区", a.fullName());
        assertEquals("焦作市", a.city());
        assertEquals(0.9, a.confidence());
    }

    @Test
    void anEntryNeedsAShortName() {
        assertThrows(NullPointerException.class, () -> entry(null, null, null));
    }
}
