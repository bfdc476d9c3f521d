package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The five seed articles, read and cleaned as the pipeline does, processed in input order. */
class SeedZonesTest {

    private static final Map<String, String> EXPECTED = new LinkedHashMap<>();

    static {
        EXPECTED.put("000_3fb5db0de8f9ce51", "焦作高新区");
        EXPECTED.put("001_5464f54fc4ce207d", "焦作高新区");
        EXPECTED.put("002_b98bbe3fd1689322", "平顶山高新区");
        EXPECTED.put("003_8ede1a4e34374317", "平顶山高新区");
        EXPECTED.put("004_92c5f99bdf0b122e", "郑州高新区");
    }

    @Test
    void filesEachSeedUnderItsZone() throws Exception {
        Path seeds = Path.of("seeds");
        List<Path> files;
        try (var s = Files.list(seeds)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertEquals(EXPECTED.size(), files.size());
        ZoneResolver zones = ZoneResolver.withDefaults();
        for (Path p : files) {
            TextDocument doc = TextCleaner.clean(DocumentReader.withDefaults().read(p));
            ZoneAttribution z = zones.resolve(doc);
            assertEquals(EXPECTED.get(doc.id()), z.zone(), doc.id() + ": " + z.reason());
            assertTrue(z.confidence() >= 0.6, doc.id() + " confidence " + z.confidence());
            zones.learn(doc, z);
        }
    }
}
