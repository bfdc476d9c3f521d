package io.zonebrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.ZoneSummary;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The first page: the 报头 of a government briefing (marking, red title, issue number, compiler on
 * the left and date on the right above a thick red rule), a short box saying what the issue covers
 * (zones, the period the figures span, the sources), and 本期要目, the contents with page numbers.
 */
final class Masthead {

    private final BriefingContext ctx;
    private final Styles s;

    Masthead(BriefingContext ctx) {
        this.ctx = ctx;
        this.s = ctx.styles;
    }

    void write(Document doc) throws DocumentException, IOException {
        BriefingTemplate t = ctx.template;
        Font markFont = s.font(11f, true, Styles.TEXT);
        doc.add(line(t.marking().isEmpty() ? " " : t.marking(), markFont, Element.ALIGN_LEFT, 0f));
        if (t.logo() != null) {
            Image logo = Image.getInstance(t.logo().toString());
            logo.scaleToFit(160f, 42f);
            logo.setAlignment(Element.ALIGN_CENTER);
            doc.add(logo);
        }
        Paragraph title = line(t.title(), s.font(30f, true, s.red), Element.ALIGN_CENTER, 22f);
        title.setLeading(40f);
        doc.add(title);
        if (!t.subtitle().isEmpty()) {
            doc.add(line(t.subtitle(), s.font(11f, false, Styles.MUTED), Element.ALIGN_CENTER, 8f));
        }
        doc.add(line(t.issue(), s.font(13f, false, Styles.TEXT), Element.ALIGN_CENTER, 10f));
        doc.add(orgAndDate());
        doc.add(rule(2.2f, 2f));
        overview(doc);
        contents(doc);
    }

    private Paragraph line(String text, Font font, int align, float before) {
        Paragraph p = new Paragraph(font.getSize() * 1.4f);
        p.setFont(font);
        p.add(s.chunk(text, font));
        p.setAlignment(align);
        p.setSpacingBefore(before);
        return p;
    }

    private PdfPTable orgAndDate() {
        PdfPTable row = new PdfPTable(2);
        row.setWidthPercentage(100);
        row.setSpacingBefore(22f);
        Font f = s.font(11f, false, Styles.TEXT);
        PdfPCell org = s.cell(ctx.template.organisation(), f, Element.ALIGN_LEFT);
        PdfPCell date = s.cell(ctx.date.printed(), f, Element.ALIGN_RIGHT);
        for (PdfPCell c : List.of(org, date)) {
            c.setBorder(Rectangle.NO_BORDER);
            c.setPaddingLeft(0);
            c.setPaddingRight(0);
            row.addCell(c);
        }
        return row;
    }

    private Paragraph rule(float thickness, float before) {
        Paragraph p = new Paragraph(4f);
        p.setFont(s.small());
        Chunk c = new Chunk(new LineSeparator(thickness, 100f, s.red, Element.ALIGN_CENTER, 0f));
        c.setFont(s.small());
        p.add(c);
        p.setSpacingBefore(before);
        p.setSpacingAfter(10f);
        return p;
    }

    private void overview(Document doc) throws DocumentException {
        List<ZoneSummary> zones = ctx.summary.zones().stream()
                .filter(z -> !ZoneSummary.UNKNOWN_ZONE.equals(z.zone())).toList();
        String zoneText = zones.isEmpty() ? "未识别出高新区"
                : String.join("、", zones.stream().map(ZoneSummary::zone).toList()) + "（共" + zones.size() + "个）";
        PdfPTable box = new PdfPTable(new float[] {18, 82});
        box.setWidthPercentage(100);
        box.setSpacingBefore(4f);
        box.setSpacingAfter(14f);
        addRow(box, "覆盖园区", zoneText);
        ReportingPeriod period = ctx.template.period();
        addRow(box, period != null ? "报告期" : "数据时期", period != null ? period.label() : periodSpan());
        java.time.YearMonth upTo = ctx.upTo();
        if (upTo != null) {
            addRow(box, "数据截至", upTo.getYear() + "年" + upTo.getMonthValue() + "月"
                    + (period != null ? "" : "（各高新区最新数据的月份见各节）"));
        }
        addRow(box, "资料来源", sources());
        addRow(box, "数据规模", "摘录数字" + ctx.summary.figures().size() + "个，去重后形成指标事实"
                + ctx.all.zones().stream().mapToInt(z -> ZoneSection.distinct(z.facts()).size()).sum() + "项");
        doc.add(box);
    }

