package io.zonebrief.render.excel;

import io.zonebrief.extract.Figure;
import io.zonebrief.summary.DocumentInfo;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lookups every sheet needs from the summary: which details row holds a figure (for links), which
 * fact a figure stands behind (for its indicator), and which breakdown figures hang under a parent.
 * The details sheet writes figures in summary order, one per row under the header, so a figure's
 * row is known before that sheet is streamed.
 */
final class FigureIndex {

    /**
     * What the sheets know about one figure id. One entry per figure instead of a map per lookup:
     * a summary may hold hundreds of thousands of figures, and each map entry costs some 50 bytes.
     */
    private static final class Entry {
        final int row;
        final Figure figure;
        Fact fact;
        /** Where the zone sheet shows the fact this figure stands behind, once that sheet is written. */
        String factAddress;
        List<Figure> children = List.of();

        Entry(int row, Figure figure) {
            this.row = row;
            this.figure = figure;
        }
    }

    private static final Entry NONE = new Entry(-1, null);

    private final Map<String, Entry> entries;
    private final Map<String, DocumentInfo> documents = new HashMap<>();
    private final Map<String, Integer> documentRows = new HashMap<>();
    private final String detailsSheet;
    private final String sourcesSheet;

    FigureIndex(Summary summary, String detailsSheet, String sourcesSheet) {
        this.detailsSheet = detailsSheet;
        this.sourcesSheet = sourcesSheet;
        List<Figure> all = summary.figures();
        entries = new HashMap<>(Math.max(16, all.size() * 4 / 3 + 1));
        for (int i = 0; i < all.size(); i++) {
            Figure f = all.get(i);
            entries.putIfAbsent(f.id(), new Entry(i + 1, f));
        }
        for (Figure f : all) {
            Entry parent = f.parentId() == null ? null : entries.get(f.parentId());
            if (parent != null && ("part".equals(f.role()) || "growth".equals(f.role()))) {
                if (parent.children.isEmpty()) {
                    parent.children = new ArrayList<>(2);
                }
                parent.children.add(f);
            }
        }
        summary.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
        // the sources sheet lists documents in summary order, one per row under its header
        for (int i = 0; i < summary.documents().size(); i++) {
            documentRows.putIfAbsent(summary.documents().get(i).id(), i + 1);
        }
        for (ZoneSummary z : summary.zones()) {
            index(z.facts());
            z.units().forEach(u -> index(u.facts()));
            index(z.context());
        }
    }

    private void index(List<Fact> facts) {
        for (Fact fact : facts) {
            for (String id : fact.figureIds()) {
                Entry e = entries.get(id);
                if (e != null && e.fact == null) {
                    e.fact = fact;
                }
            }
        }
    }

    private Entry entry(String figureId) {
        return entries.getOrDefault(figureId, NONE);
    }

    /** Zero-based row of the figure on the details sheet, or -1. */
    int row(String figureId) {
        return entry(figureId).row;
    }

    /** The link address of the figure's details row, e.g. {@code '数据明细'!A12}, or null. */
    String address(String figureId) {
        int r = row(figureId);
        return r < 0 ? null : SheetNames.quoted(detailsSheet) + "!A" + (r + 1);
    }

    /** The link address of the document's row on the sources sheet, e.g. {@code '来源'!A3}, or null. */
    String documentAddress(String documentId) {
        Integer r = documentRows.get(documentId);
        return r == null ? null : SheetNames.quoted(sourcesSheet) + "!A" + (r + 1);
    }

    /** Records that a zone sheet shows {@code fact} at {@code address}, so its figures can link back. */
    void placeFact(Fact fact, String address) {
        for (String id : fact.figureIds()) {
            Entry e = entries.get(id);
            if (e != null && e.fact == fact) {
                e.factAddress = address;
            }
        }
    }

    /** Where a zone sheet shows the fact this figure stands behind, or null. */
    String factAddress(String figureId) {
        return entry(figureId).factAddress;
    }

    /**
     * The figure a fact takes its value from, so a link from the fact lands on the number it shows;
     * else the first of its figures the summary still holds, or null.
     */
    Figure valueFigure(Fact fact) {
        Figure f = fact.valueFigureId() == null ? null : entry(fact.valueFigureId()).figure;
        return f != null ? f : firstFigure(fact);
    }

    /**
     * "headline (document id)" for the article within its document that a figure comes from: a page
     * holds several articles, and the page's first headline is not this figure's.
     */
    String articleLabel(Figure f) {
        String headline = f.headline() == null ? null : CellText.oneLine(f.headline());
        if (headline != null && !headline.isEmpty()) {
            return headline + "（" + f.documentId() + "）";
        }
        // no article of a page of several claims it (a caption, a line above the first headline)
        DocumentInfo d = documents.get(f.documentId());
        return d != null && d.headlines().size() == 1 ? documentLabel(f.documentId()) : f.documentId();
    }

    /** "title (id)" for a document, or the bare id when the summary does not list it. */
    private String documentLabel(String documentId) {
        DocumentInfo d = documents.get(documentId);
        return d == null || d.title().equals(documentId) ? documentId : d.title() + "（" + documentId + "）";
    }

    Figure figure(String id) {
        return entry(id).figure;
    }

    /** The first figure behind a fact that the summary still holds, or null. */
    Figure firstFigure(Fact fact) {
        for (String id : fact.figureIds()) {
            Figure f = entry(id).figure;
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    /** The fact that lists this figure, or null when the figure was left out of every fact. */
    Fact factOf(String figureId) {
        return entry(figureId).fact;
    }

    /**
     * Breakdown and growth figures under any of the fact's figures that are not in {@code shown}
     * (the ids a zone's facts already list), so each appears once, indented under its parent.
     */
    List<Figure> childrenOf(Fact fact, Set<String> shown) {
        List<Figure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : fact.figureIds()) {
            for (Figure child : entry(id).children) {
                if (!shown.contains(child.id()) && seen.add(child.id())) {
                    out.add(child);
                }
            }
        }
        return out;
    }
}
