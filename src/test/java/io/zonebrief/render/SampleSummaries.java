package io.zonebrief.render;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built summaries for renderer tests, with figures taken from sentences of the kind the seeds
 * hold: two zones, money, counts, percentages, a target, a breakdown and an unknown period.
 */
public final class SampleSummaries {

    private SampleSummaries() {
    }

    public static Summary twoZones() {
        List<Figure> figs = new ArrayList<>();
        String d1 = "001_sample";
        String s1 = "今年6月起在全区开展招商引“进”百日攻坚行动,最终签约项目41个,总投资129.53亿元,其中城市经济类项目21个、装备制造类项目9个;实际利用外资500万美元。";
        Period p1 = new Period(java.time.YearMonth.of(2024, 6), java.time.YearMonth.of(2024, 9));
        figs.add(fig(d1, 1, "签约项目", 41, "个", "签约项目41个", s1, p1, Modality.ACTUAL, null, null));
        figs.add(fig(d1, 2, "签约项目总投资", 12953000000.0, "元", "总投资129.53亿元", s1, p1, Modality.ACTUAL, null, null));
        figs.add(fig(d1, 3, "签约城市经济类项目", 21, "个", "城市经济类项目21个", s1, p1, Modality.ACTUAL, "part", d1 + "#1"));
        figs.add(fig(d1, 4, "签约装备制造类项目", 9, "个", "装备制造类项目9个", s1, p1, Modality.ACTUAL, "part", d1 + "#1"));
        figs.add(fig(d1, 5, "实际利用外资", 5000000, "美元", "实际利用外资500万美元", s1, p1, Modality.ACTUAL, null, null));
        String s2 = "今年区3个省重点项目总投资32亿元,1月至8月份完成投资10.52亿元,占年度投资计划的104.68%。";
        Period p2 = Period.of(2024, 1, 8);
        figs.add(fig(d1, 6, "省重点项目完成投资", 1052000000, "元", "完成投资10.52亿元", s2, p2, Modality.ACTUAL, null, null));
        figs.add(fig(d1, 7, "省重点项目完成投资占年度投资计划比例", 104.68, "%", "104.68%", s2, p2, Modality.ACTUAL, null, null));
        String s3 = "目前,拥有65家高新技术企业、183家科技型中小企业、3个国家重点实验室。";
        figs.add(fig(d1, 8, "高新技术企业", 65, "家", "65家高新技术企业", s3, null, Modality.ACTUAL, null, null));
        figs.add(fig(d1, 9, "科技型中小企业", 183, "家", "183家科技型中小企业", s3, null, Modality.ACTUAL, null, null));
        figs.add(fig(d1, 10, "国家重点实验室", 3, "个", "3个国家重点实验室", s3, null, Modality.ACTUAL, null, null));
        String d2 = "003_sample";
        String s4 = "前三季度,高新区累计签约项目39个,总投资116.06亿元,实际到省外资金48.75亿元。";
        Period p4 = Period.of(2023, 1, 9);
        figs.add(fig(d2, 1, "签约项目", 39, "个", "累计签约项目39个", s4, p4, Modality.ACTUAL, null, null).withZone("平顶山高新区"));
        figs.add(fig(d2, 2, "签约项目总投资", 11606000000.0, "元", "总投资116.06亿元", s4, p4, Modality.ACTUAL, null, null).withZone("平顶山高新区"));
        figs.add(fig(d2, 3, "实际到位省外资金", 4875000000.0, "元", "实际到省外资金48.75亿元", s4, p4, Modality.ACTUAL, null, null).withZone("平顶山高新区"));
        String s5 = "力争到2025年,高端面料加工产业园年产值不低于150亿元。";
        figs.add(new Figure(d2 + "#4", d2, "高端面料加工产业园年产值", 15000000000.0, null, "元", Qualifier.MORE_THAN,
                "年产值不低于150亿元", s5, 500, 511, Period.year(2025), Modality.TARGET, SubjectKind.PARK,
                "高端面料加工产业园", "攀“高”不止步 从“新”再出发", null, null, "平顶山高新区"));

        List<DocumentInfo> docs = List.of(
                new DocumentInfo(d1, "seeds/001_sample.txt", "txt", "UTF-8", LocalDate.of(2024, 10, 1), "masthead",
                        "焦作高新区", 0.8, "报头与正文提到焦作", List.of("高新区 奋力实施“1015”战略"), 10, List.of()),
                new DocumentInfo(d2, "seeds/003_sample.txt", "txt", "UTF-8", LocalDate.of(2023, 10, 14), "text",
                        "平顶山高新区", 0.9, "正文提到平顶山市", List.of("攀“高”不止步 从“新”再出发"), 4, List.of()));

        List<Fact> jz = List.of(
                fact("签约项目数", "招商引资", "签约项目", 41, "个", p1, Modality.ACTUAL, d1 + "#1"),
                fact("签约总投资", "招商引资", "签约项目总投资", 12953000000.0, "元", p1, Modality.ACTUAL, d1 + "#2"),
                fact("实际利用外资", "招商引资", "实际利用外资", 5000000, "美元", p1, Modality.ACTUAL, d1 + "#5"),
                fact("重点项目完成投资", "项目建设", "省重点项目完成投资", 1052000000, "元", p2, Modality.ACTUAL, d1 + "#6"),
                fact("年度计划完成率", "项目建设", "省重点项目完成投资占年度投资计划比例", 104.68, "%", p2, Modality.ACTUAL, d1 + "#7"),
                fact("高新技术企业数", "创新主体", "高新技术企业", 65, "家", null, Modality.ACTUAL, d1 + "#8"),
                fact("科技型中小企业", "创新主体", "科技型中小企业", 183, "家", null, Modality.ACTUAL, d1 + "#9"),
                fact("研发机构", "创新主体", "国家重点实验室", 3, "个", null, Modality.ACTUAL, d1 + "#10"));
        List<Fact> pds = List.of(
                fact("签约项目数", "招商引资", "签约项目", 39, "个", p4, Modality.ACTUAL, d2 + "#1"),
                fact("签约总投资", "招商引资", "签约项目总投资", 11606000000.0, "元", p4, Modality.ACTUAL, d2 + "#2"),
                fact("实际到位资金", "招商引资", "实际到位省外资金", 4875000000.0, "元", p4, Modality.ACTUAL, d2 + "#3"),
                fact(null, "其他", "高端面料加工产业园年产值", 15000000000.0, "元", Period.year(2025), Modality.TARGET, d2 + "#4"));
        List<ZoneSummary> zones = List.of(
                new ZoneSummary("平顶山高新区", "平顶山高新技术产业开发区", "河南省", "平顶山市", List.of(d2), pds, List.of()),
                new ZoneSummary("焦作高新区", "焦作高新技术产业开发区", "河南省", "焦作市", List.of(d1), jz, List.of()));
        return new Summary(null, docs, figs, zones, List.of(Problem.skipped("seeds/notes.bin", "not an article format (.bin)")));
    }

    private static Figure fig(String doc, int n, String metric, double value, String unit, String text, String sentence,
                              Period period, Modality modality, String role, String parent) {
        int start = Math.max(0, sentence.indexOf(text)) + 100 * n;
        return new Figure(doc + "#" + n, doc, metric, value, null, unit, Qualifier.EXACT, text, sentence, start,
                start + text.length(), period, modality, SubjectKind.ZONE, null, "高新区 奋力实施“1015”战略", role, parent,
                "焦作高新区");
    }

    private static Fact fact(String indicator, String category, String metric, double value, String unit, Period period,
                             Modality modality, String figureId) {
        return new Fact(indicator, category, metric, value, unit, Qualifier.EXACT, period, modality, SubjectKind.ZONE, null,
                List.of(figureId), null);
    }
}
