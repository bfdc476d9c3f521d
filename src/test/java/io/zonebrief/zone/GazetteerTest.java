package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GazetteerTest {

    @TempDir
    Path dir;

    @Test
    void listsEveryNationalZoneOnceWithItsProvinceAndCity() {
        Gazetteer g = Gazetteer.national();
        assertTrue(g.zones().size() >= 175, "national zones: " + g.zones().size());
        Set<String> shorts = new HashSet<>();
        for (ZoneEntry z : g.zones()) {
            assertTrue(shorts.add(z.shortName()), "duplicate " + z.shortName());
            assertNotNull(z.province(), z.shortName());
            assertNotNull(z.city(), z.shortName());
        }
        assertTrue(shorts.containsAll(Set.of("中关村", "苏州工业园区", "上海张江高新区", "焦作高新区", "平顶山高新区", "郑州高新区")));
    }

    @Test
    void usersAddAZoneInTheirFile() throws IOException {
        Path file = dir.resolve("zones.yaml");
        Files.writeString(file, """
                zones:
                  - short: 驻马店高新区
                    full: 驻马店高新技术产业开发区
                    province: 河南省
                    city: 驻马店市
                  - short: 焦作高新区
                    places: [阳光产业园]
                """);
        ZoneResolver zones = ZoneResolver.load(file);
        assertEquals("驻马店高新区", zones.resolve(ZoneResolverTest.doc("u", "驻马店高新区签约项目10个。")).zone());
        assertEquals("焦作高新区", zones.resolve(ZoneResolverTest.doc("v", "高新区阳光产业园开工。")).zone());
        assertEquals("驻马店高新区", zones.resolve(ZoneResolverTest.doc("w", "驻马店市高新区签约项目10个。")).zone());
    }

    @Test
    void anEmptyUserFileAddsNothing() throws IOException {
        Path file = dir.resolve("zones.yaml");
        Files.writeString(file, "# nothing yet\nzones:\n");
        assertEquals("郑州高新区", ZoneResolver.load(file).resolve(ZoneResolverTest.doc("e", "郑州高新区召开会议。")).zone());
    }

    @Test
    void aBrokenUserFileNamesFileAndLine() throws IOException {
        Path file = dir.resolve("zones.yaml");
        Files.writeString(file, "zones:\n  - short: 驻马店高新区\n    colour: red\n");
        IOException e = assertThrows(IOException.class, () -> ZoneResolver.load(file));
        assertTrue(e.getMessage().startsWith(file + ":3:"), e.getMessage());

        Files.writeString(file, "zones:\n  - full: 驻马店高新技术产业开发区\n");
        e = assertThrows(IOException.class, () -> ZoneResolver.load(file));
        assertTrue(e.getMessage().startsWith(file + ":2:") && e.getMessage().contains("short"), e.getMessage());

        Files.writeString(file, "zones: [\n  - short: x\n");
        e = assertThrows(IOException.class, () -> ZoneResolver.load(file));
        assertTrue(e.getMessage().startsWith(file.toString() + ":"), e.getMessage());
    }

    @Test
    void theShippedUserFileLoads() throws IOException {
        Path shipped = Path.of("templates", "zones.yaml");
        if (Files.exists(shipped)) {
            assertEquals("郑州高新区", ZoneResolver.load(shipped).resolve(ZoneResolverTest.doc("s", "郑州高新区召开会议。")).zone());
        }
    }

    static Stream<Arguments> mentions() throws IOException {
        try (InputStream in = GazetteerTest.class.getResourceAsStream("mentions.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1))
                    .map(cols -> Arguments.of(cols[0], cols.length > 1 ? cols[1] : ""))
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mentions")
    void scanFindsTheZoneEvidenceOfASentence(String sentence, String expected) {
        List<Mention> found = Gazetteer.national().scan(ZoneEntry.norm(sentence), LearnedNames.NONE);
        String got = found.stream().map(m -> m.kind() + " " + m.surface() + "→" + m.zone().shortName())
                .collect(Collectors.joining("; "));
        assertEquals(expected, got);
        for (Mention m : found) {
            assertEquals(m.surface(), ZoneEntry.norm(sentence).substring(m.from(), m.to()), "offsets of " + m);
        }
    }

    @Test
    void readsTheZoneTableSkippingCommentsHeaderAndBlankLines() throws IOException {
        List<ZoneEntry> zones = Gazetteer.readTsv(tsv("""
                # a comment
                short\tfull\tprovince\tcity\taliases\tplaces\tlocalities

                甲高新区\t甲高新技术产业开发区\t河南省\t甲市\t甲国家高新区|| 甲市高新区 |\t乙镇\t
                丙高新区\t \t河南省\t丙市
                """));
        assertEquals(2, zones.size());
        ZoneEntry first = zones.get(0);
        assertEquals("甲高新区", first.shortName());
        assertEquals("甲高新技术产业开发区", first.fullName());
        assertEquals(List.of("甲国家高新区", "甲市高新区"), first.aliases(), "split at |, stripped, empty ones dropped");
        assertEquals(List.of("乙镇"), first.places());
        assertEquals("河南省", first.province());
        ZoneEntry second = zones.get(1);
        assertEquals("丙高新区", second.shortName());
        assertNull(second.fullName(), "a blank cell is no name");
        assertEquals("丙市", second.city());
        assertTrue(second.places().isEmpty());
    }

    @Test
    void aZoneTableRowWithTooFewColumnsNamesItsLine() {
        IOException e = assertThrows(IOException.class, () -> Gazetteer.readTsv(tsv("# zones\n\n甲高新区\t甲高新技术产业开发区\n")));
        assertEquals(Gazetteer.RESOURCE + ":3: expected at least 4 tab-separated columns", e.getMessage());
    }

    @Test
    void knowsNamesPlacesAndCitiesButNotOtherWords() {
        Gazetteer g = Gazetteer.national();
        assertTrue(g.knows("郑州高新区"));
        assertTrue(g.knows("宁郭镇"));
        assertTrue(g.knows("焦作"));
        assertFalse(g.knows("高新区"));
        assertFalse(g.knows("漯河"));
    }

    @Test
    void userEntriesExtendAKnownZoneAndAddNewOnes() {
        Gazetteer g = Gazetteer.national().with(List.of(
                new ZoneEntry("焦作高新区", null, null, null, List.of(), List.of("阳光产业园"), List.of()),
                new ZoneEntry("驻马店高新区", "驻马店高新技术产业开发区", "河南省", "驻马店市", List.of(), List.of(), List.of())));
        assertEquals(Gazetteer.national().zones().size() + 1, g.zones().size());
        assertEquals("焦作高新区", g.byShort("焦作高新区").shortName());
        assertEquals("焦作市", g.byShort("焦作高新区").city(), "what the user leaves out stays as shipped");
        assertTrue(g.byShort("焦作高新区").places().contains("宁郭镇"));
        assertTrue(g.knows("阳光产业园"));
        assertFalse(Gazetteer.national().knows("阳光产业园"), "the national list itself is unchanged");
        assertEquals("驻马店高新区", g.scan("驻马店高新区开工", LearnedNames.NONE).get(0).zone().shortName());
    }

    private static InputStream tsv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
