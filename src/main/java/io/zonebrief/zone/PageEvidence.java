package io.zonebrief.zone;

import io.zonebrief.ingest.PageFacts;
import io.zonebrief.text.CharNormalizer;
import io.zonebrief.text.TextDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Zone evidence a page gives outside its article text: the navigation trail (安徽 > 宿州市 > 今日宿州),
 * the site's name (宿州高新区管委会) and the paper the article comes from, a city daily placing it in its
 * city (来源：拂晓报 → 宿州). Each is one line of evidence, weighed like a sentence that speaks of the
 * zone, and named in the reason for what it is.
 */
final class PageEvidence {

    private PageEvidence() {
    }

    /** The page's lines of evidence, in the order trail, site, paper; empty for a page that says nothing. */
    static List<Evidence.Line> lines(TextDocument doc) {
        List<Evidence.Line> out = new ArrayList<>();
        PageFacts page = doc.page();
        if (page.breadcrumb() != null) {
            out.add(line(page.breadcrumb(), "网页导航“" + page.breadcrumb() + "”"));
        }
        if (page.site() != null) {
            out.add(line(page.site(), "网站名称“" + page.site() + "”"));
        }
        String paper = doc.source();
        if (paper != null) {
            String city = CityPapers.city(paper);
            out.add(city != null ? line(city + "市", "来源" + paper + "（" + city + "的报纸）")
                    : line(paper, "来源" + paper));
        }
        return out;
    }

    private static Evidence.Line line(String text, String via) {
        return new Evidence.Line(CharNormalizer.normalize(text), false, false, via);
    }
}
