package io.zonebrief.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the briefing states each figure: the section (二、), the numbered table or chart (表3, 图1) and
 * the page, as the briefing's own layout placed them, so that the workbook can tell a reviewer where a
 * reader of the briefing meets the number. A figure the briefing does not state has no place. This
 * class is immutable; the briefing fills a {@link Builder} while it is laid out.
 *
 * <pre>
 * BriefingIndex where = ...;             // from BriefingRenderer
 * where.where("001_5464f54fc4ce207d#31") // "二、表3（第5页）", or "" when the briefing does not state it
 * </pre>
 */
public final class BriefingIndex {

    /** An index that knows no place: what a workbook written without its briefing uses. */
    public static final BriefingIndex NONE = new BriefingIndex(Map.of());

    /**
     * One place a figure is stated.
     *
     * @param section the section's number as its heading starts (二、, 附表), or "" before the first section
     * @param item    the table or chart (表3, 图1)
     * @param page    the page it starts on, or 0 when not known
     */
    public record Place(String section, String item, int page) {

        /** "二、表3（第5页）", "附表 表9（第12页）", "图1". */
        public String text() {
            String joint = section.isEmpty() || section.endsWith("、") ? "" : " ";
            return section + joint + item + (page > 0 ? "（第" + page + "页）" : "");
        }
    }

    private final Map<String, List<Place>> byFigure;

    private BriefingIndex(Map<String, List<Place>> byFigure) {
        this.byFigure = byFigure;
    }

    /** The places the briefing states the figure, in the order they come in the briefing; empty when none. */
    public List<Place> places(String figureId) {
        return figureId == null ? List.of() : byFigure.getOrDefault(figureId, List.of());
    }

    /** The places as one cell's text, "二、表3（第5页）；图1", or "" when the briefing does not state the figure. */
    public String where(String figureId) {
        return where(figureId, "；");
    }

    /** The places joined by {@code separator} ("\n" for one place a line in a cell), or "" when none. */
    public String where(String figureId, String separator) {
        return places(figureId).stream().map(Place::text).collect(Collectors.joining(separator));
    }

    /** The number of figures the briefing states. */
    public int size() {
        return byFigure.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Collects places while the briefing is laid out: the layout says which section and which numbered
     * table or chart it is writing, and which figures it states there; the page of a table or chart is
     * told when its caption lands, which may be after its rows were stated.
     */
    public static final class Builder {

        private final Map<String, List<String[]>> stated = new LinkedHashMap<>();
        private final Map<String, Integer> pages = new HashMap<>();
        private String section = "";
        private String item;

        private Builder() {
        }

        /** The section now written, by its heading ("二、分园区情况"); tables and charts after it belong to it. */
        public Builder section(String heading) {
            section = sectionNumber(heading);
            item = null;
            return this;
        }

        /** The table or chart now written, by its caption's number ("表3", "图1"). */
        public Builder item(String caption) {
            item = caption;
            return this;
        }

        /** The page the caption of a table or chart landed on. */
        public Builder page(String caption, int page) {
            pages.putIfAbsent(caption, page);
            return this;
        }

        /** States a figure in the current table or chart; nothing before the first one. */
        public Builder stated(String figureId) {
            if (item == null || figureId == null) {
                return this;
            }
            List<String[]> at = stated.computeIfAbsent(figureId, k -> new ArrayList<>());
            boolean known = at.stream().anyMatch(p -> p[0].equals(section) && p[1].equals(item));
            if (!known) {
                at.add(new String[] {section, item});
            }
            return this;
        }

        public BriefingIndex build() {
            Map<String, List<Place>> out = new HashMap<>(stated.size() * 2);
            stated.forEach((id, at) -> out.put(id, at.stream()
                    .map(p -> new Place(p[0], p[1], pages.getOrDefault(p[1], 0))).toList()));
            return new BriefingIndex(out);
        }

        /** "二、分园区情况" → "二、"; "附表　主要指标汇总表" → "附表"; a heading without either is its own number. */
        static String sectionNumber(String heading) {
            String h = heading == null ? "" : heading.strip();
            int comma = h.indexOf('、');
            if (comma >= 0 && comma <= 4) {
                return h.substring(0, comma + 1);
            }
            for (int i = 0; i < h.length(); i++) {
                if (Character.isWhitespace(h.charAt(i)) || h.charAt(i) == '\u3000') {
                    return h.substring(0, i);
                }
            }
            return h;
        }
    }
}
