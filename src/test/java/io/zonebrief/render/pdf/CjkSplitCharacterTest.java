package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.zonebrief.render.chart.CjkFont;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CjkSplitCharacterTest {

    private static final String TEXT = "今年6月起在全区开展招商引“进”百日攻坚行动，最终签约项目41个，总投资129.53亿元，"
            + "其中城市经济类项目21个、装备制造类项目9个；实际利用外资500万美元。1—8月完成投资10.52亿元，"
            + "占年度投资计划的104.68%！《高新区报》报道：“这是历年最好成绩。”（本报记者）";

    @Test
    void closingPunctuationNeverStartsALine() {
        for (char c : "、，。；：！？）》”%".toCharArray()) {
            assertFalse(CjkSplitCharacter.canBreakBetween('个', c), "break before " + c);
        }
    }

    @Test
    void openingPunctuationNeverEndsALine() {
        for (char c : "（《“".toCharArray()) {
            assertFalse(CjkSplitCharacter.canBreakBetween(c, '高'), "break after " + c);
        }
    }

    @Test
    void numbersStayWithTheirUnitAndRanges() {
        assertFalse(CjkSplitCharacter.canBreakBetween('2', '亿'));
        assertFalse(CjkSplitCharacter.canBreakBetween('1', '2'));
        assertFalse(CjkSplitCharacter.canBreakBetween('.', '5'));
        assertFalse(CjkSplitCharacter.canBreakBetween('1', '—'));
        assertFalse(CjkSplitCharacter.canBreakBetween('—', '8'));
        assertTrue(CjkSplitCharacter.canBreakBetween('资', '1'));
        assertTrue(CjkSplitCharacter.canBreakBetween('高', '新'));
        assertTrue(CjkSplitCharacter.canBreakBetween('，', '总'));
    }

    @Test
    void laidOutLinesNeverStartWithClosingPunctuation() throws Exception {
        Styles styles = new Styles(CjkFont.bundled(), BriefingTemplate.defaults().colours());
        List<List<String>> pages = layOut(styles, true);
        int lines = 0;
        for (int i = 0; i < pages.size(); i++) {
            for (String line : pages.get(i)) {
                lines++;
                char first = line.charAt(0);
                assertTrue(CjkSplitCharacter.NO_START.indexOf(first) < 0, "width " + width(i) + ": line starts with "
                        + first + ": " + line);
                char last = line.charAt(line.length() - 1);
                assertTrue(CjkSplitCharacter.NO_END.indexOf(last) < 0, "width " + width(i) + ": line ends with " + last);
            }
        }
        assertTrue(lines > 100, "laid out many lines: " + lines);
    }

    @Test
    void withoutTheRuleOpenPdfDoesStartLinesWithPunctuation() throws Exception {
        Styles styles = new Styles(CjkFont.bundled(), BriefingTemplate.defaults().colours());
        boolean offending = layOut(styles, false).stream().flatMap(List::stream)
                .anyMatch(l -> CjkSplitCharacter.NO_START.indexOf(l.charAt(0)) >= 0);
        assertTrue(offending, "the test text must provoke the problem the rule fixes");
    }

    private static float width(int page) {
        return 90 + 6 * page;
    }

    /** The text in one column per page, the column 6pt wider on each page; the lines of each page. */
    private static List<List<String>> layOut(Styles styles, boolean rule) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.open();
        int pages = 40;
        for (int i = 0; i < pages; i++) {
            Paragraph p;
            if (rule) {
                p = styles.paragraph(TEXT, styles.body(), false);
            } else {
                p = new Paragraph(18f);
                p.add(new com.lowagie.text.Chunk(TEXT, styles.body()));
            }
            com.lowagie.text.pdf.PdfPTable column = new com.lowagie.text.pdf.PdfPTable(1);
            column.setTotalWidth(width(i));
            column.setLockedWidth(true);
            com.lowagie.text.pdf.PdfPCell cell = new com.lowagie.text.pdf.PdfPCell();
            cell.setBorder(com.lowagie.text.Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.addElement(p);
            column.addCell(cell);
            doc.add(column);
            doc.newPage();
        }
        doc.close();
        List<List<String>> result = new ArrayList<>();
        try (var pd = org.apache.pdfbox.Loader.loadPDF(out.toByteArray())) {
            org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int i = 1; i <= pages; i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                result.add(stripper.getText(pd).lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            }
        }
        return result;
    }
}
