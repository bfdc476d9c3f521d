package io.zonebrief.zone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The enterprise and park names a sentence gives, written for this test: a company's full name, a
 * list closed by 等企业 or 为龙头, a park's name; and the sentences whose words only look like names.
 */
class EnterpriseNamesTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                row("华拓电力装备集团有限公司投资建设新厂房。", "华拓电力装备集团=企业"),
                row("区内的明达精密机械股份有限公司完成技改。", "明达精密机械=企业"),
                row("引进明仁药业、科瑞森生物、华兰疫苗等企业落户。", "明仁药业=企业", "科瑞森生物=企业", "华兰疫苗=企业"),
                row("形成以明仁药业、科瑞森生物为龙头的产业集群。", "明仁药业=企业", "科瑞森生物=企业"),
                row("怀川高科产业园新入驻企业12家。", "怀川高科产业园=园区"),
                row("建成智芯众创空间和云谷孵化器。", "智芯众创空间=园区", "云谷孵化器=园区"),
                // a list not closed by 等企业 or 为龙头 names no enterprises
                row("引进明仁药业、科瑞森生物、华兰疫苗。"),
                // generic words are not names
                row("全区企业、公司等单位积极参与。"),
                row("科技产业园建设加快推进。"),
                row("公司实现营业收入5亿元。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void findsTheNamesASentenceGives(String sentence, Map<String, String> names) {
        assertEquals(names, EnterpriseNames.find(sentence));
    }

    private static Arguments row(String sentence, String... names) {
        Map<String, String> expected = new LinkedHashMap<>();
        Arrays.stream(names).map(n -> n.split("=")).forEach(kv -> expected.put(kv[0], kv[1]));
        return Arguments.of(sentence, expected);
    }
}
