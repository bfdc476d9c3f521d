package io.zonebrief.text;

import io.zonebrief.ingest.PageFacts;
import java.time.LocalDate;
import java.util.List;

/**
 * A document after cleaning: its original text, its blocks in reading order, the articles it holds
 * and its publication date. This class is immutable.
 *
 * @param id            document id
 * @param original      the decoded text every offset points into
 * @param blocks        blocks in reading order
 * @param headlines     headline of each article, by article index ("" when an article has none)
 * @param published     publication date, or null
 * @param publishedHow  masthead, page (a web page's markup), url (its address), text, report (an undated
 *                      report titled with its year) or none
 * @param year          the year relative dates resolve against (published year, or inferred), or 0
 * @param source        the newspaper or site the page names (洛阳日报 before its date, 来源：… after it), or null
 * @param page          what a web page says of itself outside its text (date, source, navigation trail, site)
 */
public record TextDocument(
        String id,
        String original,
        List<Block> blocks,
        List<String> headlines,
        LocalDate published,
        String publishedHow,
        int year,
        String source,
        PageFacts page) {

    public TextDocument {
        blocks = List.copyOf(blocks);
        headlines = List.copyOf(headlines);
        page = page == null ? PageFacts.NONE : page;
    }

    /** A document that is no web page. */
    public TextDocument(String id, String original, List<Block> blocks, List<String> headlines, LocalDate published,
                        String publishedHow, int year, String source) {
        this(id, original, blocks, headlines, published, publishedHow, year, source, PageFacts.NONE);
    }

    /** This document dated by something that knows better than its text (a manifest). */
    public TextDocument withPublished(LocalDate date, String how) {
        return new TextDocument(id, original, blocks, headlines, date, how, date.getYear(), source, page);
    }

    /** The headline of the article a block belongs to, or null. */
    public String headlineOf(Block b) {
        if (b.article() < 0 || b.article() >= headlines.size()) {
            return null;
        }
        String h = headlines.get(b.article());
        return h.isEmpty() ? null : h;
    }
}
