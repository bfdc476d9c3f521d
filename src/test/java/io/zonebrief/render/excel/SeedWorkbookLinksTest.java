package io.zonebrief.render.excel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.extract.Figure;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Follows every hyperlink of the seeds' workbook and checks that it lands on the row it promises:
 * a fact's number on the figure it was taken from (same value, same sentence), a figure on the
 * fact it stands behind and on its document's row in 来源. Before the fix, 焦作高新区's 129.53亿元
 * linked to the caption that says 129亿元.
 */
class SeedWorkbookLinksTest {

    private static final DataFormatter SHOWN = new DataFormatter(Locale.ROOT);

    static Summary summary;
    static XSSFWorkbook wb;
    static Map<String, Fact> facts = new HashMap<>();

    @BeforeAll
    static void render() throws Exception {
        summary = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults().withReproducible(true),
                Progress.NONE);
        wb = Rendered.workbook(summary);
        for (ZoneSummary z : summary.zones()) {
            Stream.concat(Stream.concat(z.facts().stream(), z.context().stream()),
                    z.units().stream().flatMap(u -> u.facts().stream())).forEach(f -> facts.put(f.id(), f));
        }
    }

    /** A link: the cell it starts from and the row it lands on. */
    private record Link(Sheet from, Cell cell, Sheet to, int toRow, int toCol) {
        String where() {
            return from.getSheetName() + "!" + cell.getAddress() + " → " + to.getSheetName() + "!"
                    + new CellReference(toRow, toCol).formatAsString();
        }
    }

    private static List<Link> links() {
        List<Link> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (XSSFHyperlink h : ((XSSFSheet) s).getHyperlinkList()) {
                CellReference target = new CellReference(h.getLocation());
                Sheet to = wb.getSheet(target.getSheetName());
                assertNotNull(to, "link to a missing sheet: " + h.getLocation());
                Cell from = s.getRow(h.getFirstRow()).getCell(h.getFirstColumn());
                out.add(new Link(s, from, to, target.getRow(), target.getCol()));
            }
        }
        return out;
    }

    private static String text(Sheet s, int row, String header, int headerRow) {
        Row r = s.getRow(row);
        Cell c = r == null ? null : r.getCell(Rendered.column(s, headerRow, header));
        return c == null ? "" : SHOWN.formatCellValue(c);
    }

    private static double number(Sheet s, int row, String header, int headerRow) {
        return s.getRow(row).getCell(Rendered.column(s, headerRow, header)).getNumericCellValue();
    }

    private static boolean isZoneSheet(Sheet s) {
        return summary.zones().stream().anyMatch(z -> z.zone().equals(s.getSheetName()));
    }

    /** The scale of a display unit against its base unit: 亿元 is 10^8 元. */
    private static double scale(String unit) {
        return unit.startsWith("亿") ? 1e8 : unit.startsWith("万") ? 1e4 : 1;
    }

    @Test
    void everyLinkLandsOnTheRowItNames() {
        List<Link> links = links();
        Map<String, Integer> kinds = new HashMap<>();
        Sheet details = wb.getSheet("数据明细");
        for (Link l : links) {
            String from = l.from().getSheetName();
            String to = l.to().getSheetName();
            if (isZoneSheet(l.from()) && to.equals("数据明细")) {
                kinds.merge("zone→figure", 1, Integer::sum);
                int hr = ZoneSheet.HEADER_ROW;
                int row = l.cell().getRowIndex();
                String id = text(l.from(), row, "编号", hr);
                String figureId = text(details, l.toRow(), "编号", 0);
                Fact fact = facts.get(id);
                assertEquals(fact == null ? id : fact.valueFigureId(), figureId, l.where());
                double shown = number(l.from(), row, "数值", hr) * scale(text(l.from(), row, "单位", hr));
                double base = number(details, l.toRow(), "数值（基本单位）", 0);
                assertEquals(base, shown, Math.abs(base) * 1e-9, l.where() + " value");
                assertEquals(text(l.from(), row, "原文", hr), text(details, l.toRow(), "句子", 0), l.where() + " quote");
            } else if (from.equals("概览") && to.equals("数据明细")) {
                kinds.merge("overview→figure", 1, Integer::sum);
                if (l.cell().getCellType() == CellType.NUMERIC) {
                    // a number under a header that names its unit: 签约总投资（亿元）
                    String header = SHOWN.formatCellValue(l.from().getRow(OverviewSheet.HEADER_ROW).getCell(l.cell().getColumnIndex()));
                    String unit = header.replaceAll("^.*（(.*)）$", "$1");
                    double base = number(details, l.toRow(), "数值（基本单位）", 0);
                    assertEquals(base, l.cell().getNumericCellValue() * scale(unit), Math.abs(base) * 1e-9, l.where());
                } else {
                    assertEquals(SHOWN.formatCellValue(l.cell()), text(details, l.toRow(), "显示值", 0), l.where());
                }
            } else if (from.equals("概览")) {
                kinds.merge("overview→zone", 1, Integer::sum);
                assertTrue(isZoneSheet(l.to()) && l.to().getSheetName().equals(SHOWN.formatCellValue(l.cell())),
                        l.where());
            } else if (from.equals("数据明细") && to.equals("来源")) {
                kinds.merge("figure→document", 1, Integer::sum);
                String document = SHOWN.formatCellValue(l.cell());
                assertEquals(document, text(l.to(), l.toRow(), "文档", 0), l.where());
                String figureId = text(details, l.cell().getRowIndex(), "编号", 0);
                assertEquals(summary.expectFigure(figureId).documentId(), document, l.where());
            } else if (from.equals("数据明细") && isZoneSheet(l.to())) {
                kinds.merge("figure→fact", 1, Integer::sum);
                String factId = SHOWN.formatCellValue(l.cell());
                assertEquals(factId, text(l.to(), l.toRow(), "编号", ZoneSheet.HEADER_ROW), l.where());
                String figureId = text(details, l.cell().getRowIndex(), "编号", 0);
                assertTrue(facts.get(factId).figureIds().contains(figureId), l.where());
                assertEquals(l.to().getSheetName(), summary.expectFigure(figureId).zone(), l.where());
            } else {
                throw new AssertionError("unexpected link " + l.where());
            }
        }
        int figures = summary.figures().size();
        assertEquals(figures, kinds.get("figure→document"), "every figure links to its document: " + kinds);
        long inFacts = summary.figures().stream().filter(f -> factOf(f) != null).count();
        assertEquals(inFacts, (long) kinds.get("figure→fact"), "every figure in a fact links to it: " + kinds);
        assertTrue(kinds.get("zone→figure") >= facts.size(), "the value of every fact row links: " + kinds);
    }

    private static Fact factOf(Figure f) {
        return facts.values().stream().filter(x -> x.figureIds().contains(f.id())).findFirst().orElse(null);
    }

    @Test
    void theSigningTotalLinksToThePreciseFigureNotTheCaption() {
        Fact signing = facts.values().stream().filter(f -> f.value() == 12_953_000_000.0).findFirst().orElseThrow();
        assertTrue(signing.figureIds().size() >= 2, signing.toString());
        Figure precise = summary.expectFigure(signing.valueFigureId());
        assertTrue(precise.text().contains("129.53亿元"), precise.text());
        Sheet zone = wb.getSheet(precise.zone());
        int row = Rendered.rowWith(zone, 0, signing.id());
        assertTrue(row > 0, "the fact's row shows its id");
        XSSFHyperlink link = ((XSSFSheet) zone).getHyperlink(row, Rendered.column(zone, ZoneSheet.HEADER_ROW, "数值"));
        int detailsRow = new CellReference(link.getLocation()).getRow();
        assertEquals(precise.id(), text(wb.getSheet("数据明细"), detailsRow, "编号", 0));
    }

    @Test
    void zoneRowsQuoteTheWholeSentenceAndTheirOwnArticlesHeadline() {
        for (Sheet s : wb) {
            if (!isZoneSheet(s)) {
                continue;
            }
            int hr = ZoneSheet.HEADER_ROW;
            for (Row r : s) {
                String id = r.getRowNum() <= hr ? "" : text(s, r.getRowNum(), "编号", hr);
                Fact fact = facts.get(id);
                if (fact == null) {
                    continue;
                }
                Figure f = summary.expectFigure(fact.valueFigureId());
                String quote = text(s, r.getRowNum(), "原文", hr);
                assertFalse(quote.contains("\n"), "no layout breaks: " + quote);
                assertTrue(quote.replaceAll("\\s", "").contains(f.text().replaceAll("\\s", "")),
                        "the sentence holds the figure: " + quote);
                String document = text(s, r.getRowNum(), "来源文档", hr);
                assertTrue(document.endsWith("（" + f.documentId() + "）") || document.equals(f.documentId()), document);
                if (f.headline() != null) {
                    assertTrue(document.startsWith(f.headline().replaceAll("\\s*\\n\\s*", "")), document);
                }
            }
        }
    }

    @Test
    void idColumnsAreFrozenAndDetailsPrintReadably() {
        Sheet details = wb.getSheet("数据明细");
        assertEquals(1, details.getPaneInformation().getVerticalSplitLeftColumn(), "id column frozen");
        assertEquals(1, details.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");
        assertTrue(details.getPrintSetup().getLandscape());
        assertFalse(details.getFitToPage(), "too many columns to shrink onto one page");
        assertEquals(0, details.getRepeatingRows().getFirstRow());
        assertEquals(0, details.getRepeatingRows().getLastRow());
        assertEquals(0, details.getRepeatingColumns().getFirstColumn());
        assertEquals(0, details.getRepeatingColumns().getLastColumn());
        Sheet zone = wb.getSheet("焦作高新区");
        assertEquals(1, zone.getPaneInformation().getVerticalSplitLeftColumn());
        assertEquals(ZoneSheet.HEADER_ROW + 1, zone.getPaneInformation().getHorizontalSplitTopRow());
        assertEquals(CellType.STRING, zone.getRow(ZoneSheet.HEADER_ROW).getCell(0).getCellType());
    }
}
