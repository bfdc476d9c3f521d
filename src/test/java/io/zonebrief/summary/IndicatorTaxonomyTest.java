package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndicatorTaxonomyTest {

    private final IndicatorTaxonomy taxonomy = IndicatorTaxonomy.defaults();

    private String indicator(String metric, String unit) {
        return taxonomy.classify(metric, unit).map(Indicator::name).orElse(null);
    }

    @Test
    void mapsLabelsToIndicatorsWhenTheUnitFits() {
        assertEquals("签约项目数", indicator("签约项目", "个"));
        assertEquals("签约总投资", indicator("签约项目总投资", "元"));
        assertEquals("实际利用外资", indicator("实际利用外资", "美元"));
        assertEquals("高新技术企业数", indicator("国家高新技术企业", "家"));
        assertEquals("固定资产投资", indicator("完成固定资产投资", "元"));
        assertEquals(null, indicator("签约项目", "元"), "a count indicator never takes money");
        assertEquals(Optional.empty(), taxonomy.classify("新栽苗木", "株"));
    }

    @Test
    void theEditableCopyInTemplatesIsTheBuiltInOne() throws IOException {
        try (InputStream in = IndicatorTaxonomy.class.getResourceAsStream("/io/zonebrief/summary/indicators.yaml")) {
            assertEquals(new String(in.readAllBytes(), "UTF-8"), Files.readString(Path.of("templates/indicators.yaml")));
        }
    }

    @Test
    void aBrokenFileNamesItsLine(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("indicators.yaml");
        Files.writeString(f, "categories: [招商引资]\nindicators:\n  - {name: 签约项目数, units: [个], match: [签约项目\n");
        IOException e = assertThrows(IOException.class, () -> IndicatorTaxonomy.load(f));
        assertTrue(e.getMessage().startsWith(f + ": line "), e.getMessage());
        Files.writeString(f, "indicators:\n  - {name: 签约项目数}\n");
        e = assertThrows(IOException.class, () -> IndicatorTaxonomy.load(f));
        assertTrue(e.getMessage().contains("indicator 1 needs name, units and match"), e.getMessage());
    }
}
