package io.zonebrief.meaning;

import io.zonebrief.extract.Period;
import io.zonebrief.text.Block;
import io.zonebrief.text.BlockType;
import io.zonebrief.text.Dateline;
import io.zonebrief.text.TextDocument;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The span a sub-article sets for what it reports: a paragraph that opens with 今年以来, after its dateline if any ("本报讯（…）今年以来，该局不断创新
 * 管理举措…") frames the results the following paragraphs list without a date of their own.
 */
final class Framings {

    private static final Pattern SO_FAR_THIS_YEAR = Pattern.compile("^\\s*(今年以来|年初以来|今年来)");

    private final Period[] byBlock;

    private Framings(int blocks) {
        byBlock = new Period[blocks];
    }

    static Framings of(TextDocument doc) {
        Framings f = new Framings(doc.blocks().size());
        LocalDate published = doc.published();
        Period current = null;
        int article = -1;
        for (int bi = 0; bi < doc.blocks().size(); bi++) {
            Block b = doc.blocks().get(bi);
            if (b.article() != article) {
                article = b.article();
                current = null;
            }
            if (published != null && b.type() == BlockType.PARAGRAPH && SO_FAR_THIS_YEAR.matcher(Dateline.strip(b.norm())).find()) {
                current = Period.of(published.getYear(), 1, Period.lastReportedMonth(published));
            }
            f.byBlock[bi] = current;
        }
        return f;
    }

    /** The span framing block {@code block}, or null. */
    Period at(int block) {
        return block >= 0 && block < byBlock.length ? byBlock[block] : null;
    }
}
