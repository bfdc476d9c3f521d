package io.zonebrief.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import io.zonebrief.extract.Figure;
import io.zonebrief.render.pdf.BriefingTemplate.Section;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every part of the briefing needs while one pass is laid out: the summary and template, the
 * styles, the planned headings, the chart drawer and the running table number.
 */
final class BriefingContext {

    /** The summary the main text reports: without the figures {@link Staleness} finds clearly older. */
    final Summary summary;
    /** Every figure of the briefing, for the counts on the cover. */
    final Summary all;
    /** Per zone, its clearly older facts, which the 附表 lists with their periods. */
    final Map<String, List<Fact>> older;
    final BriefingTemplate template;
    final Styles styles;
    final Headings headings;
    /** Page numbers printed before they are known (contents, page total), written when the body is done. */
    final LatePageNumbers late;
    final ChartDrawer charts;
    final BriefingDate date;
    final float width;
    final FigureLinks links;
    private final PdfWriter writer;
    private final Map<String, Integer> documentNumbers = new HashMap<>();
    private final Map<String, DocumentInfo> documents = new HashMap<>();
    /** Where this pass states each figure, for the workbook. */
    final StatedPlaces placed;
    private int tables;
    private Paragraph pendingCaption;
    private Map<String, List<Figure>> figuresByZone;
    private List<Quotes.ZoneQuotes> quotes;
    private Map<String, List<Figure>> parts;

    BriefingContext(Summary summary, BriefingTemplate template, Styles styles, Headings headings,
                    LatePageNumbers late, ChartDrawer charts, BriefingDate date, float width, FigureLinks links, PdfWriter writer) {
        this.links = links;
        this.writer = writer;
        this.placed = new StatedPlaces(links, writer);
        for (DocumentInfo d : summary.documents()) {
            documentNumbers.putIfAbsent(d.id(), documentNumbers.size() + 1);
            documents.putIfAbsent(d.id(), d);
        }
        Staleness.Split split = template.period() == null ? Staleness.split(summary, this::published)
                : Staleness.none(summary);
        this.all = summary;
        this.summary = split.current();
        this.older = split.older();
        this.template = template;
        this.styles = styles;
        this.headings = headings;
        this.late = late;
        this.charts = charts;
        this.date = date;
        this.width = width;
    }

    /**
     * The month the briefing's data stand as of (数据截至): the reporting period's last month, else the
     * latest month any zone's own result covers or stands as of; null when no result is dated.
     */
    YearMonth upTo() {
        if (template.period() != null) {
            return template.period().to();
        }
        return summary.zones().stream().map(z -> newest(z.facts())).filter(java.util.Objects::nonNull)
                .max(YearMonth::compareTo).orElse(null);
    }

    /** The latest month a result among {@code facts} covers or stands as of, or null. */
    static YearMonth newest(List<Fact> facts) {
        return facts.stream().filter(f -> f.nature() == io.zonebrief.extract.Nature.ACHIEVED)
                .map(f -> switch (f.periodKind()) {
                    case FLOW -> f.period() == null ? null : f.period().to();
                    case STOCK -> f.asOf() != null ? f.asOf() : f.period() == null ? null : f.period().to();
                    case NONE -> null;
                }).filter(java.util.Objects::nonNull).max(YearMonth::compareTo).orElse(null);
    }

