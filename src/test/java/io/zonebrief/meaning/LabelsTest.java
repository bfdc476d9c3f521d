package io.zonebrief.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A bare label gets back the words that say what was counted; a specific one is left alone. */
class LabelsTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        "计划总投资45亿元，1—10月完成投资10.8亿元。|10.8亿元|完成投资",
        "7月9日，高新区集中开工8个项目，总投资46亿元。|8个项目|集中开工项目",
        "目前，9个园区实现光纤网络全覆盖。|9个园区|实现光纤网络全覆盖园区",
        "高新区投资860余万元改造老旧厂房。|860余万元|投资",
        "上半年，服务专员为企业解决各类问题46件。|46件|解决问题",
        "上半年，高新区实现营业收入120亿元。|120亿元|营业收入",
        "今年，科创担保公司为辖区95家市场主体提供贷款6.2亿元。|95家市场主体|获得贷款的市场主体",
        "园区重点支持星河电子等5家企业申报高新技术企业。|5家企业|申报高新技术企业的企业",
        "园区主要产品有复合肥120万吨、硫酸80万吨。|120万吨|复合肥",
        "规模以上工业企业（2000万口径）39家，实现产值123.8亿元。|39家|规模以上工业企业",
        "该项目总投资预计8亿元。|8亿元|总投资"})
    void namesWhatWasCounted(String sentence, String quote, String label) {
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", "2024年11月6日\n\n" + sentence + "\n"));
        List<Figure> figures = MeaningPass.apply(doc, FigureExtractor.extract(doc));
        Figure f = figures.stream().filter(x -> x.text().contains(quote)).findFirst().orElseThrow();
        assertEquals(label, f.metric(), sentence);
    }
}
