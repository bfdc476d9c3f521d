package io.zonebrief.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void keepsJobsCreatedApartFromThePeopleEmployed() {
        assertEquals("带动就业", indicator("协助企业招工", "人"));
        assertEquals("带动就业", indicator("带动就业", "人"));
        assertEquals("年末从业人员", indicator("从业人员", "人"));
        assertEquals("年末从业人员", indicator("新增从业人员就业", "人"), "a count of people employed stays one");
        assertEquals("民生", taxonomy.classify("带动就业", "人").orElseThrow().category());
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

    @Test
    void anExcludedWordRulesAnIndicatorOut() {
        assertEquals("签约项目数", indicator("新签约项目", "个"));
        assertEquals(null, indicator("拟签约项目", "个"), "拟签约 is a pipeline, not a signing");
        assertEquals("签约总投资", indicator("签约资金", "元"));
        assertEquals("实际到位资金", indicator("签约资金到位", "元"), "到位 rules 签约总投资 out; the next that fits wins");
    }

    @Test
    void theFirstIndicatorThatFitsWinsAndQuotesDoNotMatter() {
        assertEquals("签约总投资", indicator("签约项目总投资", "元"), "before 签约项目数 and 重点项目总投资");
        assertEquals("签约项目数", indicator("“签约”项目", "个"));
    }

    @Test
    void ranksCategoriesAndIndicatorsInReportOrderWithUnknownOnesLast() {
        List<String> categories = taxonomy.categories();
        assertEquals("经济运行", categories.get(0));
        assertEquals("其他", categories.get(categories.size() - 1));
        assertEquals(0, taxonomy.categoryRank("经济运行"));
        assertEquals(1, taxonomy.categoryRank("招商引资"));
        assertEquals(categories.size(), taxonomy.categoryRank("没有这一类"));
        assertEquals(0, taxonomy.indicatorRank(taxonomy.indicators().get(0).name()));
        assertEquals(2, taxonomy.indicatorRank(taxonomy.indicators().get(2).name()));
        assertEquals(taxonomy.indicators().size(), taxonomy.indicatorRank("没有这个指标"));
    }

    @Test
    void aUserFileAddsTheCategoriesItsIndicatorsNameAndKeepsOtherLast(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("indicators.yaml");
        Files.writeString(f, """
                categories: [招商引资]
                indicators:
                  - {name: 签约项目数, category: 招商引资, units: [个], match: [签约项目], exclude: [拟签约]}
                  - {name: 新栽苗木, category: 生态, units: [株], match: [苗木]}
                  - {name: 志愿服务, units: [人次], match: [志愿服务]}
                """);
        IndicatorTaxonomy t = IndicatorTaxonomy.load(f);
        assertEquals(List.of("招商引资", "生态", "其他"), t.categories());
        assertEquals(List.of("签约项目数", "新栽苗木", "志愿服务"), t.indicators().stream().map(Indicator::name).toList());
        assertEquals("其他", t.indicators().get(2).category(), "an indicator without a category is 其他");
        assertEquals(List.of("拟签约"), t.indicators().get(0).exclude());
        assertEquals(List.of(), t.indicators().get(1).exclude());
        assertEquals("新栽苗木", t.classify("新栽苗木", "株").map(Indicator::name).orElse(null));
        assertEquals(Optional.empty(), t.classify("新栽苗木", "棵"), "the unit must be one of the indicator's");
    }

    @Test
    void aFileWithoutAnIndicatorListIsRefused(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("indicators.yaml");
        Files.writeString(f, "categories: [招商引资]\n");
        IOException e = assertThrows(IOException.class, () -> IndicatorTaxonomy.load(f));
        assertEquals(f + ": must hold an 'indicators' list", e.getMessage());
        Files.writeString(f, "# nothing yet\n");
        e = assertThrows(IOException.class, () -> IndicatorTaxonomy.load(f));
        assertEquals(f + ": must hold an 'indicators' list", e.getMessage());
        Files.writeString(f, "indicators:\n  - {name: 签约项目数, units: 个, match: [签约]}\n");
        e = assertThrows(IOException.class, () -> IndicatorTaxonomy.load(f));
        assertTrue(e.getMessage().contains("indicator 1 needs name, units and match"), e.getMessage());
        Files.writeString(f, "indicators:\n  - {name: 签约项目数, units: [个], match: 签约}\n");
        e = assertThrows(IOException.class, () -> IndicatorTaxonomy.load(f));
        assertTrue(e.getMessage().contains("indicator 1 needs name, units and match"), e.getMessage());
    }
}
