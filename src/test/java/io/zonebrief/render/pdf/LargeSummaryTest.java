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
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A summary the size of the seed articles (150 figures, five zones): pagination, footer and size. */
class LargeSummaryTest {

    private static final String[][] METRICS = {
        {"签约项目数", "招商引资", "个"}, {"签约总投资", "招商引资", "元"}, {"实际到位资金", "招商引资", "元"},
        {"重点项目完成投资", "项目建设", "元"}, {"开工项目", "项目建设", "个"}, {"高新技术企业数", "创新主体", "家"},
        {"科技型中小企业", "创新主体", "家"}, {"孵化载体", "创新主体", "家"}, {"发明专利", "创新投入与产出", "件"},
        {"年度计划完成率", "项目建设", "%"}};

    private static byte[] pdf;
    private static PdfInspect doc;

    @BeforeAll
    static void render() throws IOException {
        pdf = BriefingRendererTest.render(large(), BriefingTemplate.defaults());
        doc = new PdfInspect(pdf);
    }

    static Summary large() {
        List<Figure> figures = new ArrayList<>();
        List<DocumentInfo> docs = new ArrayList<>();
        List<ZoneSummary> zones = new ArrayList<>();
        String[] names = {"焦作高新区", "平顶山高新区", "郑州高新区", "洛阳高新区", "新乡高新区"};
        for (int z = 0; z < names.length; z++) {
            String docId = "00" + z + "_large";
            List<Fact> facts = new ArrayList<>();
            for (int n = 1; n <= 30; n++) {
                String[] m = METRICS[(n - 1) % METRICS.length];
                Period period = n <= 10 ? Period.of(2024, 1, 6) : n <= 20 ? Period.of(2024, 1, 9) : null;
                double value = m[2].equals("元") ? (n * 7 + z) * 1.3e8 : m[2].equals("%") ? 80 + n : n * 3 + z;
                String metric = n <= 10 ? m[0] : m[0] + "（第" + n + "项口径较长的说明文字）";
                String sentence = "据统计，" + names[z] + metric + "达到" + value + m[2] + "，较上年同期有所增长，"
                        + "这一数字在报道中被多次提及。";
                figures.add(new Figure(docId + "#" + n, docId, metric, value, null, m[2], Qualifier.EXACT,
                        metric, sentence, 10 * n, 10 * n + metric.length(), period, Modality.ACTUAL, SubjectKind.ZONE,
                        null, "第" + z + "篇报道", null, null, names[z]));
                facts.add(new Fact(n <= 10 ? m[0] : null, m[1], metric, value, m[2], Qualifier.EXACT, period,
                        Modality.ACTUAL, SubjectKind.ZONE, null, List.of(docId + "#" + n), null));
            }
            docs.add(new DocumentInfo(docId, "seeds/" + docId + ".txt", "txt", "UTF-8", LocalDate.of(2024, 10, z + 1),
                    "masthead", names[z], 0.9, "报头", List.of(names[z] + "经济运行情况"), 30, List.of()));
            zones.add(new ZoneSummary(names[z], null, "河南省", null, List.of(docId), facts, List.of()));
        }
        return new Summary(null, docs, figures, zones, List.of());
    }

    @Test
    void staysUnderOneMegabyte() {
        assertTrue(pdf.length < 1_000_000, "size " + pdf.length);
    }

    @Test
    void everyPageIsNumbered() {
        for (int i = 1; i < doc.pages; i++) {
            assertTrue(doc.pageTexts.get(i).contains("— " + (i + 1) + " —"),
                    "page " + (i + 1) + ": " + doc.pageTexts.get(i));
        }
    }

    @Test
    void contentsPagesMatchWhereHeadingsLand() {
        String contents = doc.firstPageByPosition.replaceAll("[ .]", "");
        for (String zone : List.of("焦作高新区", "平顶山高新区", "郑州高新区", "洛阳高新区", "新乡高新区")) {
            int page = 0;
            for (int i = 0; i < doc.pages; i++) {
                if (doc.pageTexts.get(i).contains(zone + "指标一览")) {
                    page = i + 1;
                    break;
                }
            }
            assertTrue(page > 1, zone);
            assertTrue(contents.contains(zone + page + "\n") || contents.contains(zone + page + "\r"),
                    zone + " on page " + page + " in " + contents);
        }
        assertEquals(List.of(), doc.notEmbedded);
    }
}
