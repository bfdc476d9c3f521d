package io.zonebrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.summary.Summary;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rules that give a figure its months, each with a row where it applies and a row where it must
 * not: 全年 in an article from before December is the year that has ended; a heading's time dates
 * the undated figures under it; an undated report titled with its year dates its results to that
 * year. Articles written for this test; {@code \n} is a line break.
 */
class PeriodRulesTest {

    static Stream<Arguments> rows() {
        return Stream.of(
                // 全年: a whole year achieved cannot be the year still running
                Arguments.of("全年 in March is last year",
                        "2024年3月5日 星期二\n\n全年,洛阳高新区实现营业收入1200亿元。", "1200亿元", "2023-01..2023-12"),
                Arguments.of("全年 in December is this year",
                        "2024年12月28日 星期六\n\n全年,洛阳高新区实现营业收入1200亿元。", "1200亿元", "2024-01..2024-12"),
                Arguments.of("全年 of a target is the year to come",
                        "2024年3月5日 星期二\n\n全年,洛阳高新区力争实现营业收入1300亿元。", "1300亿元", "2024-01..2024-12"),
                Arguments.of("今年以来 in early March runs to February, the last month reported in full",
                        "2024年3月5日 星期二\n\n今年以来,洛阳高新区新签约项目8个。", "8个", "2024-01..2024-02"),
                // a heading's time dates the undated figures under it
                Arguments.of("a heading's months date the paragraph under it",
                        "2024年10月20日 星期日\n\n洛阳高新区前三季度经济运行情况\n\n规模以上工业增加值增长9.6%,固定资产投资增长12.1%。",
                        "12.1%", "2024-01..2024-09"),
                Arguments.of("without the heading the same paragraph has no months",
                        "2024年10月20日 星期日\n\n洛阳高新区经济运行情况\n\n规模以上工业增加值增长9.6%,固定资产投资增长12.1%。",
                        "12.1%", "-"),
                // months that have not come yet this year are last year's
                Arguments.of("1—11月 in a January report is last year's",
                        "2024年1月8日 星期一\n\n1—11月,洛阳高新区实现营业收入1100亿元。", "1100亿元", "2023-01..2023-11"),
                Arguments.of("1—11月 in a December report is this year's",
                        "2024年12月8日 星期日\n\n1—11月,洛阳高新区实现营业收入1100亿元。", "1100亿元", "2024-01..2024-11"),
                Arguments.of("2024年1—11月 in a January report is the year it names",
                        "2025年1月8日 星期三\n\n2024年1—11月,洛阳高新区实现营业收入1100亿元。", "1100亿元", "2024-01..2024-11"),
                // recent years end with the year before the article, or with its own in November and December
                Arguments.of("近三年 in November counts this year as one of them",
                        "2024年11月20日 星期三\n\n近三年,洛阳高新区累计引进项目120个。", "120个", "2022-01..2024-12"),
                Arguments.of("近三年 in October ends last year",
                        "2024年10月20日 星期日\n\n近三年,洛阳高新区累计引进项目120个。", "120个", "2021-01..2023-12"),
                // an undated report titled with its year
                Arguments.of("an undated report's 全年 is its title's year, whatever later year its plans name",
                        "洛阳高新区2015年工作总结\n\n全年完成财政总收入22.5亿元,同比增长18.2%。\n\n"
                                + "2016年,力争财政总收入达到25亿元。", "22.5亿元", "2015-01..2015-12"),
                Arguments.of("an undated report's undated results are its title's year",
                        "洛阳高新区2015年工作总结\n\n一、主要经济指标\n\n完成固定资产投资86亿元,同比增长15%。\n\n"
                                + "2016年,计划完成固定资产投资100亿元。", "86亿元", "2015-01..2015-12"),
                // a heading's year that has not ended yet runs to the article, not to December
                Arguments.of("a heading's running year ends at the article",
                        "2023年10月14日 星期六\n\n攀高不止步\n\n——2023年高新区高质量发展纪实\n\n"
                                + "该区完善孵化体系,新增孵化载体6个。", "6个", "2023-01..2023-10"),
                Arguments.of("a heading's year that has ended is the whole year",
                        "2024年2月14日 星期三\n\n攀高不止步\n\n——2023年高新区高质量发展纪实\n\n"
                                + "该区完善孵化体系,新增孵化载体6个。", "6个", "2023-01..2023-12"),
                // a year said in one sentence goes on into the next, but not into a new point (同时, 此外)
                Arguments.of("a year goes on into the next sentence of its paragraph",
                        "2024年10月1日 星期二\n\n2023年,高新区为172家市场主体提供贷款18.27亿元。"
                                + "科技贷款4600万元,位居全市前列。", "4600万元", "2023-01..2023-12"),
                Arguments.of("同时 opens a new point that the last sentence's year does not date",
                        "2024年10月1日 星期二\n\n2023年,高新区为172家市场主体提供贷款18.27亿元。"
                                + "同时,还引进了9只私募基金,到位10.84亿元。", "10.84亿元", "-"),
                // 前三个月 is the year's first three months; 提前一个月 is a month early, no month at all
                Arguments.of("前三个月 is January to March",
                        "2024年10月1日 星期二\n\n前三个月,全区签约项目12个。", "12个", "2024-01..2024-03"),
                Arguments.of("提前一个月 is a month early, not January",
                        "2024年10月1日 星期二\n\n提前一个月完成1070亩土地征迁任务。", "1070亩", "-"),
                // a lead's 今年以来 frames the sub-article, after its dateline too
                Arguments.of("今年以来 after a dateline frames the paragraphs below it",
                        "2024年3月5日 星期二\n\n本报讯(记者 王明)今年以来,高新区大力实施十大民生项目。\n\n"
                                + "为8家社区卫生服务站配备医疗设备30台。", "30台", "2024-01..2024-02"),
                Arguments.of("without 今年以来 the same paragraph has no months",
                        "2024年3月5日 星期二\n\n本报讯(记者 王明)高新区大力实施十大民生项目。\n\n"
                                + "为8家社区卫生服务站配备医疗设备30台。", "30台", "-"),
                // those the work was done for are counted as the work is, not as a level
                Arguments.of("a count of those served shares the work's months",
                        "2024年3月5日 星期二\n\n本报讯(记者 王明)今年以来,高新区大力实施十大民生项目。\n\n"
                                + "为8家社区卫生服务站配备医疗设备30台。", "8家", "2024-01..2024-02"),
                Arguments.of("a count of what the zone has is a level as of the article",
                        "2024年3月5日 星期二\n\n高新区现有社区卫生服务站8家。", "8家", "2024-03..2024-03"),
                // a year said before a list runs on past a semicolon to the next list of the same kind
                Arguments.of("今年 before a semicolon dates the next year's list",
                        "2024年10月8日 星期二\n\n今年全区5个省重点项目完成投资30亿元;18个市重点项目完成投资50亿元。",
                        "18个", "2024-01..2024-12"),
                Arguments.of("an undated list is where it stands at the article",
                        "2024年10月8日 星期二\n\n全区共有18个市重点项目。", "18个", "2024-10..2024-10"),
                // a plan's year said after its number
                Arguments.of("计划今年投产 after a planned count dates it to this year",
                        "2024年6月8日 星期六\n\n园区两个技改项目计划今年投产。", "两个", "2024-01..2024-12"),
                Arguments.of("a plan without a year stays undated",
                        "2024年6月8日 星期六\n\n园区两个技改项目计划尽快投产。", "两个", "-"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void datesEachFigureByTheRuleThatApplies(String rule, String article, String words, String period) throws Exception {
        Summary s = ZoneBrief.analyze("rule", article, RunOptions.defaults().withReproducible(true));
        Figure f = s.figures().stream().filter(x -> x.text().replaceAll("\\s", "").contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError(rule + ": no figure " + words + " in " + s.figures()));
        assertEquals(period, f.period() == null ? "-" : f.period().toString(), rule);
    }
}
