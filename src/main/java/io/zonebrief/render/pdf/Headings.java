package io.zonebrief.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The briefing's headings, planned before the body is laid out so that the contents page can list
 * them; while the body is written, each heading records the page it landed on and adds its PDF
 * bookmark; the contents print those pages once the body is done ({@link LatePageNumbers}).
 */
final class Headings {

    /**
     * One planned heading.
     *
     * @param key   destination name and generic tag
     * @param level 1 for a section, 2 for a zone within it
     * @param title as printed, bookmarked and listed in the contents
     */
    record Heading(String key, int level, String title) {
    }

    private final List<Heading> planned = new ArrayList<>();
    private final Map<String, Heading> byKey = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();
    private PdfOutline lastSection;

    Heading plan(int level, String title) {
        Heading h = new Heading("h" + (planned.size() + 1), level, title);
        planned.add(h);
        byKey.put(h.key(), h);
        return h;
    }

    List<Heading> planned() {
        return List.copyOf(planned);
    }

    /** The page a heading was written on in this pass, or 0 when it was not (yet) written. */
    int page(Heading h) {
        return pages.getOrDefault(h.key(), 0);
    }

    /** The heading's text as a chunk that reports where it lands and can be jumped to. */
    Chunk anchor(Heading h, Styles styles, Font font) {
        Chunk c = styles.chunk(h.title(), font);
        c.setGenericTag(h.key());
        c.setLocalDestination(h.key());
        return c;
    }

    /** The page the text tagged {@code key} (a heading, a table's caption "表3") was written on, or 0. */
    int page(String key) {
        return pages.getOrDefault(key, 0);
    }

    /** Called by the page events when a heading's or a caption's line is written. */
    void written(PdfWriter writer, Rectangle where, String key) {
        Heading h = byKey.get(key);
        if (pages.containsKey(key)) {
            return;
        }
        pages.put(key, writer.getPageNumber());
        if (h == null) {
            return;
        }
        PdfOutline parent = h.level() <= 1 || lastSection == null ? writer.getRootOutline() : lastSection;
        PdfDestination dest = new PdfDestination(PdfDestination.XYZ, 0, where.getTop() + 18f, 0);
        PdfOutline outline = new PdfOutline(parent, dest, h.title(), true);
        if (h.level() <= 1) {
            lastSection = outline;
        }
    }
}
