package io.zonebrief.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.ingest.SourceDocument;
import io.zonebrief.text.TextCleaner;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sentences written for these tests (not taken from the seeds), each with the figures it must
 * yield as "value unit qualifier" triples in order, or none.
 */
class FigureExtractorTest {

    /** A dated page so relative periods resolve: published 2024-09-15. */
    private static final String MASTHEAD = "2024年9月15日 星期日\n\n";

    static List<Figure> figures(String sentence) {
        return FigureExtractor.extract(TextCleaner.clean(SourceDocument.ofText("t", MASTHEAD + sentence)));
    }

    /** The figures of a sentence; the numbers it could not read go to {@code unread}. */
    static List<Figure> figures(String sentence, List<UnreadNumber> unread) {
        return FigureExtractor.extract(TextCleaner.clean(SourceDocument.ofText("t", MASTHEAD + sentence)), unread);
    }

    /** Figures as "value unit [qualifier]" joined by "; ". */
    static String render(List<Figure> fs) {
        return fs.stream().map(f -> plain(f.value()) + " " + f.unit() + (f.qualifier().symbol().isEmpty() ? "" : " " + f.qualifier().symbol()))
                .collect(Collectors.joining("; "));
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("全区新引进项目18个,总投资56.7亿元。", "18 个; 5670000000 元"),
                Arguments.of("园区实现营业收入1,234.5亿元。", "123450000000 元"),
                Arguments.of("实际利用外资1200万美元。", "12000000 美元"),
                Arguments.of("新增就业岗位1万余个。", "10000 个 >"),
                Arguments.of("全年接待游客近5万人次。", "50000 人次 <~"),
                Arguments.of("辖区常住人口约12万人。", "120000 人 ~"),
                Arguments.of("规上工业企业达到86家。", "86 家"),
                Arguments.of("累计培育瞪羚企业超过30家。", "30 家 >"),
                Arguments.of("完成技改投资3千万元。", "30000000 元"),
                Arguments.of("新建标准化厂房12.5万平方米。", "125000 平方米"),
                Arguments.of("流转土地三百二十亩。", "320 亩"),
                Arguments.of("建成充电桩两千个。", "2000 个"),
                Arguments.of("全年申请发明专利三十余件。", "30 件 >"),
                Arguments.of("研发投入占营业收入的比重为百分之五。", "5 %"),
                Arguments.of("增速比上年提高2.3个百分点。", "2.3 个百分点"),
                Arguments.of("每个项目配套资金3至5亿元。", "300000000 元"),
                Arguments.of("预计新增用地30—50亩。", "30 亩"),
                Arguments.of("产值增长1.5倍。", "1.5 倍"),
                Arguments.of("税收达4600万元以上。", "46000000 元 >"),
                Arguments.of("投资额为2000万元左右。", "20000000 元 ~"),
                Arguments.of("铺设管网１２公里。", "12 公里"),
                Arguments.of("新增装机容量80兆瓦。", "80 兆瓦"),
                Arguments.of("年处理污水3万吨。", "30000 吨"),
                Arguments.of("签约额突破百亿元大关,签约项目逾20个。", "10000000000 元 >; 20 个 >"),
                Arguments.of("技术合同成交额將近8亿元,同比增長12.5%。", "800000000 元 <~; 12.5 %"),
                Arguments.of("实际利用外资1.14亿美元（11369万美元）。", "114000000 美元"),
                Arguments.of("其中1亿元以上10亿元以下项目32个。", "32 个"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void findsValuesUnitsAndQualifiers(String sentence, String expected) {
        assertEquals(expected, render(figures(sentence)));
    }

    static Stream<Arguments> nothing() {
        return Stream.of(
                Arguments.of("2024年3月5日,高新区召开第十一届第三次会议。"),
                Arguments.of("全面落实“1015”战略,深化“三个一批”活动。"),
                Arguments.of("高新区历经30多年的发展,已成为全市的增长极。"),
                Arguments.of("咨询电话:0391-3568888。"),
                Arguments.of("该项目将在3个月内完工。"),
                Arguments.of("东湖高新区是全省唯一一个人才特区。"),
                Arguments.of("国务院分两次集中批复了国家高新区。"),
                Arguments.of("园区推进3000座席呼叫中心建设。"),
                Arguments.of("园区内2000万口径的规模以上工业企业名单见附件。"),
                Arguments.of("河南某公司年产20万吨环保材料项目开工建设。"),
                Arguments.of("全区共有亿元以上项目,覆盖三大主导产业。"),
                Arguments.of("一是强化创新引领,二是优化营商环境。"),
                Arguments.of("市委十二届六次全会精神得到深入贯彻。"),
                Arguments.of("“百名博士进高新”活动启动,百家企业进高校。"),
                Arguments.of("综合排名进入全国前50名。"),
                Arguments.of("从三个方面作了部署。"),
                Arguments.of("豫信2号基金正式启动。"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothing")
    void findsNoFigureIn(String sentence) {
        assertEquals("", render(figures(sentence)));
    }

    static Stream<Arguments> labels() {
        return Stream.of(
                Arguments.of("全区拥有42家高新技术企业、96家科技型中小企业、5个省级工程技术研究中心。",
                        List.of("高新技术企业", "科技型中小企业", "省级工程技术研究中心")),
                Arguments.of("截至目前,累计签约项目27个,总投资88.6亿元。", List.of("签约项目", "签约项目总投资")),
                Arguments.of("其中先进制造类项目12个、现代服务类项目8个。", List.of("先进制造类项目", "现代服务类项目")),
                Arguments.of("省、市重点项目分别完成年度计划的88.2%和91.5%。",
                        List.of("省重点项目完成年度计划", "市重点项目完成年度计划")),
                Arguments.of("协助企业招聘技术工人260余人。", List.of("技术工人")),
                Arguments.of("园区还有大小分别为120亩、80亩和45亩的可用地。", List.of("可用地", "可用地", "可用地")),
                Arguments.of("计划新建道路8条,26.5公里。", List.of("道路", "道路")),
                Arguments.of("盘活3个闲置地块共210亩。", List.of("闲置地块", "闲置地块")),
                Arguments.of("总投资12亿元的项目已开工。", List.of("总投资")),
                Arguments.of("全年接待参观团组320余场次、1.2万余人。", List.of("接待参观团组", "接待参观团组")),
                Arguments.of("已建成总计超过6万平方米的科技企业孵化空间。", List.of("科技企业孵化空间")),
                Arguments.of("完成4个地块共126亩的清理整顿工作。", List.of("地块", "地块")),
                Arguments.of("金山产业园共计规划道路主干路网6条。", List.of("规划道路主干路网")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("labels")
    void labelsWhatIsMeasured(String sentence, List<String> expected) {
        assertEquals(expected, figures(sentence).stream().map(Figure::metric).toList());
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of("1—8月,完成固定资产投资45.6亿元。", "2024-01..2024-08"),
                Arguments.of("今年1月至6月份,新增市场主体860户。", "2024-01..2024-06"),
                Arguments.of("前三季度,规上工业增加值增长7.1%。", "2024-01..2024-09"),
                Arguments.of("上半年,实现税收9.8亿元。", "2024-01..2024-06"),
                Arguments.of("一季度,签约项目9个。", "2024-01..2024-03"),
                Arguments.of("去年,技术合同成交额达6亿元。", "2023-01..2023-12"),
                Arguments.of("2022年,园区营业收入380亿元。", "2022-01..2022-12"),
                Arguments.of("今年以来,新增高新技术企业15家。", "2024-01..2024-09"),
                Arguments.of("8月20日,高新区集中签约项目16个。", "2024-08..2024-08"),
                Arguments.of("园区现有企业320家。", "null"),
                Arguments.of("2021年至2023年,累计兑现政策资金4.86亿元。", "2021-01..2023-12"),
                Arguments.of("到2027年,园区营业收入力争突破500亿元。", "2027-01..2027-12"),
                Arguments.of("开园一年来,园区新引进企业46家。", "2023-09..2024-08"),
                Arguments.of("近三年,公司营收年均增长21%。", "2021-01..2023-12"),
                Arguments.of("截至8月底,今年累计签约项目68个。", "2024-01..2024-08"),
                Arguments.of("研发费用占比从2020年的2.6%提升到3.4%。", "2020-01..2020-12"),
                Arguments.of("展示中心自2022年7月开馆以来(至2024年6月),共接待参观者4万余人。", "2022-07..2024-06"),
                Arguments.of("2021年以来,园区累计引进企业300家。", "2021-01..2024-09"),
                Arguments.of("自2023年3月投运以来,累计处理污水120万吨。", "2023-03..2024-09"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void resolvesPeriods(String sentence, String expected) {
        Figure f = figures(sentence).get(0);
        assertEquals(expected, String.valueOf(f.period()));
    }

    static Stream<Arguments> modalities() {
        return Stream.of(
                Arguments.of("力争全年签约项目30个。", Modality.TARGET),
                Arguments.of("计划总投资20亿元建设科创园。", Modality.TARGET),
                Arguments.of("到2027年,高新技术企业达到200家。", Modality.TARGET),
                Arguments.of("预计年产值将超过50亿元。", Modality.TARGET),
                Arguments.of("剩余15个项目计划年底前开工。", Modality.TARGET),
                Arguments.of("今年已完成投资12亿元。", Modality.ACTUAL),
                Arguments.of("完成年度投资计划的102.3%。", Modality.ACTUAL),
                Arguments.of("每年为企业争取的各类资金达3000万元。", Modality.ACTUAL),
                Arguments.of("下一步,将力争全年投资增长10%以上,新增高新技术企业不少于80家。", Modality.TARGET),
                Arguments.of("计划总投资5亿元的项目,目前已完成投资3亿元。", Modality.TARGET),
                Arguments.of("近三年,园区要完成新建道路12条,新增标准厂房面积11万平方米。", Modality.TARGET),
                Arguments.of("按照活动要求,今年以来为企业疏通下水管道3起。", Modality.ACTUAL),
                Arguments.of("高新区将东园按照产业规划细分成4个小园区。", Modality.ACTUAL),
                Arguments.of("高新区将新建标准厂房20万平方米。", Modality.TARGET),
                Arguments.of("园区已建成国家火炬计划软件产业基地等14个国家级平台。", Modality.ACTUAL),
                Arguments.of("目前园区规划中还有4块可用地。", Modality.ACTUAL),
                Arguments.of("该项目已建成并于2024年6月投产,年内实现产值3亿元。", Modality.ACTUAL),
                Arguments.of("展示中心自2022年7月开馆以来(至2024年6月),共接待参观者4万余人。", Modality.ACTUAL),
                Arguments.of("二期工程建成达产实现年营业收入40亿元。", Modality.TARGET));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modalities")
    void tellsTargetsFromActuals(String sentence, Modality expected) {
        assertEquals(expected, figures(sentence).get(0).modality());
    }

    @Test
    void thePartsOfAPlanArePlannedAndThePartsOfAResultAreAchieved() {
        List<Figure> plan = figures("园区共计规划道路主干路网6条，其中主干道25公里，支路网56公里。");
        assertEquals(List.of(Modality.TARGET, Modality.TARGET, Modality.TARGET), plan.stream().map(Figure::modality).toList());
        List<Figure> mixed = figures("力争全年签约项目30个，其中已签约12个。");
        assertEquals(List.of(Modality.TARGET, Modality.ACTUAL), mixed.stream().map(Figure::modality).toList());
        List<Figure> result = figures("园区共有企业120家，其中规上企业35家。");
        assertEquals(List.of(Modality.ACTUAL, Modality.ACTUAL), result.stream().map(Figure::modality).toList());
    }

    @Test
    void aNumberedItemDoesNotTakeTheDeadlineOfTheItemBeforeIt() {
        List<Figure> fs = figures("（2）物流园。到2027年实现年营业收入100亿元。（3）货运中心。货运中心投资约10亿元。");
        assertEquals(List.of(Modality.TARGET, Modality.ACTUAL), fs.stream().map(Figure::modality).toList());
    }

    @Test
    void aPlanGoesOnPastASemicolonButNotPastAFullStop() {
        List<Figure> fs = figures("明年,力争营业收入增长10%以上;新增高新技术企业50家。今年新增高新技术企业42家。");
        assertEquals(List.of(Modality.TARGET, Modality.TARGET, Modality.ACTUAL), fs.stream().map(Figure::modality).toList());
    }

    @Test
    void headlineFiguresTakeTheArticlesDateAcrossItsDateLine() {
        var doc = TextCleaner.clean(SourceDocument.ofText("t", "某某高新区签约项目18个\n\n2024-05-24 09:40　来源：某某日报\n\n"
                + "本报讯 5月23日,某某高新区共签约项目18个。\n"));
        List<Figure> fs = FigureExtractor.extract(doc);
        assertEquals("2024-05..2024-05", String.valueOf(fs.get(0).period()));
        assertEquals(doc.headlines().get(0), fs.get(1).headline(), "the lead after the date line belongs to the headline");
    }

    @Test
    void linksBreakdownPartsToTheirWhole() {
        List<Figure> fs = figures("共签约项目30个,总投资60亿元,其中工业项目18个、服务业项目12个。");
        assertEquals(4, fs.size());
        assertEquals("part", fs.get(2).role());
        assertEquals(fs.get(0).id(), fs.get(2).parentId());
        assertEquals(fs.get(0).id(), fs.get(3).parentId());
    }

    @Test
    void linksGrowthToThePartItFollows() {
        List<Figure> fs = figures("固定资产投资86.5亿元,增长12.8%,其中工业投资42.3亿元,增长15.4%。");
        assertEquals(fs.get(0).id(), fs.get(1).parentId());
        assertEquals("part", fs.get(2).role());
        assertEquals(fs.get(2).id(), fs.get(3).parentId(), "the second growth rate is the part's");
    }

    @Test
    void readsTheMastheadAfterThePapersName() {
        var doc = TextCleaner.clean(SourceDocument.ofText("t", "洛阳日报 2024年8月20日 星期二\n\n正文。\n"));
        assertEquals(java.time.LocalDate.of(2024, 8, 20), doc.published());
        assertEquals("洛阳日报", doc.source());
        var bulletin = TextCleaner.clean(SourceDocument.ofText("t", "標題\n\n2024-10-25　來源：新鄉高新區管委會\n\n正文。\n"));
        assertEquals("新鄉高新區管委會", bulletin.source());
        assertEquals(java.time.LocalDate.of(2024, 10, 25), bulletin.published());
    }

    @Test
    void linksGrowthToTheFigureItQualifies() {
        List<Figure> fs = figures("实现营业收入120亿元,同比增长12.3%。");
        assertEquals("growth", fs.get(1).role());
        assertEquals(fs.get(0).id(), fs.get(1).parentId());
    }

    @Test
    void quotesStandExactlyAsInTheFile() {
        String text = MASTHEAD + "園區簽約項目１２個,總投資３.５億元。";
        var doc = TextCleaner.clean(SourceDocument.ofText("t", text));
        List<Figure> fs = FigureExtractor.extract(doc);
        assertEquals(2, fs.size());
        for (Figure f : fs) {
            assertEquals(f.text(), text.substring(f.start(), f.end()));
        }
        assertEquals(350000000, fs.get(1).value(), 0.5);
        assertTrue(fs.get(0).text().contains("１２個"));
    }
}
