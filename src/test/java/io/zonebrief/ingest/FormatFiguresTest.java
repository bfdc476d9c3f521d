package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.FigureExtractor;
import io.zonebrief.text.TextCleaner;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One article with a table, stored the ways offices and sites store it, gives the figures its plain-text
 * version gives: value, unit and label, the table's numbers with their column's unit.
 */
class FormatFiguresTest {

    private static final String HEADLINE = "高新区一季度经济运行稳中有进";
    private static final List<String> PARAGRAPHS = List.of(
            "今年一季度，高新区完成地区生产总值86.5亿元，同比增长7.2%。",
            "全区新签约项目18个，总投资132亿元，其中亿元以上项目9个。",
            "规上工业增加值增长9.1%，新增高新技术企业25家。",
            "主要企业经营情况如下。");
    private static final List<List<String>> TABLE = List.of(
            List.of("指标", "金额（万元）", "增速（%）"),
            List.of("营业收入", "45600", "12.5"),
            List.of("税收收入", "3200", "-2.1"));

    @TempDir
    Path dir;

    private final DocumentReader reader = DocumentReader.withDefaults();

    /** The article as plain text, its table as tab-separated rows: what every other format must match. */
    private static String plainText() {
        StringBuilder sb = new StringBuilder(HEADLINE).append("\n\n");
        PARAGRAPHS.forEach(p -> sb.append(p).append("\n\n"));
        TABLE.forEach(r -> sb.append(String.join("\t", r)).append('\n'));
        return sb.toString();
    }

    private static String htmlPage(String head) {
        StringBuilder sb = new StringBuilder(head).append("<html><head><meta charset=\"utf-8\"><title>")
                .append(HEADLINE).append("_高新区管委会</title></head><body><nav><a href=/>首页</a></nav><h1>")
                .append(HEADLINE).append("</h1><div class=content>");
        PARAGRAPHS.forEach(p -> sb.append("<p>").append(p).append("</p>\n"));
        sb.append("<table>");
        TABLE.forEach(r -> sb.append("<tr><td>").append(String.join("</td><td>", r)).append("</td></tr>"));
        return sb.append("</table></div><footer>版权所有</footer></body></html>").toString();
    }

