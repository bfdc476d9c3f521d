package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.text.TextCleaner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Numbers in .docx tables and PDF text read as they are written, end to end from the file. */
class TableFiguresTest {

    @TempDir
    Path dir;

    private List<Figure> extracted(String name, byte[] bytes) throws IOException {
        SourceDocument d = DocumentReader.withDefaults().read(Samples.write(dir, name, bytes));
        return FigureExtractor.extract(TextCleaner.clean(d));
    }

    private String figures(String name, byte[] bytes) throws IOException {
        return extracted(name, bytes).stream()
                .map(f -> BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString() + " " + f.unit())
                .collect(Collectors.joining("; "));
    }

    @Test
    void aBareNumberTakesItsColumnsUnit() throws IOException {
        byte[] docx = Samples.docx(List.of("2024年园区主要指标如下。"), List.of(
                List.of("指标", "金额（万元）", "增速（%）"),
                List.of("营业收入", "120", "-3.2"),
                List.of("税收", "45.5", "6")));
        assertEquals("1200000 元; -3.2 %; 455000 元; 6 %", figures("a.docx", docx));
    }

    @Test
    void aNumberWithoutAColumnUnitIsNoFigureAndNeverBorrowsTheNextCell() throws IOException {
        byte[] docx = Samples.docx(List.of("园区服务机构情况。"), List.of(
                List.of("类别", "数量", "备注"),
                List.of("律师事务所", "5万", "人员充足"),
                List.of("企业", "12", "个人独资")));
        assertEquals("", figures("b.docx", docx));
    }

    @Test
    void aPdfLineThatEndsInsideAFigureRunsOnIntoItsUnit() throws IOException {
        byte[] pdf = Samples.pdf(List.of("园区经济运行情况", "今年以来完成固定资产投资500", "万元，同比增长6%。"), 80);
        assertEquals("5000000 元; 6 %", figures("split.pdf", pdf));
    }

    @Test
    void emptyCellsAtTheEdgesOfARowKeepTheColumnsInLine() throws IOException {
        // the header's first cell and the rows' last cells are empty: 2024年 stays over the second number
        byte[] docx = Samples.docx(List.of("园区主要指标如下。", "单位：万元"), List.of(
                List.of("", "2023年", "2024年", ""),
                List.of("营业收入", "100", "120", ""),
                List.of("", "", "", "")));
        String periods = extracted("e.docx", docx).stream()
                .map(f -> BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString() + " " + f.unit() + " " + f.period())
                .collect(Collectors.joining("; "));
        assertEquals("1000000 元 2023-01..2023-12; 1200000 元 2024-01..2024-12", periods);
    }

    @Test
    void aCellWithItsOwnUnitKeepsIt() throws IOException {
        byte[] docx = Samples.docx(List.of("绿化情况。"), List.of(
                List.of("项目", "数量"),
                List.of("苗木", "500株")));
        assertEquals("500 株", figures("c.docx", docx));
    }

    private String labels(String name, byte[] bytes) throws IOException {
        return extracted(name, bytes).stream().map(Figure::metric).collect(Collectors.joining("; "));
    }

    @Test
    void aColumnThatNamesAnIndicatorLabelsItsNumbersAndTheRowSaysWhose() throws IOException {
        byte[] docx = Samples.docx(List.of("2024年各园区主要指标。"), List.of(
                List.of("园区", "营业收入（亿元）", "入驻企业（家）"),
                List.of("电子信息产业园", "120", "35"),
                List.of("生物医药产业园", "86.5", "22")));
        assertEquals("营业收入; 入驻企业; 营业收入; 入驻企业", labels("e.docx", docx));
    }

    @Test
    void rowsOfIndicatorsKeepTheirOwnLabelsUnderValueAndTimeColumns() throws IOException {
        byte[] docx = Samples.docx(List.of("2024年园区主要指标。"), List.of(
                List.of("指标", "完成额（亿元）", "2023年（亿元）"),
                List.of("营业收入", "120", "110"),
                List.of("税收", "45.5", "40")));
        assertEquals("营业收入; 营业收入; 税收; 税收", labels("f.docx", docx));
    }

    @Test
    void aColumnHeadedByAYearDatesItsNumbers() throws IOException {
        byte[] docx = Samples.docx(List.of("园区近两年主要指标。"), List.of(
                List.of("指标（亿元）", "2022年", "2023年"),
                List.of("营业收入", "110", "120")));
        assertEquals("2022-01..2022-12; 2023-01..2023-12",
                extracted("g.docx", docx).stream().map(f -> String.valueOf(f.period())).collect(Collectors.joining("; ")));
    }

    @Test
    void aRowHeaderStatesTheUnitOfARowOfYears() throws IOException {
        byte[] docx = Samples.docx(List.of("园区近两年主要指标。"), List.of(
                List.of("指标", "2022年", "2023年"),
                List.of("营业收入（亿元）", "110", "120"),
                List.of("入驻企业（家）", "300", "345")));
        assertEquals("11000000000 元; 12000000000 元; 300 家; 345 家", figures("h.docx", docx));
        assertEquals("营业收入; 营业收入; 入驻企业; 入驻企业", labels("h2.docx", docx));
    }

    @Test
    void pdfTextWithSpacesBetweenNumberAndUnitReadsRight() throws IOException {
        byte[] pdf = Samples.pdf(List.of("今年以来，园区完成固定资产投资 1000 万元，同比增长 12.5 %，新增企业 30 家。"), 60);
        assertEquals("10000000 元; 12.5 %; 30 家", figures("d.pdf", pdf));
    }
}
