package io.zonebrief.render.pdf;

import com.lowagie.text.pdf.PdfWriter;
import io.zonebrief.extract.Figure;
import io.zonebrief.render.BriefingIndex;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.chart.ChartPoint;
import io.zonebrief.render.chart.ChartSpec;
import io.zonebrief.summary.Fact;
import java.util.Collection;
import java.util.Objects;

/**
 * Where one layout pass states each figure, for the workbook's 简报位置 column: the parts of the
 * briefing say which section, numbered table or chart they write and which facts it shows, and this
 * turns facts into the figures that say their values ({@link BriefingIndex}).
 */
final class StatedPlaces {

    private final BriefingIndex.Builder index = BriefingIndex.builder();
    private final FigureLinks links;
    private final PdfWriter writer;
    private int tables;

    StatedPlaces(FigureLinks links, PdfWriter writer) {
        this.links = links;
        this.writer = writer;
    }

    /** The section now written, by its heading. */
    void section(String heading) {
        index.section(heading);
    }

    /** Table {@code n} is now written; what is stated next is stated in it. */
    void table(int n) {
        tables = Math.max(tables, n);
        index.item("表" + n);
    }

    /** The current table states these facts' values: the figures that say them. Nulls are skipped. */
    void stated(Fact... facts) {
        for (Fact f : facts) {
            if (f == null) {
                continue;
            }
            for (String id : f.figureIds()) {
                Figure x = links.figure(id);
                if (x != null && x.value() == f.value()) {
                    index.stated(id);
                }
            }
        }
    }

    /** The current table states this figure (a growth rate beside the figure it qualifies). */
    void stated(Figure figure) {
        index.stated(figure.id());
    }

    /**
     * Chart {@code n}, just placed on the current page, states those of {@code facts} whose bars it
     * draws: the same body, unit, nature and time, and the same value in the chart's unit.
     */
    void chart(int n, ChartSpec chart, Collection<Fact> facts) {
        String item = "图" + n;
        index.item(item).page(item, writer.getPageNumber());
        for (ChartPoint p : chart.points()) {
            for (Fact f : facts) {
                if (draws(p, chart.unit(), f)) {
                    stated(f);
                }
            }
        }
    }

    private static boolean draws(ChartPoint p, String chartUnit, Fact f) {
        ChartPoint.Basis b = p.basis();
        if (b == null || f.subject() != b.subject() || !Objects.equals(f.subjectName(), b.subjectName())
                || !Objects.equals(f.unit(), b.unit()) || f.nature() != b.nature() || f.periodKind() != b.periodKind()
                || !Objects.equals(f.period(), b.period()) || !Objects.equals(f.asOf(), b.asOf())) {
            return false;
        }
        double shown = f.value() / NumberStyle.divisor(f.unit(), chartUnit);
        return Math.abs(shown - p.value()) <= 1e-9 * Math.max(1, Math.abs(p.value()));
    }

    /** The places, with each table's page as its caption's tag reported it to {@code headings}. */
    BriefingIndex build(Headings headings) {
        for (int n = 1; n <= tables; n++) {
            index.page("表" + n, headings.page("表" + n));
        }
        return index.build();
    }
}
