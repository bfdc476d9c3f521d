package io.zonebrief.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Series;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A run over thousands of articles (50 zones, 2,000 figures each, 40 articles per zone) still gives
 * a briefing a person reads: bounded pages and size, each cut announced with where the rest is.
 */
class ScaleTest {

    static final int ZONES = 50;
    static final int FIGURES_PER_ZONE = 2000;
    static final int DOCS_PER_ZONE = 40;
    private static final String[][] METRICS = {
        {"签约项目数", "招商引资", "个", "签约项目"}, {"签约总投资", "招商引资", "元", "签约项目总投资"},
        {"实际到位资金", "招商引资", "元", "实际到位省外资金"}, {"重点项目完成投资", "项目建设", "元", "省重点项目完成投资"},
        {"开工项目数", "项目建设", "个", "集中开工项目"}, {"高新技术企业数", "创新主体", "家", "高新技术企业"},
        {"科技型中小企业", "创新主体", "家", "科技型中小企业"}, {"孵化载体", "创新主体", "家", "省级以上双创载体"},
        {"发明专利", "创新投入与产出", "件", "发明专利授权"}, {"营业收入", "经济运行", "元", "营业总收入"}};

    private static byte[] pdf;
    private static PdfInspect doc;

    @BeforeAll
    static void render() throws IOException {
        Summary big = generate();
        pdf = BriefingRendererTest.render(big, BriefingTemplate.defaults());
        doc = new PdfInspect(pdf);
    }

    static Summary generate() {
        List<Figure> figures = new ArrayList<>();
        List<DocumentInfo> docs = new ArrayList<>();
        List<ZoneSummary> zones = new ArrayList<>();
        for (int z = 0; z < ZONES; z++) {
            String zone = "第" + (z + 1) + "高新区";
            List<Fact> facts = new ArrayList<>();
            List<String> docIds = new ArrayList<>();
            for (int d = 0; d < DOCS_PER_ZONE; d++) {
                String id = String.format("%02d_%02d_article", z, d);
                docIds.add(id);
                docs.add(new DocumentInfo(id, "in/" + id + ".txt", "txt", "UTF-8", LocalDate.of(2024, 1 + d % 12, 1 + z % 28),
                        "masthead", zone, 0.9, "报头", List.of(zone + "经济运行情况（" + d + "）"), 50, List.of()));
            }
            for (int n = 1; n <= FIGURES_PER_ZONE; n++) {
                String id = docIds.get((n - 1) % DOCS_PER_ZONE);
                String[] m = METRICS[n % METRICS.length];
                boolean main = n <= 40;
                String metric = main ? m[3] : m[3] + "第" + n + "项";
                Period period = Period.of(2024, 1, 3 * (1 + (n / METRICS.length) % 4));
                double value = "元".equals(m[2]) ? (n + z) * 1.7e7 : n + z;
                String text = metric + value + m[2];
                Figure f = new Figure(id + "#" + n, id, metric, value, null, m[2], Qualifier.EXACT, text,
                        "据统计，" + zone + text + "，较上年同期有所增长，这一数字在报道中被多次提及。", n, n + text.length(),
                        period, Modality.ACTUAL, SubjectKind.ZONE, null, zone + "经济运行情况", null, null, zone);
                figures.add(f);
                facts.add(new Fact(main ? m[0] : null, m[1], metric, value, m[2], Qualifier.EXACT, period, Modality.ACTUAL,
                        SubjectKind.ZONE, null, List.of(f.id()), null));
            }
            List<Series> series = List.of(new Series("签约项目数", "签约项目", "个", Modality.ACTUAL, List.of(
                    new Series.Point(Period.of(2024, 1, 3), 10 + z, List.of(facts.get(0).figureIds().get(0))),
                    new Series.Point(Period.of(2024, 1, 6), 20 + z, List.of(facts.get(10).figureIds().get(0))))));
            zones.add(new ZoneSummary(zone, zone + "开发区", "某省", null, docIds, facts, List.of(), series, List.of()));
        }
        return new Summary(null, docs, figures, zones, List.of());
    }

    @Test
    void staysReadableInPagesAndSize() {
        // 195 pages before tables were kept from leaving one row alone on a page (TableBreaks); that costs 5
        assertTrue(doc.pages <= 205, "pages " + doc.pages);
        assertTrue(pdf.length < 5_000_000, "size " + pdf.length);
    }

    @Test
    void everyZoneIsStillThere() {
        for (int z = 1; z <= ZONES; z++) {
            assertTrue(doc.text.contains("第" + z + "高新区指标一览"), "zone " + z);
        }
    }

    @Test
    void cutsSayHowMuchMoreTheWorkbookHolds() {
        String flat = doc.text.replaceAll("\\s", "");
        assertTrue(flat.contains("另有" + (FIGURES_PER_ZONE - Limits.ZONE_ROWS) + "项指标未列出，见工作簿“数据明细”表。"), "zone table");
        assertTrue(flat.contains("另有" + (FIGURES_PER_ZONE - Limits.quotesPerZone(ZONES)) + "个数字的原文未摘录，见工作簿“数据明细”表。"),
                "quotes");
        assertTrue(flat.contains("见工作簿“来源”表。"), "sources");
    }

    @Test
    void quotesAreCappedPerZone() {
        Matcher m = Pattern.compile("\\d{2}_\\d{2}_article#\\d+").matcher(doc.text);
        int quotes = 0;
        while (m.find()) {
            quotes++;
        }
        assertEquals(ZONES * Limits.quotesPerZone(ZONES), quotes);
    }

    @Test
    void everyPageIsNumbered() {
        for (int i = 1; i < doc.pages; i++) {
            assertTrue(doc.pageTexts.get(i).contains("— " + (i + 1) + " —"), "page " + (i + 1));
        }
    }
}
