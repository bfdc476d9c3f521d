package io.zonebrief.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Articles and the documents the tests build from them. */
public final class Samples {

    static final String SHORT = "高新区签约项目12个，总投资35亿元。";
    static final String ARTICLE = """
            高新区举行春季义务植树活动

            本报讯（记者付凯明）3月12日下午，高新区在宁郭镇大驾村举行2026年春季义务植树活动。

            经过一番辛勤劳作，500余株新栽苗木迎风挺立，为高新区增添了一抹新绿。
            """;
    /** Traditional characters, every one of them in Big5. */
    static final String TRADITIONAL = """
            新竹科學園區營業額創新高

            本報訊 新竹科學園區今年前三季營業額達新臺幣三百億元，較去年同期成長百分之十二。
            """;

    private static final String FONT = "/io/zonebrief/render/fonts/NotoSansSC-Regular.ttf";

    private Samples() {
    }

    static List<Path> seeds() throws IOException {
        try (var s = Files.list(Path.of("seeds"))) {
            return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static String seed(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Non-blank lines, trimmed: the paragraphs a converted document should give back. */
    public static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** The text without whitespace: what must survive any conversion unchanged. */
    static String ink(String text) {
        return text.replaceAll("[\\s\\u3000\\u00A0\\uFEFF]+", "");
    }

    public static byte[] docx(List<String> paragraphs, List<List<String>> table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            if (!table.isEmpty()) {
                XWPFTable t = doc.createTable(table.size(), table.get(0).size());
                for (int r = 0; r < table.size(); r++) {
                    for (int c = 0; c < table.get(r).size(); c++) {
                        t.getRow(r).getCell(c).setText(table.get(r).get(c));
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    /** A PDF with the lines written top to bottom, wrapped at {@code width} characters, in Noto Sans SC. */
    public static byte[] pdf(List<String> lines, int width) throws IOException {
        List<String> wrapped = new ArrayList<>();
        for (String l : lines) {
            for (int i = 0; i < l.length(); i += width) {
                wrapped.add(l.substring(i, Math.min(l.length(), i + width)));
            }
        }
        try (PDDocument doc = new PDDocument(); InputStream font = Samples.class.getResourceAsStream(FONT)) {
            PDType0Font f = PDType0Font.load(doc, font);
            int perPage = 45;
            for (int start = 0; start < wrapped.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(f, 12);
                    cs.setLeading(16);
                    cs.newLineAtOffset(50, 790);
                    for (String l : wrapped.subList(start, Math.min(wrapped.size(), start + perPage))) {
                        cs.showText(l);
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            return save(doc);
        }
    }

    /** A one-page PDF holding only a picture, as a scanner makes it. */
    static byte[] scannedPdf() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage img = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
            img.getGraphics().fillRect(10, 10, 40, 5);
            PDImageXObject x = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(x, 50, 500, 300, 400);
            }
            return save(doc);
        }
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save((OutputStream) out);
        return out.toByteArray();
    }

    static Path write(Path dir, String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        return Files.write(p, bytes);
    }
}
