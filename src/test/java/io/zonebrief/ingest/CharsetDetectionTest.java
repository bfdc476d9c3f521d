package io.zonebrief.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CharsetDetectionTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    @TempDir
    Path dir;

    static Stream<Arguments> encodings() {
        return Stream.of(
                Arguments.of("utf-8", StandardCharsets.UTF_8, false, "UTF-8"),
                Arguments.of("utf-8-bom", StandardCharsets.UTF_8, true, "UTF-8"),
                Arguments.of("gb18030", GB18030, false, "GB18030"),
                Arguments.of("gbk", GBK, false, "GB18030"),
                Arguments.of("utf-16le", StandardCharsets.UTF_16LE, false, "UTF-16LE"),
                Arguments.of("utf-16le-bom", StandardCharsets.UTF_16LE, true, "UTF-16LE"),
                Arguments.of("utf-16be", StandardCharsets.UTF_16BE, false, "UTF-16BE"),
                Arguments.of("utf-16be-bom", StandardCharsets.UTF_16BE, true, "UTF-16BE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesSimplifiedTextInEveryEncoding(String name, Charset cs, boolean bom, String detected) throws IOException {
        for (String text : List.of(Samples.ARTICLE, Samples.SHORT, Samples.seed(Samples.seeds().get(0)))) {
            SourceDocument d = read(name + ".txt", encode(text, cs, bom));
            assertEquals(text, d.text(), name);
            assertEquals(detected, d.charset(), name);
            assertEquals("txt", d.format());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void decodesTraditionalTextInEveryEncoding(String name, Charset cs, boolean bom, String detected) throws IOException {
        assertEquals(Samples.TRADITIONAL, read(name + ".txt", encode(Samples.TRADITIONAL, cs, bom)).text(), name);
    }

    @Test
    void decodesBig5() throws IOException {
        assertTrue(BIG5.newEncoder().canEncode(Samples.TRADITIONAL));
        SourceDocument d = read("big5.txt", Samples.TRADITIONAL.getBytes(BIG5));
        assertEquals(Samples.TRADITIONAL, d.text());
        assertEquals("Big5", d.charset());
    }

    /** Short texts are where statistical detectors go wrong; every one must still come back. */
    @ParameterizedTest
    @MethodSource("shortTexts")
    void tellsGbkFromBig5OnShortTexts(String simplified, String traditional) throws IOException {
        assertEquals(simplified, read("s.txt", simplified.getBytes(GBK)).text());
        assertEquals(traditional, read("t.txt", traditional.getBytes(BIG5)).text());
    }

    static Stream<Arguments> shortTexts() {
        return Stream.of(
                Arguments.of("高新区企业", "園區廠商"),
                Arguments.of("高新区经济", "科學園區"),
                Arguments.of("总投资35亿元。", "投資新臺幣三百億元。"),
                Arguments.of("本报讯 高新区举行植树活动", "本報訊 園區舉行植樹活動"),
                Arguments.of("前三季度，高新区累计签约项目39个。", "前三季，園區累計簽約項目三十九個。"),
                Arguments.of("郑州高新区全力加快推进建设", "臺北市政府推動產業發展"),
                Arguments.of("企业营业收入同比增长12.5%", "企業營業收入較去年成長百分之十二"));
    }

    @Test
    void forcedCharsetOverridesDetection() throws IOException {
        byte[] gbk = Samples.SHORT.getBytes(GBK);
        SourceDocument asBig5 = new DocumentReader(1 << 20, BIG5).read(Samples.write(dir, "f.txt", gbk));
        assertEquals("Big5", asBig5.charset());
        byte[] big5 = Samples.TRADITIONAL.getBytes(BIG5);
        SourceDocument forced = new DocumentReader(1 << 20, BIG5).read(Samples.write(dir, "g.txt", big5));
        assertEquals(Samples.TRADITIONAL, forced.text());
    }

    @Test
    void forcedCharsetThatDoesNotFitIsAnError() throws IOException {
        Path p = Samples.write(dir, "gbk.txt", Samples.ARTICLE.getBytes(GBK));
        IngestException e = BadInputTest.fails(new DocumentReader(1 << 20, StandardCharsets.UTF_8), p);
        assertTrue(e.getMessage().contains("--encoding"), e.getMessage());
    }

    @Test
    void declaredHtmlCharsetIsHonoured() {
        assertEquals(GB18030, HtmlFormat.declared("<meta charset=\"gb2312\">".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(BIG5, HtmlFormat.declared(
                "<meta http-equiv=Content-Type content='text/html; charset=big5'>".getBytes(StandardCharsets.US_ASCII)));
    }

    private SourceDocument read(String name, byte[] bytes) throws IOException {
        return DocumentReader.withDefaults().read(Samples.write(dir, name, bytes));
    }

    static byte[] encode(String text, Charset cs, boolean bom) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.write("\uFEFF".getBytes(cs));
        }
        out.write(text.getBytes(cs));
        return out.toByteArray();
    }
}
