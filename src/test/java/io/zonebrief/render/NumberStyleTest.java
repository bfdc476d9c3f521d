package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Qualifier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NumberStyleTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(2e10, "元", "", "200亿元"),
                Arguments.of(3.21e9, "元", "", "32.1亿元"),
                Arguments.of(12953000000.0, "元", "", "129.53亿元"),
                Arguments.of(46000000, "元", "", "4600万元"),
                Arguments.of(1.2345e8, "元", "", "12345万元"),
                Arguments.of(46123, "元", "", "46123元"),
                Arguments.of(5000000, "美元", "", "500万美元"),
                Arguments.of(3147600, "人次", "", "314.76万人次"),
                Arguments.of(212805, "平方米", "", "21.28万平方米"),
                Arguments.of(18000, "人", "", "1.8万人"),
                Arguments.of(41100, "台", "", "4.11万台"),
                Arguments.of(12345, "人", "", "12345人"),
                Arguments.of(2400, "件", "", "2400件"),
                Arguments.of(104.68, "%", "", "104.68%"),
                Arguments.of(94.3, "%", "", "94.3%"),
                Arguments.of(150000, "%", "", "150000%"),
                Arguments.of(2e10, "元", "以上", "200亿元以上"),
                Arguments.of(1.5e10, "元", "不低于", "不低于150亿元"),
                Arguments.of(300, "人", "余", "300余人"),
                Arguments.of(13000000, "元", "余", "1300余万元"),
                Arguments.of(10000, "人", "余", "1万余人"),
                Arguments.of(100000, "人", "近", "近10万人"),
                Arguments.of(95, "%", "以上", "95%以上"),
                Arguments.of(95, "%", "余", "超95%"),
                Arguments.of(7e7, "元", "以上", "7000万元以上"),
                Arguments.of(1.2e9, "元", "多于", "多于12亿元"));
    }

    @ParameterizedTest
    @MethodSource("values")
    void writesNumbersAsOfficialTextDoes(double value, String unit, String words, String expected) {
        assertEquals(expected, NumberStyle.format(value, unit, words));
    }

    static Stream<Arguments> figures() {
        return Stream.of(
                Arguments.of("产值在200亿元以上", Qualifier.MORE_THAN, "以上"),
                Arguments.of("年产值不低于150亿元", Qualifier.MORE_THAN, "不低于"),
                Arguments.of("本科以上学历1万余人", Qualifier.MORE_THAN, "余"),
                Arguments.of("人才政策资金1300余万元", Qualifier.MORE_THAN, "余"),
                Arguments.of("年销量超10亿瓶", Qualifier.MORE_THAN, "超"),
                Arguments.of("在校师生近10万人", Qualifier.NEARLY, "近"),
                Arguments.of("约三十家", Qualifier.ABOUT, "约"),
                Arguments.of("投资50亿元左右", Qualifier.ABOUT, "左右"),
                Arguments.of("投资50亿元", Qualifier.ABOUT, "约"),
                Arguments.of("营业收入突破260亿元", Qualifier.MORE_THAN, "突破"),
                Arguments.of("营业收入达到260亿元", Qualifier.MORE_THAN, "超"),
                Arguments.of("签约项目41个", Qualifier.EXACT, ""));
    }

    @ParameterizedTest
    @MethodSource("figures")
    void keepsTheQualifierWordsTheArticleUsed(String text, Qualifier q, String expected) {
        assertEquals(expected, NumberStyle.qualifierWords(text, q));
    }

    @ParameterizedTest
    @MethodSource("changes")
    void saysAFallAsAFall(String label, double value, String expected) {
        assertEquals(expected, NumberStyle.change(label, value, "%", ""));
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("同比增长", -5.2, "同比下降5.2%"),
                Arguments.of("同比增长", 12.3, "同比增长12.3%"),
                Arguments.of("比上年增加", -1.5, "比上年减少1.5%"),
                Arguments.of("增速", -3, "增速-3%"));
    }

    @ParameterizedTest
    @MethodSource("columns")
    void writesANumberInTheUnitOfItsColumn(double value, String unit, String shown, String expected) {
        assertEquals(expected, NumberStyle.number(value, unit, shown));
    }

    static Stream<Arguments> columns() {
        return Stream.of(
                Arguments.of(46000000, "元", "亿元", "0.46"),
                Arguments.of(2e10, "元", "亿元", "200"),
                Arguments.of(41, "个", "个", "41"),
                Arguments.of(3147600, "人次", "万人次", "314.76"));
    }
}
