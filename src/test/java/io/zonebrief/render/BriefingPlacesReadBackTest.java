package io.zonebrief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.Progress;
import io.zonebrief.Reports;
import io.zonebrief.RunOptions;
import io.zonebrief.ZoneBrief;
import io.zonebrief.extract.Figure;
import io.zonebrief.render.pdf.BriefingTemplate;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes the seeds' report set and checks the workbook's 简报位置 against the briefing read back as
 * text: every place it names (二、表3（第6页）, 二、图1（第7页）, one a line) is a caption on that page, under that
 * section, and the figure's number is printed in that table or on that chart's page; and a figure
 * whose fact the briefing states with the figure's own value is never left without a place.
 */
class BriefingPlacesReadBackTest {

    private static final Pattern PLACE = Pattern.compile("(.*?)\\s?(表|图)(\\d+)（第(\\d+)页）");
    /** A caption line of a table or chart: "表3　焦作高新区指标一览", "图1　签约项目构成（个）". */
    private static final Pattern CAPTION = Pattern.compile("(?m)^\\s*(表|图)(\\d+)[\\s\\u3000]+\\S");
    private static final DataFormatter SHOWN = new DataFormatter();

    @TempDir
    static Path out;

    private static Summary summary;
    private static final Map<String, Figure> figures = new HashMap<>();
    /** Figure id → its 简报位置 on 数据明细. */
    private static final Map<String, String> placed = new LinkedHashMap<>();
    /** Fact id → its 简报位置 on the zone sheets. */
    private static final Map<String, String> factPlaced = new LinkedHashMap<>();
    private static List<String> pages;
    /** The whole text, pages in order, and where each page starts in it. */
    private static String text;
    private static final List<Integer> pageStarts = new ArrayList<>();

