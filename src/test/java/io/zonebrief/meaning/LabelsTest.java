package io.zonebrief.meaning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import io.zonebrief.text.TextDocument;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The words a sentence says right around a count, put back into its label: each rule with a row where it
 * applies and one where it must not. Sentences written for this test.
 */
class LabelsTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // those helped to do what they then do
                Arguments.of("重点支持平原光电、中岳生物等7家企业申报高新技术企业。", "7家", "重点支持申报高新技术企业的企业"),
                Arguments.of("平原光电、中岳生物等7家企业申报高新技术企业。", "7家", "申报高新技术企业的企业"),
                // what works reach, when how many are done follows; works done with no count left are not a scope
                Arguments.of("56个村的污水管网改造工程已完工38个，剩余18个年底完工。", "56个", "污水管网改造工程涉及村"),
                Arguments.of("今年，12个村的污水管网工程已完工。", "12个", "村"),
                // how far works have come
                Arguments.of("目前项目建设已完成95%以上。", "95%", "建设完成进度"),
                Arguments.of("项目建设投资完成95%以上。", "95%", "建设投资"),
                // a yearly amount
                Arguments.of("6个科技产业综合体年实现税收2亿元。", "2亿元", "年税收"),
                Arguments.of("每年为企业争取的各类政策性资金达7000万元以上。", "7000万元", "每年争取政策性资金"),
                Arguments.of("今年实现税收2亿元。", "2亿元", "税收"),
                Arguments.of("2015年实现营业收入271亿元。", "271亿元", "营业收入"),
                Arguments.of("区财政每年将安排不低于2000万元专项资金用于园区建设。", "2000万元", "专项资金"),
                // what was handed over
                Arguments.of("为环卫工人送去清凉饮料480箱、其他消暑物资2400件。", "2400件", "送去消暑物资"),
                Arguments.of("消暑物资2400件已全部入库。", "2400件", "消暑物资"),
                // a count of places firms move into
                Arguments.of("加快推进科技园、创业服务中心等6个科技综合体企业入驻。", "6个", "科技综合体"),
                Arguments.of("新增科技型企业6家入驻园区。", "6家", "科技型企业"),
                // those taken along to an event
                Arguments.of("该区组织辖内20余家企业到河南城建学院开展产学研对接活动。", "20余家", "参加活动的企业"),
                Arguments.of("该区辖内20余家企业到河南城建学院开展产学研对接活动。", "20余家", "企业"),
                // how a part was reached
                Arguments.of("已签约项目5个,其中通过以商招商、链上招商的方式成功签约项目4个。", "4个", "以商招商、链上招商签约项目"),
                Arguments.of("已签约项目5个,其中成功签约项目4个。", "4个", "成功签约项目"),
                // a state the counted things reached
                Arguments.of("一期工程4栋主体结构全面封顶。", "4栋", "主体结构封顶"),
                Arguments.of("一期工程4栋主体结构正在施工。", "4栋", "主体结构"),
                // what the counted things are due to do
                Arguments.of("园区两个技改项目计划今年投产。", "两个", "计划今年投产的技改项目"),
                Arguments.of("园区两个技改项目已经投产。", "两个", "技改项目"),
                // the place a radius is measured around
                Arguments.of("严格管控考点周边500米范围内的施工工地。", "500米", "考点周边范围"),
                Arguments.of("绿化覆盖500米范围。", "500米", "范围"),
                // what the counted set up together
                Arguments.of("高新区投资公司和中原银行等5家企业共同设立科创基金。", "5家", "共同设立基金的企业"),
                Arguments.of("高新区投资公司和中原银行等5家企业的负责人出席会议。", "5家", "企业"),
                // an area before a place named after its 的
                Arguments.of("新建占地50亩的第二实验小学。", "50亩", "第二实验小学占地面积"),
                Arguments.of("新建162亩、99亩和33亩的可用地。", "99亩", "可用地"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rows")
    void putsBackWhatWasCounted(String sentence, String number, String label) {
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", "2024年6月8日\n\n" + sentence));
        List<Figure> figures = MeaningPass.apply(doc, FigureExtractor.extract(doc));
        Figure f = figures.stream().filter(x -> x.text().contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + number + " among " + figures));
        assertEquals(label, f.metric(), sentence);
    }
}
