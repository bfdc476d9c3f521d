package io.zonebrief.render.pdf;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.extract.SubjectKind;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A zone whose articles give a growth rate, a share of the annual plan, an annual target and a
 * "其中" breakdown, each linked to the figure it qualifies, the way the extractor links them.
 */
final class LinkedFiguresSummary {

    static final String DOC = "010_linked";
    static final String ZONE = "焦作高新区";

    private LinkedFiguresSummary() {
    }

    static Summary build() {
        Period h1 = Period.of(2024, 1, 6);
        Period jan8 = Period.of(2024, 1, 8);
        String s1 = "上半年,全区实现营业收入120亿元,同比增长12.5%。";
        String s2 = "1月至8月份完成投资10.52亿元,占年度投资计划的104.68%。";
        String s3 = "全年营业收入目标300亿元。";
        String s4 = "上半年签约项目41个,其中装备制造类项目9个、绿色食品类项目6个。";
        List<Figure> figs = new ArrayList<>(List.of(
                fig(1, "营业收入", 1.2e10, "元", "营业收入120亿元", s1, h1, Modality.ACTUAL, null, null),
                fig(2, "同比增长", 12.5, "%", "同比增长12.5%", s1, h1, Modality.ACTUAL, "growth", "#1"),
                fig(3, "完成投资", 1.052e9, "元", "完成投资10.52亿元", s2, jan8, Modality.ACTUAL, null, null),
                fig(4, "占年度投资计划", 104.68, "%", "占年度投资计划的104.68%", s2, jan8, Modality.ACTUAL, "share", "#3"),
                fig(5, "营业收入", 3e10, "元", "营业收入目标300亿元", s3, Period.year(2024), Modality.TARGET, null, null),
                fig(6, "签约项目", 41, "个", "签约项目41个", s4, h1, Modality.ACTUAL, null, null),
                fig(7, "装备制造类项目", 9, "个", "装备制造类项目9个", s4, h1, Modality.ACTUAL, "part", "#6"),
                fig(8, "绿色食品类项目", 6, "个", "绿色食品类项目6个", s4, h1, Modality.ACTUAL, "part", "#6")));
        List<Fact> facts = List.of(
                fact("营业收入", "经济运行", "营业收入", 1.2e10, "元", h1, Modality.ACTUAL, 1),
                fact(null, "经济运行", "同比增长", 12.5, "%", h1, Modality.ACTUAL, 2),
                fact("营业收入", "经济运行", "营业收入", 3e10, "元", Period.year(2024), Modality.TARGET, 5),
                fact("重点项目完成投资", "项目建设", "完成投资", 1.052e9, "元", jan8, Modality.ACTUAL, 3),
                fact("年度计划完成率", "项目建设", "占年度投资计划", 104.68, "%", jan8, Modality.ACTUAL, 4),
                fact("签约项目数", "招商引资", "签约项目", 41, "个", h1, Modality.ACTUAL, 6),
                fact("签约项目数", "招商引资", "装备制造类项目", 9, "个", h1, Modality.ACTUAL, 7),
                fact("签约项目数", "招商引资", "绿色食品类项目", 6, "个", h1, Modality.ACTUAL, 8));
        DocumentInfo doc = new DocumentInfo(DOC, "in/" + DOC + ".txt", "txt", "UTF-8", LocalDate.of(2024, 9, 20), "text",
                ZONE, 0.9, "正文提到焦作", List.of("焦作高新区上半年经济运行情况"), figs.size(), List.of());
        ZoneSummary zone = new ZoneSummary(ZONE, null, "河南省", "焦作市", List.of(DOC), facts, List.of());
        return new Summary(null, List.of(doc), figs, List.of(zone), List.of());
    }

    private static Figure fig(int n, String metric, double value, String unit, String text, String sentence, Period p,
                              Modality m, String role, String parent) {
        int start = Math.max(0, sentence.indexOf(text));
        return new Figure(DOC + "#" + n, DOC, metric, value, null, unit, Qualifier.EXACT, text, sentence, start,
                start + text.length(), p, m, SubjectKind.ZONE, null, "焦作高新区上半年经济运行情况", role,
                parent == null ? null : DOC + parent, ZONE);
    }

    private static Fact fact(String indicator, String category, String metric, double value, String unit, Period p,
                             Modality m, int figure) {
        return new Fact(indicator, category, metric, value, unit, Qualifier.EXACT, p, m, SubjectKind.ZONE, null,
                List.of(DOC + "#" + figure), null);
    }
}
