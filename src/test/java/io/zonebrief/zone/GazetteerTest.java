package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
