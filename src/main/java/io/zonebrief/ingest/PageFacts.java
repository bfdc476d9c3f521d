package io.zonebrief.ingest;

import java.time.LocalDate;

/**
 * What a saved web page says of itself outside its article text: when it was published, which paper
 * or site the article comes from, where the page sits in the site's navigation and the site's name.
 * A reader uses them to date and place an article whose text says neither. This class is immutable.
 *
 * @param published     publication date from the page's markup or address, or null
 * @param publishedFrom where that date was read: "meta publishdate", "time", "url …", or null
 * @param source        the paper or site named by a source line (来源：拂晓报) or meta tag, or null
 * @param breadcrumb    the navigation trail (安徽 > 宿州市 > 今日宿州), or null
 * @param site          the site's name (og:site_name, SiteName, the title's last part), or null
 */
public record PageFacts(LocalDate published, String publishedFrom, String source, String breadcrumb, String site) {

    /** A document that is no web page, or a page that says nothing of itself. */
    public static final PageFacts NONE = new PageFacts(null, null, null, null, null);

    /** True when the page says nothing of itself. */
    public boolean isEmpty() {
        return published == null && source == null && breadcrumb == null && site == null;
    }
}
