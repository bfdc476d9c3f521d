package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import io.zonebrief.extract.Nature;
import io.zonebrief.render.FactWords;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.UnitSummary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The written part of a zone's section, before its tables, made only of the zone's own facts as a
 * briefing's analyst would write it: 主要指标 (the taxonomy indicators the zone reached, each with the
 * growth or share of plan the article gives beside it), 目标任务 (its goals), 园区与项目动态 (what its
 * parks, projects and enterprises report, kept apart from the zone's totals) and the core indicators
 * no source gave, so a reader knows what the briefing cannot say. Details outside the taxonomy
 * (瓜果摊位, 下水管道) stay in the table.
 */
final class ZoneAnalysis {

    /** The indicators a zone's economic report is expected to give, by taxonomy name, and how they are called. */
    static final Map<String, String> CORE = coreIndicators();
    private static final int MAIN_SENTENCES = 3;
    private static final int UNITS = 4;
    private static final int UNIT_FACTS = 3;

    private final BriefingContext ctx;

    ZoneAnalysis(BriefingContext ctx) {
        this.ctx = ctx;
    }

    private static Map<String, String> coreIndicators() {
        Map<String, String> core = new LinkedHashMap<>();
        core.put("营业收入", "营业收入");
        core.put("规上工业增加值", "工业增加值");
        core.put("固定资产投资", "固定资产投资");
        core.put("上缴税费", "税收");
        core.put("实际利用外资", "实际利用外资");
        core.put("高新技术企业数", "高新技术企业数");
        return core;
    }

    void write(Document doc, Section section, ZoneSummary zone) throws DocumentException {
        // a department's account of its own desk (城管执法局's stalls and permits) is no headline result of the zone
        Predicate<Fact> main = f -> section.shows(f) && f.indicator() != null && !f.fromDepartment();
        add(doc, "数据时效：", ctx.staleness(zone));
        add(doc, "主要指标：", String.join("", latest(FactSentences.forZone(zone,
                main.and(f -> f.nature() == Nature.ACHIEVED), Integer.MAX_VALUE, "", ctx.links))));
        List<String> goals = FactSentences.forZone(zone, main.and(f -> f.nature() == Nature.GOAL), 2, "", ctx.links);
        add(doc, "目标任务：", String.join("", goals).replace("目标：", ""));
        add(doc, "排名情况：", rankings(zone));
        add(doc, "园区与项目动态：", units(zone, section));
        add(doc, "数据缺项：", missing(zone));
        List<Fact> older = ctx.older.getOrDefault(zone.zone(), List.of());
        if (!older.isEmpty()) {
            add(doc, "早期数据：", "另有" + older.size() + "项数据早于本区最新数据" + Staleness.OLDER_MONTHS
                    + "个月以上" + earliest(older) + "，列于附表“" + ZoneSection.zoneName(zone)
                    + "早期数据”，正文不再列出。");
        }
    }

    /**
     * "（最早为2021年）": the year the earliest of the older figures starts, so the note agrees with every row of
     * the table it introduces (a span 2021年1月—2023年12月 counts from 2021); "" when none is dated.
     */
    static String earliest(List<Fact> older) {
        return older.stream().map(f -> f.period() != null ? f.period().from() : f.asOf())
                .filter(java.util.Objects::nonNull).min(java.time.YearMonth::compareTo)
                .map(m -> "（最早为" + m.getYear() + "年）").orElse("");
    }

    /**
     * The last {@value #MAIN_SENTENCES} dated sentences: the sentences come in time order, and a reader
     * of this issue wants the latest results; the undated ones stay in the table.
     */
    private static List<String> latest(List<String> sentences) {
        List<String> dated = sentences.stream().filter(t -> !t.endsWith("未注明）。")).toList();
        return dated.subList(Math.max(0, dated.size() - MAIN_SENTENCES), dated.size());
    }

    private void add(Document doc, String lead, String text) throws DocumentException {
        if (text.isEmpty()) {
            return;
        }
        Styles s = ctx.styles;
        Paragraph p = new Paragraph(s.body().getSize() * 1.75f);
        p.setFont(s.body());
        p.setFirstLineIndent(s.body().getSize() * 2);
        p.add(s.chunk(lead, s.strong()));
        p.add(s.chunk(text, s.body()));
        p.setSpacingAfter(3f);
        doc.add(p);
    }

    private static String zoneNameOf(ZoneSummary zone) {
        return ZoneSection.zoneName(zone);
    }

    /** The places the articles say the zone's figures took, as they say them; "" when none. */
    private String rankings(ZoneSummary zone) {
        List<String> said = Rankings.of(ctx.figuresOf(zone.zone())).stream()
                .map(r -> Rankings.sentence(r, NumberStyle.format(r.figure().value(), r.figure().unit(),
                        FigureLinks.qualifierWords(r.figure()))))
                .distinct().toList();
        return said.isEmpty() ? "" : String.join("；", said) + "。";
    }

    /** "园区：临港物流产业园区，协助企业招工300余人（2023年1—6月），…。" for the units with most facts. */
    private String units(ZoneSummary zone, Section section) {
        List<String> sentences = new ArrayList<>();
        List<UnitSummary> units = zone.units().stream()
                .filter(u -> u.facts().stream().anyMatch(f -> section.shows(f) && f.nature() == Nature.ACHIEVED))
                .sorted((a, b) -> Integer.compare(b.facts().size(), a.facts().size())).limit(UNITS).toList();
        for (UnitSummary u : units) {
            String items = u.facts().stream().filter(f -> section.shows(f) && f.nature() == Nature.ACHIEVED)
                    .limit(UNIT_FACTS)
                    .map(f -> f.label() + FactText.value(f, ctx.links) + "（" + FactText.period(f) + "）")
                    .collect(Collectors.joining("，"));
            sentences.add(FactWords.unitName(u) + "，" + items + "。");
        }
        return String.join("", sentences).replace("（—）", "");
    }

    /** "本期报道未给出本区营业收入、工业增加值…的完成数（均属核心指标）。", or "" when every one is given. */
    static String missing(ZoneSummary zone) {
        Set<String> given = zone.facts().stream().filter(f -> f.nature() == Nature.ACHIEVED)
                .map(Fact::indicator).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        List<String> absent = CORE.entrySet().stream().filter(e -> !given.contains(e.getKey())).map(Map.Entry::getValue)
                .toList();
        return absent.isEmpty() ? "" : "本期报道未给出本区" + String.join("、", absent) + "的完成数（均属核心指标）。";
    }
}