    private static String markdown() {
        StringBuilder sb = new StringBuilder("# ").append(HEADLINE).append("\n\n");
        PARAGRAPHS.forEach(p -> sb.append(p).append("\n\n"));
        sb.append("| ").append(String.join(" | ", TABLE.get(0))).append(" |\n|---|---:|---:|\n");
        TABLE.subList(1, TABLE.size()).forEach(r -> sb.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return sb.toString();
    }

    /** A page saved by a browser as one file: MIME, the page quoted-printable in GBK, a picture after it. */
    private static byte[] mhtml() {
        Charset gbk = Charset.forName("GBK");
        StringBuilder qp = new StringBuilder();
        int column = 0;
        for (byte b : htmlPage("").replace("charset=\"utf-8\"", "charset=\"gbk\"").getBytes(gbk)) {
            int c = b & 0xFF;
            String enc = c >= 33 && c <= 126 && c != '=' ? String.valueOf((char) c) : String.format("=%02X", c);
            if (column + enc.length() > 75) {
                qp.append("=\r\n");
                column = 0;
            }
            qp.append(enc);
            column += enc.length();
        }
        String msg = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/gxq/2024/0412/c123.html\r\n"
                + "Subject: " + "=?utf-8?B?" + Base64.getEncoder().encodeToString(HEADLINE.getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"----MultipartBoundary--abc\"\r\n\r\n"
                + "------MultipartBoundary--abc\r\nContent-Type: text/html; charset=\"gbk\"\r\nContent-Transfer-Encoding: quoted-printable\r\n"
                + "Content-Location: http://www.example.gov.cn/gxq/2024/0412/c123.html\r\n\r\n" + qp + "\r\n\r\n"
                + "------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Location: http://www.example.gov.cn/logo.png\r\n\r\niVBORw0KGgo=\r\n\r\n------MultipartBoundary--abc--\r\n";
        return msg.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = FormatFiguresTest.class.getResourceAsStream("formats/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<String> figures(SourceDocument d) {
        List<String> out = new ArrayList<>();
        for (Figure f : FigureExtractor.extract(TextCleaner.clean(d))) {
            out.add(f.metric() + "=" + BigDecimal.valueOf(f.value()).stripTrailingZeros().toPlainString() + f.unit());
        }
        return out;
    }

    private SourceDocument read(String name, byte[] bytes) throws IOException {
        return reader.read(Samples.write(dir, name, bytes));
    }

    @Test
    void everyStoredFormOfTheArticleGivesThePlainTextFigures() throws IOException {
        List<String> expected = figures(read("article.txt", plainText().getBytes(StandardCharsets.UTF_8)));
        assertTrue(expected.contains("营业收入=456000000元"), "the table's amount takes its column's unit: " + expected);
        assertTrue(expected.contains("税收收入=-2.1%"), "the growth column's percent: " + expected);
        byte[] page = htmlPage("").getBytes(StandardCharsets.UTF_8);
        byte[] jsp = htmlPage("<%@ page contentType=\"text/html;charset=UTF-8\" language=\"java\" %>\n")
                .getBytes(StandardCharsets.UTF_8);
        List<Object[]> forms = List.of(
                new Object[] {"article.jsp", jsp, "html"},
                new Object[] {"content", page, "html"},
                new Object[] {"detail.do", page, "html"},
                new Object[] {"article.mht", mhtml(), "mhtml"},
                new Object[] {"article.md", markdown().getBytes(StandardCharsets.UTF_8), "markdown"},
                new Object[] {"article.docx", Samples.docx(concat(HEADLINE, PARAGRAPHS), TABLE), "docx"},
                new Object[] {"article.doc", resource("article.doc"), "doc"},
                new Object[] {"article.rtf", resource("article.rtf"), "rtf"},
                new Object[] {"article.pdf", resource("article-table.pdf"), "pdf"});
        for (Object[] form : forms) {
            SourceDocument d = read((String) form[0], (byte[]) form[1]);
            assertEquals(form[2], d.format(), form[0] + " is read by its content");
            assertEquals(expected, figures(d), form[0] + " gives the plain text's figures");
        }
    }

    @Test
    void aPdfTableBecomesTabSeparatedRowsByItsColumns() throws IOException {
        SourceDocument d = read("table.pdf", resource("article-table.pdf"));
        assertTrue(d.text().contains("\n\n指标\t金额（万元）\t增速（%）\n营业收入\t45600\t12.5\n税收收入\t3200\t-2.1\n"), d.text());
        assertTrue(d.text().contains("主要企业经营情况如下。\n\n"), "the text before the table is no row: " + d.text());
    }

    @Test
    void markdownUnderAnyNameLosesItsMarksAndKeepsItsTable() throws IOException {
        SourceDocument d = read("README", markdown().getBytes(StandardCharsets.UTF_8));
        assertEquals("markdown", d.format());
        assertTrue(d.text().startsWith(HEADLINE + "\n\n"), d.text());
        assertTrue(d.text().contains("营业收入\t45600\t12.5\n税收收入\t3200\t-2.1"), d.text());
    }

    @Test
    void plainTextUnderAnOddNameIsReadAsText() throws IOException {
        SourceDocument d = read("article.dat", plainText().getBytes(Charset.forName("GB18030")));
        assertEquals("txt", d.format());
        assertEquals(plainText(), d.text());
    }

    @Test
    void aPdfSavedAsTextIsReadAsAPdf() throws IOException {
        SourceDocument d = read("report.txt", Samples.pdf(List.of(PARAGRAPHS.get(0)), 60));
        assertEquals("pdf", d.format());
        assertEquals(PARAGRAPHS.get(0) + "\n", d.text());
    }

    @Test
    void aPdfNumberWhoseUnitRunsOntoTheNextLineKeepsIt() throws IOException {
        String filler = "高新区持续优化营商环境，推动产业集聚发展，服务企业做好各项要素保障工作，";
        String sentence = filler + "全年兑现各类奖补资金500万元，惠及企业120家。";
        int width = sentence.indexOf('万') + 1; // the line ends on 万 and 元 opens the next one
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(filler.repeat(2) + "。");
        }
        lines.add(sentence);
        SourceDocument pdf = read("split.pdf", Samples.pdf(lines, width));
        List<String> plain = figures(read("split.txt", (String.join("\n\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        assertTrue(plain.contains("兑现各类奖补资金=5000000元"), plain.toString());
        assertTrue(pdf.text().contains("资金500万元"), "the line that ends on 万 runs on into 元: " + pdf.text());
        assertEquals(plain, figures(pdf));
    }

    @Test
    void aScannedPdfIsReadByOcrAndGivesTheFiguresOfItsTextLayer() throws IOException {
        assumeTrue(Ocr.installed().isPresent(), "tesseract with chi_sim is not installed");
        List<String> lines = concat(HEADLINE, PARAGRAPHS);
        List<String> plain = figures(read("scan.txt", (String.join("\n\n", lines) + "\n").getBytes(StandardCharsets.UTF_8)));
        SourceDocument layer = read("text.pdf", resource("article.pdf"));
        assertEquals(plain, figures(layer), "the text layer gives the plain text's figures");
        SourceDocument scan = read("scan.pdf", scanOf(resource("article.pdf")));
        assertEquals("pdf (OCR)", scan.format(), "the reader says the text came from OCR");
        assertEquals(List.of("page 1 of 1 read by OCR (tesseract chi_sim); check its figures against the scan,"
                + " OCR may misread a character"), scan.warnings());
        assertEquals(plain, figures(scan), scan.text());
    }

    @Test
    void withoutOcrAScannedPdfSaysHowToInstallIt() throws IOException {
        assumeTrue(Ocr.installed().isEmpty(), "tesseract is installed");
        IngestException e = assertThrows(IngestException.class, () -> read("scan.pdf", scanOf(resource("article.pdf"))));
        assertTrue(e.getMessage().contains("to read it by OCR: " + Ocr.HOW_TO_ENABLE), e.getMessage());
    }

    /** Each page of a PDF as a scanner gives it back: a 300 dpi greyscale picture and no text layer. */
    private static byte[] scanOf(byte[] pdf) throws IOException {
        try (PDDocument text = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(text);
            for (int i = 0; i < text.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 300, ImageType.GRAY);
                PDPage page = new PDPage(text.getPage(i).getMediaBox());
                scan.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(scan, image);
                try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                    cs.drawImage(x, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
                }
            }
            return Samples.save(scan);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(List.of(first));
        out.addAll(rest);
        return out;
    }
}