    private void addRow(PdfPTable box, String label, String value) {
        PdfPCell l = s.cell(label, s.font(9.5f, true, s.accent), Element.ALIGN_LEFT);
        PdfPCell v = s.cell(value, s.font(9.5f, false, Styles.TEXT), Element.ALIGN_LEFT);
        for (PdfPCell c : List.of(l, v)) {
            c.setBackgroundColor(Styles.STRIPE);
            c.setBorder(Rectangle.NO_BORDER);
            box.addCell(c);
        }
    }

    /** The months the actual figures cover, from the earliest start to the latest end. */
    private String periodSpan() {
        List<Period> periods = ctx.summary.figures().stream().filter(f -> f.modality() == Modality.ACTUAL)
                .map(Figure::period).filter(Objects::nonNull).toList();
        if (periods.isEmpty()) {
            return "报道未注明数据时期";
        }
        YearMonth from = periods.stream().map(Period::from).min(YearMonth::compareTo).orElseThrow();
        YearMonth to = periods.stream().map(Period::to).max(YearMonth::compareTo).orElseThrow();
        String span = new Period(from, to).label();
        long undated = ctx.summary.figures().stream().filter(f -> f.period() == null).count();
        return span + (undated > 0 ? "（另有" + undated + "个数字未注明时期）" : "");
    }

    private String sources() {
        List<DocumentInfo> docs = ctx.summary.documents();
        List<LocalDate> dates = docs.stream().map(DocumentInfo::published).filter(Objects::nonNull).sorted().toList();
        String text = docs.size() + "篇报道";
        if (!dates.isEmpty()) {
            LocalDate a = dates.get(0);
            LocalDate b = dates.get(dates.size() - 1);
            text += "，发布于" + (a.equals(b) ? chinese(a) : chinese(a) + "至" + chinese(b));
        }
        int problems = ctx.summary.problems().size();
        return problems == 0 ? text : text + "；另有" + problems + "个文件未能使用（见附录）";
    }

    /** Reads the logo the way the masthead will, so a file that is not an image fails before the analysis. */
    static void checkLogo(java.nio.file.Path logo) throws java.io.IOException {
        io.zonebrief.internal.FileKind kind = io.zonebrief.internal.FileKind.of(logo);
        if (kind == io.zonebrief.internal.FileKind.MISSING) {
            throw new java.io.IOException(logo + ": no such file (logo of the briefing template)");
        }
        if (!kind.isRegular()) {
            throw new java.io.IOException(logo + ": is " + kind.description() + ", not an image (logo of the briefing template)");
        }
        try {
            Image.getInstance(logo.toString());
        } catch (java.io.IOException | RuntimeException e) {
            throw new java.io.IOException(logo + ": not a PNG, JPEG or GIF image (logo of the briefing template)", e);
        }
    }

    static String chinese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private void contents(Document doc) throws DocumentException {
        doc.add(line("本期要目", s.font(13f, true, s.accent), Element.ALIGN_CENTER, 4f));
        doc.add(s.gap(6f));
        for (Headings.Heading h : ctx.headings.planned()) {
            Font f = h.level() <= 1 ? s.font(10.5f, true, Styles.TEXT) : s.font(10f, false, Styles.TEXT);
            Paragraph p = new Paragraph(h.level() <= 1 ? 22f : 18f);
            p.setFont(f);
            p.setIndentationLeft(h.level() <= 1 ? 0f : 21f);
            Chunk title = s.chunk(h.title(), f);
            title.setLocalGoto(h.key());
            p.add(title);
            DottedLineSeparator dots = new DottedLineSeparator();
            dots.setGap(3f);
            dots.setLineColor(Styles.RULE);
            dots.setOffset(-2f);
            Chunk leader = new Chunk(dots);
            leader.setFont(f);
            p.add(leader);
            p.add(ctx.late.chunk(f, 2, () -> ctx.headings.page(h)));
            doc.add(p);
        }
    }
}