    @BeforeAll
    static void write() throws IOException {
        summary = ZoneBrief.analyze(List.of(Path.of("seeds")), RunOptions.defaults().withReproducible(true),
                Progress.NONE);
        summary.figures().forEach(f -> figures.put(f.id(), f));
        Reports.write(summary, out, Reports.Templates.defaults());
        try (InputStream in = Files.newInputStream(out.resolve(Reports.WORKBOOK));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            read(wb.getSheet("数据明细"), 0, placed);
            for (ZoneSummary z : summary.zones()) {
                read(wb.getSheet(z.zone()), 3, factPlaced);
            }
        }
        pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(out.resolve(Reports.BRIEFING).toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String page = stripper.getText(doc);
                pages.add(page);
                pageStarts.add(all.length());
                all.append(page);
            }
            text = all.toString();
        }
    }

    /** The id and 简报位置 columns of a sheet, by their headers. */
    private static void read(Sheet sheet, int headerRow, Map<String, String> into) {
        Row header = sheet.getRow(headerRow);
        int id = -1;
        int where = -1;
        for (Cell c : header) {
            String h = SHOWN.formatCellValue(c);
            id = h.equals("编号") ? c.getColumnIndex() : id;
            where = h.equals("简报位置") ? c.getColumnIndex() : where;
        }
        assertTrue(id >= 0 && where >= 0, sheet.getSheetName() + " has 编号 and 简报位置");
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String key = row == null || row.getCell(id) == null ? "" : SHOWN.formatCellValue(row.getCell(id));
            if (!key.isEmpty() && !key.equals("编号")) {
                into.putIfAbsent(key, row.getCell(where) == null ? "" : SHOWN.formatCellValue(row.getCell(where)));
            }
        }
    }

    @Test
    void everyPlaceIsACaptionOnItsPageInItsSectionAndPrintsTheFiguresNumber() {
        int checked = 0;
        for (Map.Entry<String, String> e : placed.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            Figure f = figures.get(e.getKey());
            for (String place : e.getValue().split("\n")) {
                Matcher m = PLACE.matcher(place);
                assertTrue(m.matches(), "a place reads 二、表3（第6页）: " + place);
                String item = m.group(2) + m.group(3);
                int page = Integer.parseInt(m.group(4));
                int at = caption(item);
                assertTrue(at >= 0, item + " is a caption in the briefing");
                assertEquals(page, pageOf(at), item + " is on page " + page + " (" + f.id() + ")");
                assertEquals(m.group(1), section(at), item + " is in section " + m.group(1));
                String where = m.group(2).equals("图") ? pages.get(page - 1) : text.substring(at, end(at));
                assertTrue(printsNumber(where.replaceAll("\\s+", " "), f),
                        item + " prints " + f.text() + " (" + f.id() + "): " + where);
                checked++;
            }
        }
        assertTrue(checked >= 40, "places checked: " + checked);
        assertTrue(placed.values().stream().anyMatch(String::isEmpty), "some figures are not in the briefing");
    }

    @Test
    void aFigureSayingItsStatedFactsValueHasAPlace() {
        for (ZoneSummary z : summary.zones()) {
            List<Fact> facts = Stream.concat(Stream.concat(z.facts().stream(), z.context().stream()),
                    z.units().stream().flatMap(u -> u.facts().stream())).toList();
            for (Fact fact : facts) {
                String where = placed.getOrDefault(fact.valueFigureId(), "");
                assertEquals(where, factPlaced.get(fact.id()), "zone sheet and 数据明细 agree on " + fact.id());
                for (String id : fact.figureIds()) {
                    Figure f = figures.get(id);
                    if (!where.isEmpty()) {
                        // the caption's 129亿元 in a fact that shows the text's 129.53亿元 is not printed there
                        boolean same = f.value() == fact.value();
                        assertEquals(same, !placed.get(id).isEmpty(), id + " in " + fact.id() + " at " + where);
                    }
                }
            }
        }
    }

    /** Where the caption line of {@code item} ("表3") starts in the text, or -1. */
    private static int caption(String item) {
        Matcher m = CAPTION.matcher(text);
        while (m.find()) {
            if ((m.group(1) + m.group(2)).equals(item)) {
                return m.start();
            }
        }
        return -1;
    }

    /** Where the table starting at {@code at} ends: at the next caption or section heading. */
    private static int end(int at) {
        Matcher m = CAPTION.matcher(text);
        int next = m.find(at + 3) ? m.start() : text.length();
        for (String title : titles()) {
            int h = text.indexOf(title, at);
            if (h >= 0 && h < next) {
                next = h;
            }
        }
        return next;
    }

    private static int pageOf(int at) {
        int page = 0;
        while (page + 1 < pageStarts.size() && pageStarts.get(page + 1) <= at) {
            page++;
        }
        return page + 1;
    }

    /** The number ("二、", "附表") of the last section heading before {@code at}, "" when none. */
    private static String section(int at) {
        String section = "";
        int best = -1;
        for (String title : titles()) {
            int h = text.lastIndexOf(title, at);
            if (h > best) {
                best = h;
                int comma = title.indexOf('、');
                section = comma >= 0 ? title.substring(0, comma + 1) : title.split("[\\s\\u3000]")[0];
            }
        }
        return section;
    }

    private static List<String> titles() {
        return BriefingTemplate.defaults().sections().stream().map(BriefingTemplate.Section::title).toList();
    }

    /** True when the text shows the figure's number in its own display unit, or in 万 or 亿 of its unit. */
    private static boolean printsNumber(String where, Figure f) {
        List<String> units = List.of(NumberStyle.displayUnit(f.value(), f.unit()), f.unit(), "万" + f.unit(),
                "亿" + f.unit());
        for (String unit : units) {
            String n = NumberStyle.number(Math.abs(f.value()), f.unit(), unit);
            if (Pattern.compile("(?<![0-9.])" + Pattern.quote(n) + "(?![0-9])").matcher(where).find()) {
                return true;
            }
        }
        return false;
    }

    @Test
    void namesNoPlaceInTheQuotesAppendix() {
        assertFalse(placed.values().stream().anyMatch(w -> w.contains("附录")), "附录 quotes every stated figure again");
    }
}
