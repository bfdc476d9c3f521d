package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.ZoneSummary;
import java.util.List;

/**
 * 总体情况: one paragraph per zone made of short sentences generated from its facts, led by the
 * zone's name in bold, as the 报核 of a real briefing opens with the main figures. With many zones
 * each says less, so the section stays a few pages long.
 */
final class SummarySection {

    static final int MAX_SENTENCES = 6;
    /** Sentences the whole section aims at; with many zones each gets fewer, but never fewer than two. */
    static final int SECTION_SENTENCES = 60;

    private final BriefingContext ctx;

    SummarySection(BriefingContext ctx) {
        this.ctx = ctx;
    }

    void write(Document doc, Section section, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<ZoneSummary> zones = ctx.zones(section);
        if (zones.isEmpty()) {
            doc.add(s.paragraph("本期资料中没有可汇总的指标数据。", s.body(), true));
            return;
        }
        doc.add(editorsNote());
        doc.add(s.paragraph("本期根据" + ctx.summary.documents().size() + "篇公开报道，摘录" + zones.size()
                + "个高新区的主要指标如下（数据均取自报道原文，括注时期；未注明时期的单独说明）。", s.body(), true));
        int perZone = Math.max(2, Math.min(MAX_SENTENCES, SECTION_SENTENCES / zones.size()));
        for (ZoneSummary z : zones) {
            // the zone's own results first; a department's account of its desk only when there is nothing else
            List<String> sentences = FactSentences.forZone(z, f -> section.shows(f) && !f.fromDepartment(), perZone, "",
                    ctx.links);
            if (sentences.isEmpty()) {
                sentences = FactSentences.forZone(z, section::shows, perZone, "", ctx.links);
            }
            if (sentences.isEmpty()) {
                continue;
            }
            Paragraph p = new Paragraph(s.body().getSize() * 1.75f);
            p.setFont(s.body());
            p.setFirstLineIndent(s.body().getSize() * 2);
            p.add(s.chunk(name(z) + "：", s.strong()));
            if (!ctx.staleness(z).isEmpty()) {
                p.add(s.chunk("（" + ctx.age(z) + "）", s.body()));
            }
            p.add(s.chunk(String.join("", sentences), s.body()));
            p.setSpacingAfter(4f);
            doc.add(p);
        }
    }

    /**
     * 编者按: where the numbers come from and what they are not, said before any number, as a briefing
     * compiled from the press must say it.
     */
    private Paragraph editorsNote() {
        Styles s = ctx.styles;
        java.time.YearMonth upTo = ctx.upTo();
        ReportingPeriod period = ctx.template.period();
        String when = period != null ? "本期报告" + period.label() + "情况，" + period.upTo() + "。"
                : upTo == null ? "" : "本期数据截至" + upTo.getYear() + "年" + upTo.getMonthValue() + "月，各高新区最新数据的月份见各节。";
        Paragraph p = new Paragraph(s.body().getSize() * 1.75f);
        p.setFont(s.body());
        p.setFirstLineIndent(s.body().getSize() * 2);
        p.add(s.chunk("编者按：", s.strong()));
        p.add(s.chunk("本期数据摘自公开媒体报道，未经统计部门核实，仅供参考；引用时请以统计部门发布的数据为准。" + when, s.body()));
        p.setSpacingAfter(6f);
        return p;
    }

    private static String name(ZoneSummary z) {
        return ZoneSummary.UNKNOWN_ZONE.equals(z.zone()) ? "未识别园区" : z.zone();
    }
}
