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
        List<Figure> children = List.of();

        Entry(int row, Figure figure) {
            this.row = row;
            this.figure = figure;
        }
    }

    private static final Entry NONE = new Entry(-1, null);

    private final Map<String, Entry> entries;
    private final Map<String, DocumentInfo> documents = new HashMap<>();
    private final String detailsSheet;

    FigureIndex(Summary summary, String detailsSheet) {
        this.detailsSheet = detailsSheet;
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

    /** "title (id)" for a document, or the bare id when the summary does not list it. */
    String documentLabel(String documentId) {
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
