package io.zonebrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.ingest.DocumentReader;
import io.zonebrief.ingest.SourceDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private static TextDocument seed(String prefix) throws Exception {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            Path p = s.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
            return TextCleaner.clean(DocumentReader.withDefaults().read(p));
        }
    }

    @Test
    void joinsLinesBrokenByTheLayout() throws Exception {
        TextDocument doc = seed("000");
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().contains("高新区(示范区)党工委书记")),
                "示范 / 区) should be one block");
    }

    @Test
    void aNumberCutFromItsUnitByAHardWrapIsMended() {
        String page = "高新区经济运行情况\n\n规上工业总产值1268.5\n亿元\n同比增长7.9%\n\n"
                + "今年以来，高新区持续优化营商环境，完成投资500\n\n万元，惠及企业120家。\n";
        List<String> blocks = TextCleaner.clean(SourceDocument.ofText("t", page)).blocks().stream().map(Block::text).toList();
        assertTrue(blocks.stream().anyMatch(b -> b.startsWith("规上工业总产值1268.5亿元")), "a stack of short lines: " + blocks);
        assertTrue(blocks.contains("今年以来，高新区持续优化营商环境，完成投资500万元，惠及企业120家。"), "across a blank line: " + blocks);
    }

    @Test
    void aLineThatIsOnlyANumberOrAYearIsNoCutFigure() {
        String page = "高新区企业名录\n\n共收录企业，统计截至2024\n年度报告期末。\n\n12\n\n个人独资企业名录见附件。\n";
        List<String> blocks = TextCleaner.clean(SourceDocument.ofText("t", page)).blocks().stream().map(Block::text).toList();
        assertFalse(blocks.stream().anyMatch(b -> b.contains("12个人")), "a page number alone: " + blocks);
        assertFalse(blocks.stream().anyMatch(b -> b.contains("2024\n年")), blocks.toString());
    }

    @Test
    void aNumberedHeadingIsNeverRunIntoTheSentenceBeforeIt() {
        String page = "园区工作总结\n\n近年来，园区各项工作稳步推进。现将园区建设情况汇报如下：\n\n一、园区概况\n\n园区规划面积12平方公里。\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", page));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().equals("一、园区概况") && b.type() == BlockType.SUBHEADING),
                doc.blocks().toString());
    }

    @Test
    void aTitleInTwoMatchedHalvesHeadsTheParagraphInsteadOfOpeningIt() {
        String page = "标题行\n\n本报讯 高新区各项工作稳步推进。\n\n30年增进福祉,群众获得感满满\n\n公共服务上,辖区新建学校5所。\n\n"
                + "一个被版面切断的句子在这里,累计签约\n\n项目41个。\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", page));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().equals("30年增进福祉,群众获得感满满")
                && b.type() == BlockType.SUBHEADING), doc.blocks().toString());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().startsWith("公共服务上")), doc.blocks().toString());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().endsWith("累计签约项目41个。")), doc.blocks().toString());
    }

    @Test
    void aTitleClosingOnAQuotedWordIsTheHeadlineAndAColumnMarkIsNot() {
        String page = "高新区让科技成果从“纸上”落到“地上”\n\n百家企业进高校 推动产学研合作\n\n开栏的话\n\n"
                + "本报讯 高新区近日启动产学研合作活动，组织20余家企业走进高校。\n\n他说：“这是第一次。”\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", page));
        assertEquals("高新区让科技成果从“纸上”落到“地上” 百家企业进高校 推动产学研合作", doc.headlines().get(0));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().equals("他说：“这是第一次。”")
                && b.type() == BlockType.PARAGRAPH), doc.blocks().toString());
    }

    @Test
    void joinsAcrossACaptionPlacedInsideASentence() {
        String page = "标题行\n\n本报讯 这是一段很长的正文，它在版面上被一幅图片的说明文字从中间切断成两段，读者需要跳过图片说明才能\n\n"
                + "厂区一角 本报记者 张三 摄\n\n继续读完这句话。\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", page));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().endsWith("才能继续读完这句话。")));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.type() == BlockType.CAPTION));
    }

    @Test
    void joinsACaptionTheLayoutBrokeInTheMiddleOfAWord() {
        String page = "2024年8月5日 星期一\n\n标题行\n\n本报讯 园区今年以来新增企业12家。\n\n"
                + "8月3日上午，园区开展高温慰问活动，为坚守岗位的环卫工人、建\n\n"
                + "筑工人送去清凉饮料300箱。李四 摄\n\n下一段正文。\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", page));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().contains("环卫工人、建筑工人送去清凉饮料300箱")),
                doc.blocks().toString());
        var drinks = io.zonebrief.extract.FigureExtractor.extract(doc).stream()
                .filter(f -> f.text().contains("300箱")).findFirst().orElseThrow();
        assertEquals(8, drinks.period().from().getMonthValue(), "dated by the caption's own day");
    }

    @Test
    void takesStackedShortLinesAsOneParagraphAndKeepsTableRowsApart() {
        String page = "标题\n\n上半年\n全区实现营业收入120亿元\n同比增长12.3%\n\n指标    数值     增速\n营业收入    120亿元    12.3%\n";
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t", page));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().equals("上半年\n全区实现营业收入120亿元\n同比增长12.3%")),
                doc.blocks().toString());
        assertTrue(doc.blocks().stream().anyMatch(b -> b.text().equals("营业收入    120亿元    12.3%")), doc.blocks().toString());
        var figures = io.zonebrief.extract.FigureExtractor.extract(doc);
        assertEquals("营业收入同比增长", figures.get(1).metric());
        assertEquals("营业收入增速", figures.get(3).metric(), "a table's rate column names the row's measure");
    }

    @Test
    void mendsNumbersWrappedByANarrowColumn() {
        String page = "2024年7月5日 星期五\n\n本报讯 今年以来，高新区累计\n签约项目41个，总投资129\n亿元，其中工业项目25个。\n\n"
                + "上半年，园区实现营业收入12\n0亿元，同比增长12.3%。\n";
        var figures = io.zonebrief.extract.FigureExtractor.extract(TextCleaner.clean(SourceDocument.ofText("t", page)));
        assertEquals(List.of(41.0, 12_900_000_000.0, 25.0, 12_000_000_000.0, 12.3),
                figures.stream().map(io.zonebrief.extract.Figure::value).toList());
    }

    @Test
    void splitsAPageIntoItsArticles() throws Exception {
        TextDocument doc = seed("002");
        assertTrue(doc.headlines().size() >= 5, "002 holds several 本报讯 items: " + doc.headlines());
        assertTrue(doc.headlines().stream().anyMatch(h -> h.endsWith("临港物流产业园区: “高标党建”引领稳步前行")),
                doc.headlines().toString());
    }

    @Test
    void keepsCaptionsAndMarksFurnitureAndRepeats() throws Exception {
        TextDocument doc = seed("001");
        assertTrue(doc.blocks().stream().anyMatch(b -> b.type() == BlockType.CAPTION && b.text().contains("签约项目41个")));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.type() == BlockType.FURNITURE && b.text().contains("新闻热线")));
        assertTrue(doc.blocks().stream().anyMatch(b -> b.repeatOf() >= 0 && b.text().contains("热烈庆祝")));
    }

    @Test
    void everySentenceOfEverySeedMapsBackToTheOriginal() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("seeds"))) {
            for (Path p : s.sorted().toList()) {
                TextDocument doc = TextCleaner.clean(DocumentReader.withDefaults().read(p));
                List<Block> blocks = doc.blocks();
                for (int i = 0; i < blocks.size(); i++) {
                    for (Sentence sentence : SentenceSplitter.split(blocks.get(i), i)) {
                        Block b = sentence.block();
                        for (int k = sentence.from(); k < sentence.to(); k++) {
                            assertEquals(b.text().charAt(k), doc.original().charAt(b.originalOffset(k)),
                                    p + " character " + k + " of block " + i);
                        }
                    }
                }
            }
        }
    }

    @Test
    void findsPublicationDates() throws Exception {
        assertEquals(LocalDate.of(2024, 10, 1), seed("001").published());
        assertEquals("masthead", seed("001").publishedHow());
        TextDocument doc = seed("002");
        assertEquals(2023, doc.year(), "第102个建党节 fixes the year");
        assertEquals("text", doc.publishedHow());
    }

    @Test
    void doesNotSplitSentencesInsideNumbersOrQuotes() {
        TextDocument doc = TextCleaner.clean(SourceDocument.ofText("t",
                "他说：“今年目标很明确。我们要完成任务。”增长1.5倍。另一句！"));
        List<Sentence> sentences = SentenceSplitter.split(doc.blocks().get(0), 0);
        assertEquals(3, sentences.size(), sentences.stream().map(Sentence::text).toList().toString());
        assertFalse(sentences.get(1).text().endsWith("1."));
    }
}
