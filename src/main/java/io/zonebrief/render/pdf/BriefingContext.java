package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.List;

/**
 * What every part of the briefing needs while one pass is laid out: the summary and template, the
 * styles, the planned headings, the chart drawer and the running table number.
 */
final class BriefingContext {

    final Summary summary;
    final BriefingTemplate template;
    final Styles styles;
    final Headings headings;
    final Headings previous;
    final ChartDrawer charts;
    final BriefingDate date;
    final float width;
    private int tables;

    BriefingContext(Summary summary, BriefingTemplate template, Styles styles, Headings headings, Headings previous,
                    ChartDrawer charts, BriefingDate date, float width) {
        this.summary = summary;
        this.template = template;
        this.styles = styles;
        this.headings = headings;
        this.previous = previous;
        this.charts = charts;
        this.date = date;
        this.width = width;
    }

    /** The next table number, for captions "表N …". */
    int nextTable() {
        return ++tables;
    }

    /** Adds a heading paragraph that bookmarks itself. */
    void heading(Document doc, Headings.Heading h) throws DocumentException {
        Paragraph p = new Paragraph(h.level() <= 1 ? 26f : 21f);
        p.setFont(styles.heading(h.level()));
        p.add(headings.anchor(h, styles, styles.heading(h.level())));
        p.setSpacingBefore(h.level() <= 1 ? 2f : 10f);
        p.setSpacingAfter(h.level() <= 1 ? 8f : 4f);
        p.setAlignment(Element.ALIGN_LEFT);
        p.setKeepTogether(true);
        doc.add(p);
    }

    /** Zones that have at least one fact the section shows: known zones first, 未识别 last. */
    List<ZoneSummary> zones(Section section) {
        List<ZoneSummary> shown = summary.zones().stream()
                .filter(z -> z.facts().stream().anyMatch(section::shows)).toList();
        return java.util.stream.Stream.concat(
                shown.stream().filter(z -> !ZoneSummary.UNKNOWN_ZONE.equals(z.zone())),
                shown.stream().filter(z -> ZoneSummary.UNKNOWN_ZONE.equals(z.zone()))).toList();
    }

    /** "（一）", "（二）" … for zone sub-headings. */
    static String ordinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        String text = n < 10 ? digits[n] : n < 20 ? "十" + digits[n % 10] : digits[n / 10] + "十" + digits[n % 10];
        return "（" + text + "）";
    }
}
