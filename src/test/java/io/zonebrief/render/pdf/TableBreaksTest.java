package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import io.zonebrief.render.chart.CjkFont;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Tables laid out below every amount of text before them, read back page by page: no page holds one
 * row of a table, whatever the table's length and wherever the page ends; a part that starts inside a
 * group repeats the group's name.
 */
class TableBreaksTest {

    private static Styles STYLES;

    @BeforeAll
    static void styles() throws IOException {
        STYLES = new Styles(CjkFont.bundled(), BriefingTemplate.defaults().colours());
    }

    @Test
    void noPageHoldsOneRowOfATable() throws Exception {
        int checked = 0;
        for (int rows : new int[] {2, 3, 5, 40}) {
            for (int lines = 0; lines <= 44; lines += rows == 40 ? 1 : 2) {
                List<List<Integer>> pages = rowsPerPage(lines, rows);
                int seen = 0;
                for (List<Integer> page : pages) {
                    assertTrue(page.size() != 1, rows + " rows below " + lines + " lines: " + pages);
                    seen += page.size();
                }
                assertEquals(rows, seen, "every row is printed once: " + pages);
                checked++;
            }
        }
        assertTrue(checked > 60);
    }

    @Test
    void aShortTableStaysOnItsCaptionsPageWhereverThePageEnds() throws Exception {
        for (int lines = 0; lines <= 44; lines++) {
            assertEquals(List.of(List.of(1, 2, 3)), rowsPerPage(lines, 3), "below " + lines + " lines");
        }
    }

    @Test
    void aPartStartingInsideAGroupRepeatsItsName() {
        Tables t = new Tables(STYLES, List.of("指标", "数值"), new int[] {Element.ALIGN_LEFT, Element.ALIGN_RIGHT});
        t.group("郑州市中心医院");
        t.row("诊疗人次", "314.76万人次").row("出院人次", "14.91万人次").row("手术量", "4.11万台");
        assertEquals(1 + 1 + 2, t.part(2, 4).size(), "header, 郑州市中心医院（续）, two rows");
        assertEquals(1 + 2, t.part(0, 2).size(), "header, the group row and one row");
    }

    /**
     * The row numbers of one table on each page from its caption's on, with {@code lines} lines of text
     * before it; each row's first cell tells the page events where it landed.
     */
    private static List<List<Integer>> rowsPerPage(int lines, int rows) throws Exception {
        Document doc = new Document(PageSize.A4, 80, 74, 85, 71);
        PdfWriter writer = PdfWriter.getInstance(doc, OutputStream.nullOutputStream());
        Map<Integer, List<Integer>> byPage = new TreeMap<>();
        writer.setPageEvent(new PdfPageEventHelper() {
            @Override
            public void onGenericTag(PdfWriter w, Document d, Rectangle where, String tag) {
                int row = tag.startsWith("表") ? 0 : Integer.parseInt(tag);
                List<Integer> page = byPage.computeIfAbsent(w.getPageNumber(), k -> new ArrayList<>());
                if (row > 0) {
                    page.add(row);
                }
            }
        });
        doc.open();
        for (int i = 0; i < lines; i++) {
            doc.add(STYLES.paragraph("正文" + i, STYLES.body(), true));
        }
        Tables t = new Tables(STYLES, List.of("指标", "数值"), new int[] {Element.ALIGN_LEFT, Element.ALIGN_RIGHT});
        for (int r = 1; r <= rows; r++) {
            Chunk label = STYLES.chunk("第" + r + "行", STYLES.cell());
            label.setGenericTag(String.valueOf(r));
            t.row(List.of(new Phrase(label), STYLES.phrase(r + "个", STYLES.cell())));
        }
        TableBreaks.place(doc, writer, List.of(Tables.caption(STYLES, 1, "测试表")), t,
                doc.right() - doc.left(), false);
        // ends the last page, which is all the count needs; closing would subset the font for nothing
        doc.newPage();
        return List.copyOf(byPage.values());
    }
}