    /**
     * How old a zone's newest result is: "最新数据截至2024年10月，距本期印发已25个月", or only the month
     * when it is recent; "报道未注明本区数据的时期" when none is dated.
     */
    String age(ZoneSummary zone) {
        YearMonth newest = newest(zone.facts());
        if (newest == null) {
            return "报道未注明本区数据的时期";
        }
        String text = "最新数据截至" + newest.getYear() + "年" + newest.getMonthValue() + "月";
        if (date.date() == null) {
            return text;
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(newest, YearMonth.from(date.date()));
        return months > STALE_MONTHS ? text + "，距本期印发已" + months + "个月" : text;
    }

    /**
     * "本区最新数据截至2023年12月，距本期印发已35个月，反映的是当时情况。" when a zone's newest result is
     * older than {@value #STALE_AT_ISSUE} months at the issue date, else "": stale data is said to be stale.
     */
    String staleness(ZoneSummary zone) {
        YearMonth newest = newest(zone.facts());
        if (newest == null || date.date() == null) {
            return "";
        }
        long months = java.time.temporal.ChronoUnit.MONTHS.between(newest, YearMonth.from(date.date()));
        return months <= STALE_AT_ISSUE ? "" : "本区最新数据截至" + newest.getYear() + "年" + newest.getMonthValue()
                + "月，距本期印发已" + months + "个月，反映的是当时情况，不代表目前进展。";
    }

    /** The month the article stating the fact was published, or null when it is unknown. */
    private YearMonth published(Fact f) {
        Figure figure = links.figure(f.valueFigureId());
        DocumentInfo d = figure == null ? null : documents.get(figure.documentId());
        return d == null || d.published() == null ? null : YearMonth.from(d.published());
    }

    /** A zone whose newest result is older than this many months at the issue date is said to be out of date. */
    static final int STALE_AT_ISSUE = 12;

    /** The figures stated in a zone's articles, by zone, made once for the whole briefing. */
    List<Figure> figuresOf(String zone) {
        if (figuresByZone == null) {
            figuresByZone = new HashMap<>();
            all.figures().forEach(f -> figuresByZone.computeIfAbsent(f.zone(), k -> new ArrayList<>()).add(f));
        }
        return figuresByZone.getOrDefault(zone, List.of());
    }

    /** A result older than this many months at the issue date is said to be old. */
    static final int STALE_MONTHS = 3;

    /** A document's number in input order (1 for the first), as 资料来源 prints it, or 0 when unknown. */
    int documentNumber(String id) {
        return documentNumbers.getOrDefault(id, 0);
    }

    /** The document with this id, or null. */
    DocumentInfo document(String id) {
        return documents.get(id);
    }

    /**
     * The facts of a zone that 分园区情况 lists: those the template's zones section lets through (all
     * when there is no such section), at most {@link Limits#ZONE_ROWS}. The quotes follow this list,
     * so every number a reader sees in the body can be checked in the appendix.
     */
    List<Fact> listed(ZoneSummary zone) {
        List<Fact> facts = zone.facts().stream().filter(zonesSection()::shows).toList();
        return Limits.pick(facts, Limits.ZONE_ROWS);
    }

    /** The rows of the zone's parks, projects and enterprises that 分园区情况 lists, as {@link #listed} does. */
    List<UnitsPart.Row> listedUnits(ZoneSummary zone) {
        return UnitsPart.rows(zone.units(), zonesSection()::shows, Limits.UNIT_ROWS);
    }

    /** The facts of other bodies and policy standards that 分园区情况 lists under the zone. */
    List<Fact> listedContext(ZoneSummary zone) {
        List<Fact> facts = zone.context().stream().filter(zonesSection()::shows).toList();
        return facts.size() > Limits.CONTEXT_ROWS ? facts.subList(0, Limits.CONTEXT_ROWS) : facts;
    }

    /** The template's 分园区情况 section, or one that shows everything when the template has none. */
    private Section zonesSection() {
        return template.sections().stream().filter(s -> s.kind() == BriefingTemplate.SectionKind.ZONES)
                .findFirst().orElse(new Section(BriefingTemplate.SectionKind.ZONES, "", List.of(), List.of()));
    }

    /**
     * Numbers the table that follows and makes its caption "表N 名称", which {@link #table} places with
     * the table, so that the caption stays with the table's first rows.
     */
    void caption(String title) {
        pendingCaption = Tables.caption(styles, nextTable(), title);
    }

    /**
     * Adds {@code lead} (a part's title and note), the caption made last and the table, so that no page
     * holds a single row of it ({@link TableBreaks}).
     *
     * @param keepWhole true to start a new page for a table that fits on one but not on this one
     */
    void table(Document doc, Tables table, boolean keepWhole, Element... lead) throws DocumentException {
        List<Element> before = new ArrayList<>(List.of(lead));
        if (pendingCaption != null) {
            before.add(pendingCaption);
            pendingCaption = null;
        }
        TableBreaks.place(doc, writer, before, table, width, keepWhole);
    }

    /** What 数据原文摘录 quotes, worked out once because 资料来源 lists the documents it cites. */
    List<Quotes.ZoneQuotes> quotes() {
        if (quotes == null) {
            quotes = Quotes.plan(this);
        }
        return quotes;
    }

    /** Parent figure id → its parts, for the breakdown charts. */
    Map<String, List<Figure>> parts() {
        if (parts == null) {
            parts = links.parts();
        }
        return parts;
    }

    /** Every zone, known zones in summary order first and 未识别 last. */
    List<ZoneSummary> knownZonesFirst() {
        return java.util.stream.Stream.concat(
                summary.zones().stream().filter(z -> !ZoneSummary.UNKNOWN_ZONE.equals(z.zone())),
                summary.zones().stream().filter(z -> ZoneSummary.UNKNOWN_ZONE.equals(z.zone()))).toList();
    }

    /** The next table number, for captions "表N …". */
    int nextTable() {
        placed.table(++tables);
        return tables;
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

    /** Zones that have at least one fact of their own the section shows: known zones first, 未识别 last. */
    List<ZoneSummary> zones(Section section) {
        return knownFirst(summary.zones().stream().filter(z -> z.facts().stream().anyMatch(section::shows)).toList());
    }

    /**
     * Zones 分园区情况 has something to say about: facts of their own, of their parks, projects and
     * enterprises, or of other bodies their articles mention, that the section shows.
     */
    List<ZoneSummary> zonesWithAnyFacts(Section section) {
        return knownFirst(summary.zones().stream().filter(z -> z.facts().stream().anyMatch(section::shows)
                || z.units().stream().flatMap(u -> u.facts().stream()).anyMatch(section::shows)
                || z.context().stream().anyMatch(section::shows)).toList());
    }

    private static List<ZoneSummary> knownFirst(List<ZoneSummary> shown) {
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
