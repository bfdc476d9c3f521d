package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import io.zonebrief.extract.Figure;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 数据原文摘录: per zone, the sentence behind each number the body lists, the number's own words in
 * bold, so a reader can check it against the article. Only figures behind listed facts (and the
 * growth rates and shares of plan 附表 prints; then, while room is left, the listed figures of parks,
 * projects and other bodies) are quoted, at most {@link Limits#quotesPerZone} per
 * zone; the rest are in the workbook's 数据明细 sheet, and the appendix says how many.
 */
final class Quotes {

    private static final int CONTEXT_CHARS = 38;

    /** The quotes of one zone and how many of its figures are left to the workbook. */
    record ZoneQuotes(ZoneSummary zone, List<Figure> figures, int more) {
    }

    private final BriefingContext ctx;

    Quotes(BriefingContext ctx) {
        this.ctx = ctx;
    }

    /** What the appendix quotes, zone by zone (known zones first); 资料来源 lists these documents. */
    static List<ZoneQuotes> plan(BriefingContext ctx) {
        Map<String, Integer> perZone = new HashMap<>();
        ctx.summary.figures().forEach(f -> perZone.merge(f.zone() == null ? ZoneSummary.UNKNOWN_ZONE : f.zone(), 1,
                Integer::sum));
        List<ZoneQuotes> out = new ArrayList<>();
        List<ZoneSummary> zones = ctx.knownZonesFirst();
        int cap = Limits.quotesPerZone(zones.size());
        Comparator<Figure> inDocumentOrder = Comparator.comparingInt((Figure f) -> ctx.documentNumber(f.documentId()))
                .thenComparingInt(Quotes::ordinal);
        for (ZoneSummary z : zones) {
            Set<Figure> chosen = new LinkedHashSet<>();
            for (Fact f : ctx.listed(z)) {
                Figure source = source(ctx.links, f);
                if (source != null) {
                    chosen.add(source);
                }
                ctx.links.growth(f).ifPresent(chosen::add);
                ctx.links.progress(f).ifPresent(chosen::add);
            }
            // the zone's own numbers first; its parks' and others' numbers fill what room is left
            Set<Figure> others = new LinkedHashSet<>();
            ctx.listedUnits(z).forEach(r -> others.add(source(ctx.links, r.fact())));
            ctx.listedContext(z).forEach(f -> others.add(source(ctx.links, f)));
            others.remove(null);
            others.removeAll(chosen);
            List<Figure> kept = new ArrayList<>(chosen);
            kept.sort(inDocumentOrder);
            kept = new ArrayList<>(kept.subList(0, Math.min(cap, kept.size())));
            others.stream().sorted(inDocumentOrder).limit(cap - kept.size()).forEach(kept::add);
            kept.sort(inDocumentOrder);
            if (!kept.isEmpty()) {
                int total = Math.max(perZone.getOrDefault(z.zone(), 0), kept.size());
                out.add(new ZoneQuotes(z, List.copyOf(kept), total - kept.size()));
            }
        }
        return out;
    }

    /** The figure that states the fact's value (the most precise wording), else its first figure. */
    static Figure source(FigureLinks links, Fact fact) {
        Figure first = null;
        for (String id : fact.figureIds()) {
            Figure f = links.figure(id);
            if (f != null && f.value() == fact.value()) {
                return f;
            }
            first = first == null ? f : first;
        }
        return first;
    }

    void write(Document doc, Headings.Heading heading) throws DocumentException {
        Styles s = ctx.styles;
        ctx.heading(doc, heading);
        List<ZoneQuotes> plan = ctx.quotes();
        if (plan.isEmpty()) {
            doc.add(s.paragraph("本期没有可摘录的数字。", s.body(), true));
            return;
        }
        doc.add(s.paragraph("下表摘录正文所列数字的原句，编号与工作簿“数据明细”表和 summary.json 中的编号相同（文档编号#数字序号）。", s.small(), false));
        for (ZoneQuotes q : plan) {
            ctx.caption(ZoneSection.zoneName(q.zone()) + "数据原文");
            Tables table = new Tables(s, List.of("编号", "指标", "数值", "原文"),
                    new int[] {Element.ALIGN_LEFT, Element.ALIGN_LEFT, Element.ALIGN_RIGHT, Element.ALIGN_LEFT});
            for (Figure f : q.figures()) {
                String number = f.id();
                table.row(List.of(s.phrase(number, s.cell()), s.phrase(f.metric(), s.cell()),
                        s.phrase(value(f), s.cell()), quote(f)));
            }
            ctx.table(doc, table, false);
            if (q.more() > 0) {
                doc.add(s.paragraph("另有" + q.more() + "个数字的原文未摘录，" + Limits.DETAILS + "。", s.small(), false));
            }
        }
    }

    /** The figure's number within its document ("#31" of "001_x#31"), or 0 when the id has none. */
    static int ordinal(Figure f) {
        int hash = f.id().lastIndexOf('#');
        try {
            return hash < 0 ? 0 : Integer.parseInt(f.id().substring(hash + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Line breaks inside a sentence are layout of the source, not text: drop them between Chinese characters. */
    static String oneLine(String text) {
        return text.replaceAll("\\s*[\\r\\n]+\\s*", "").replaceAll("\\s{2,}", " ").strip();
    }

    private static String value(Figure f) {
        if (f.valueTo() == null) {
            return NumberStyle.format(f.value(), f.unit(), FigureLinks.qualifierWords(f)); // 20余家, not 20家
        }
        return NumberStyle.format(f.value(), f.unit()) + "～" + NumberStyle.format(f.valueTo(), f.unit());
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
