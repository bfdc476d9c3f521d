package io.zonebrief.render;

import static io.zonebrief.extract.SubjectKind.ENTERPRISE;
import static io.zonebrief.extract.SubjectKind.OTHER;
import static io.zonebrief.extract.SubjectKind.PARK;
import static io.zonebrief.extract.SubjectKind.PROJECT;
import static io.zonebrief.extract.SubjectKind.ZONE;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Nature;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.PeriodKind;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.UnitSummary;
import io.zonebrief.summary.ZoneSummary;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /** The zone of {@link #withUnits()}. */
    public static final String UNITS_ZONE = "焦作高新区";
    /** A zone of {@link #withUnits()} whose articles give only its parks' and projects' figures. */
    public static final String UNITS_ONLY_ZONE = "郑州高新区";

    /**
     * Two zones as the meaning pass leaves them: 焦作高新区 with facts of its own (an amount over a
     * span, a level as of a month, deals under negotiation, a goal), a park, two projects (one
     * unnamed) and an enterprise with their own figures, and context (a hospital's figures, a grant
     * standard); 郑州高新区 with only a project's figures. 平顶山高新区 reports, as its own, a level
     * under the same words as a park of 焦作, so a leak of units into comparisons would show.
     */
    public static Summary withUnits() {
        String d = "020_units";
        String e = "021_units";
        Period h2 = Period.of(2024, 6, 9);
        YearMonth june = YearMonth.of(2024, 6);
        YearMonth october = YearMonth.of(2024, 10);
        List<Figure> figs = List.of(
                timed(d, 1, "签约项目", 41, "个", "签约项目41个", ZONE, null, Nature.ACHIEVED, h2, null),
                timed(d, 2, "高新技术企业", 65, "家", "现有高新技术企业65家", ZONE, null, Nature.ACHIEVED, null, june),
                timed(d, 3, "在谈项目", 8, "个", "在谈项目8个", ZONE, null, Nature.PIPELINE, h2, null),
                timed(d, 4, "营业收入", 3e10, "元", "营业收入目标300亿元", ZONE, null, Nature.GOAL, Period.year(2024), null),
                timed(d, 5, "入驻企业", 400, "家", "入驻企业400家", PARK, "科技产业综合体", Nature.ACHIEVED, null, october),
                untimed(d, 6, "总建筑面积", 212805, "平方米", "总建筑面积212805平方米", PARK, "科技产业综合体", Nature.ACHIEVED),
                timed(d, 7, "税收", 2e8, "元", "税收2亿元", PARK, "科技产业综合体", Nature.ACHIEVED, Period.year(2023), null),
                untimed(d, 8, "总投资", 3.2e9, "元", "总投资32亿元", PROJECT, "高新医院建设项目", Nature.PLAN),
                untimed(d, 9, "床位", 1500, "张", "床位1500张", PROJECT, "高新医院建设项目", Nature.PLAN),
                timed(d, 10, "项目建设进度", 95, "%", "项目建设进度95%", PROJECT, null, Nature.ACHIEVED, null, null),
                timed(d, 11, "产值", 5e8, "元", "预计产值5亿元", ENTERPRISE, "华盛电子", Nature.FORECAST, Period.year(2024),
                        null),
                timed(d, 12, "出院人次", 149100, "人次", "出院人次14.91万", OTHER, "郑州市中心医院", Nature.ACHIEVED,
                        Period.year(2021), null),
                untimed(d, 13, "最高资助", 5e6, "元", "给予最高500万元资助", ZONE, null, Nature.POLICY),
                timed(e, 1, "入驻企业", 300, "家", "入驻企业300家", ZONE, null, Nature.ACHIEVED, null, october)
                        .withZone("平顶山高新区"),
                untimed(e, 2, "总建筑面积", 212805, "平方米", "总建筑面积21.28万平方米", PROJECT, "高新医院二期项目",
                        Nature.PLAN).withZone(UNITS_ONLY_ZONE));
        Map<String, Figure> byId = new java.util.HashMap<>();
        figs.forEach(f -> byId.put(f.id(), f));
        Map<String, String> indicators = Map.of("签约项目", "签约项目数", "入驻企业", "入驻企业数");
        Function<String, Fact> fact = id -> {
            Figure f = byId.get(id);
            String indicator = indicators.get(f.metric());
            return new Fact(indicator, f.metric().equals("签约项目") ? "招商引资" : indicator != null ? "创新主体" : "其他",
                    f.metric(), f.value(), f.unit(), f.qualifier(), f.period(), f.modality(), f.subject(),
                    f.subjectName(), List.of(f.id()), null, f.nature(), f.periodKind(), f.asOf());
        };
        ZoneSummary jiaozuo = new ZoneSummary(UNITS_ZONE, "焦作高新技术产业开发区", "河南省", "焦作市", List.of(d),
                List.of(fact.apply(d + "#1"), fact.apply(d + "#2"), fact.apply(d + "#3"), fact.apply(d + "#4")),
                List.of(), List.of(), List.of(), List.of(
                        new UnitSummary(PARK, "科技产业综合体",
                                List.of(fact.apply(d + "#5"), fact.apply(d + "#6"), fact.apply(d + "#7"))),
                        new UnitSummary(PROJECT, "高新医院建设项目", List.of(fact.apply(d + "#8"), fact.apply(d + "#9"))),
                        new UnitSummary(PROJECT, null, List.of(fact.apply(d + "#10"))),
                        new UnitSummary(ENTERPRISE, "华盛电子", List.of(fact.apply(d + "#11")))),
                List.of(fact.apply(d + "#12"), fact.apply(d + "#13")));
        ZoneSummary pingdingshan = new ZoneSummary("平顶山高新区", null, "河南省", "平顶山市", List.of(e),
                List.of(fact.apply(e + "#1")), List.of());
        ZoneSummary zhengzhou = new ZoneSummary(UNITS_ONLY_ZONE, null, "河南省", "郑州市", List.of(e), List.of(),
                List.of(), List.of(), List.of(), List.of(new UnitSummary(PROJECT, "高新医院二期项目",
                        List.of(fact.apply(e + "#2")))), List.of());
        List<DocumentInfo> docs = List.of(
                new DocumentInfo(d, "in/" + d + ".txt", "txt", "UTF-8", LocalDate.of(2024, 10, 8), "text", UNITS_ZONE, 0.9,
                        "正文提到焦作", List.of("焦作高新区园区项目巡礼"), 13, List.of()),
                new DocumentInfo(e, "in/" + e + ".txt", "txt", "UTF-8", LocalDate.of(2024, 10, 9), "text", "平顶山高新区",
                        0.9, "正文提到平顶山", List.of("两地园区见闻"), 2, List.of()));
        return new Summary(null, docs, figs, List.of(jiaozuo, pingdingshan, zhengzhou), List.of());
    }

    private static Figure timed(String doc, int n, String metric, double value, String unit, String text,
                                SubjectKind kind, String name, Nature nature, Period period, YearMonth asOf) {
        String sentence = "据报道，" + (name == null ? "" : name) + text + "。";
        int start = 100 * n + sentence.indexOf(text);
        Figure f = new Figure(doc + "#" + n, doc, metric, value, null, unit, Qualifier.EXACT, text, sentence, start,
                start + text.length(), period, nature.modality(), kind, name, "焦作高新区园区项目巡礼", null, null, UNITS_ZONE);
        f = f.withNature(nature);
        return asOf != null ? f.withTime(PeriodKind.STOCK, Period.month(asOf.getYear(), asOf.getMonthValue()), asOf)
                : f.withTime(PeriodKind.FLOW, period, null);
    }

    private static Figure untimed(String doc, int n, String metric, double value, String unit, String text,
                                  SubjectKind kind, String name, Nature nature) {
        return timed(doc, n, metric, value, unit, text, kind, name, nature, null, null)
                .withTime(PeriodKind.NONE, null, null);
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
