package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.render.Display;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Problem;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The back matter: 附表 (each zone's main indicators with actual and target side by side), the sources
 * (document, date, headline) and every figure's quote in its sentence, so a reader can check each
 * number against the article it came from.
 */
final class Appendices {

    private static final int CONTEXT_CHARS = 38;

    private final BriefingContext ctx;

    Appendices(BriefingContext ctx) {
        this.ctx = ctx;
    }

    /** 附表: per zone, one row per main indicator with its latest actual and latest target. */
    void indicatorTable(Document doc, Section section, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<ZoneSummary> zones = ctx.zones(section);
        if (zones.isEmpty()) {
            doc.add(s.paragraph("无。", s.body(), true));
        }
        for (ZoneSummary z : zones) {
            List<Fact> facts = z.facts().stream().filter(section::shows).toList();
            List<Fact> main = facts.stream().filter(f -> f.indicator() != null).toList();
            Map<String, Fact[]> rows = rows(main.isEmpty() ? facts : main);
            doc.add(Tables.caption(s, ctx.nextTable(), ZoneSection.zoneName(z) + "主要指标汇总"));
            Tables table = new Tables(s, new float[] {26, 18, 18, 20, 18}, List.of("指标", "实际", "时期", "目标", "目标时期"),
                    new int[] {Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT,
                            Element.ALIGN_LEFT});
            rows.forEach((label, pair) -> table.row(label,
                    pair[0] == null ? "—" : FactText.value(pair[0]), pair[0] == null ? "" : FactText.period(pair[0]),
                    pair[1] == null ? "—" : FactText.value(pair[1]), pair[1] == null ? "" : FactText.period(pair[1])));
            doc.add(table.table());
        }
        doc.add(s.paragraph("注：数值取自报道原文，金额按亿元（小额按万元）保留两位小数；“—”表示报道中没有该项。"
                + "同一指标有多个时期时取最近一期。", s.small(), false));
    }

    private static Map<String, Fact[]> rows(List<Fact> facts) {
        Comparator<Fact> byPeriod = Comparator.comparing(Fact::period, Comparator.nullsFirst(Comparator.naturalOrder()));
        Map<String, Fact[]> rows = new LinkedHashMap<>();
        for (Fact f : facts) {
            String key = f.subjectName() == null || f.label().contains(f.subjectName()) ? f.label()
                    : f.subjectName() + "·" + f.label();
            Fact[] pair = rows.computeIfAbsent(key, k -> new Fact[2]);
            int i = f.modality() == Modality.TARGET ? 1 : 0;
            if (pair[i] == null || byPeriod.compare(f, pair[i]) > 0) {
                pair[i] = f;
            }
        }
        return rows;
    }

    /** 资料来源: each document with its date, zone and headline, then the inputs that could not be used. */
    void sources(Document doc, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        doc.add(Tables.caption(s, ctx.nextTable(), "资料来源"));
        Tables table = new Tables(s, new float[] {7, 25, 15, 15, 38}, List.of("序号", "文档", "发布日期", "高新区", "标题"),
                new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_LEFT,
                        Element.ALIGN_LEFT});
        int n = 0;
        for (DocumentInfo d : ctx.summary.documents()) {
            table.row(String.valueOf(++n), d.id(), d.published() == null ? "未注明" : d.published().toString(),
                    d.zone() == null ? "未识别" : d.zone(), d.title());
        }
        doc.add(table.table());
        if (!ctx.summary.problems().isEmpty()) {
            doc.add(s.paragraph("未能使用的文件：", s.font(9.5f, true, Styles.TEXT), false));
            for (Problem p : ctx.summary.problems()) {
                doc.add(s.paragraph("· " + p.file() + "（" + ("failed".equals(p.kind()) ? "读取失败" : "已跳过") + "）："
                        + p.message(), s.small(), false));
            }
        }
    }

    /** 数据原文摘录: every figure, grouped by document, with its words highlighted in the sentence. */
    void quotes(Document doc, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        Map<String, List<Figure>> byDoc = new LinkedHashMap<>();
        ctx.summary.figures().forEach(f -> byDoc.computeIfAbsent(f.documentId(), k -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<Figure>> e : byDoc.entrySet()) {
            DocumentInfo d = ctx.summary.findDocument(e.getKey()).orElse(null);
            String title = d == null ? e.getKey()
                    : d.title() + "（" + d.id() + (d.published() == null ? "" : "，" + d.published()) + "）";
            doc.add(Tables.caption(s, ctx.nextTable(), title));
            Tables table = new Tables(s, new float[] {9, 22, 17, 52}, List.of("编号", "指标", "数值", "原文"),
                    new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT});
            for (Figure f : e.getValue()) {
                String number = f.id().contains("#") ? f.id().substring(f.id().indexOf('#')) : f.id();
                table.row(List.of(s.phrase(number, s.cell()), s.phrase(f.metric(), s.cell()),
                        s.phrase(value(f), s.cell()), quote(f)));
            }
            doc.add(table.table());
        }
    }

    /** Line breaks inside a sentence are layout of the source, not text: drop them between Chinese characters. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static String value(Figure f) {
        String v = Display.format(f.value(), f.unit());
        return f.valueTo() == null ? v : v + "～" + Display.format(f.valueTo(), f.unit());
    }

    /** The sentence around the figure, shortened to a window, with the figure's own words in bold. */
    private Phrase quote(Figure f) {
        Styles s = ctx.styles;
        Font plain = s.font(8.5f, false, Styles.MUTED);
        Font mark = s.font(8.5f, true, s.accent);
        Phrase p = new Phrase(13f);
        p.setFont(plain);
        String sentence = oneLine(f.sentence());
        String quote = oneLine(f.text());
        int at = sentence.indexOf(quote);
        if (at < 0) {
            p.add(s.chunk(quote, mark));
            return p;
        }
        int from = Math.max(0, at - CONTEXT_CHARS);
        int to = Math.min(sentence.length(), at + quote.length() + CONTEXT_CHARS);
        p.add(s.chunk((from > 0 ? "…" : "") + sentence.substring(from, at), plain));
        p.add(s.chunk(quote, mark));
        p.add(s.chunk(sentence.substring(at + quote.length(), to) + (to < sentence.length() ? "…" : ""), plain));
        return p;
    }
}
