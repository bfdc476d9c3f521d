package io.zonebrief.ingest;

import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the article in a web page: navigation, scripts, styles, page headers and footers are
 * removed; then the {@code <article>} with the most Chinese text wins, else the element whose
 * {@code <p>} children hold the most Chinese text (grandparents earn half, so a body split into
 * several blocks is kept whole), unless that element holds under half of the page's text outside
 * links: then the page is an overview of several parts and is read whole.
 */
final class ArticleBody {

    private static final String NOISE = "script, style, noscript, template, iframe, svg, canvas, form, button, "
            + "select, textarea, input, nav, aside, object, embed, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [hidden]";
    private static final Set<String> NOISE_TOKENS = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
            "breadcrumbs", "crumbs", "sidebar", "share", "copyright", "footer", "foot", "topbar", "toolbar",
            "comment", "comments", "related", "recommend", "advert", "ad", "ads");
    private static final int MIN_HAN = 10;
    /** A link holding this much Chinese text is a card of content, not a menu entry. */
    private static final int LINK_CARD = 30;

    private ArticleBody() {
    }

    /** The element holding the article; removes noise from {@code doc} as a side effect. */
    static Element find(Document doc) {
        Element body = doc.body();
        doc.select(NOISE).remove();
        for (Element e : doc.select("header, footer")) {
            if (e.closest("article") == null) {
                e.remove();
            }
        }
        removeByName(body);
        Element article = null;
        int articleHan = MIN_HAN - 1;
        for (Element a : body.select("article")) {
            int han = ChineseText.hanCount(a.text());
            if (han > articleHan) {
                article = a;
                articleHan = han;
            }
        }
        if (article != null) {
            return article;
        }
        Element best = bestParagraphParent(body);
        if (best == null || 2 * ChineseText.hanCount(best.text()) < unlinkedHan(body)) {
            // an overview page of several parts (parks, platforms, services), each in its own block:
            // the densest block is not the article, the page is
            return body;
        }
        return best;
    }

    /** The page's first h1 when it lies outside the article element, else null. */
    static Element headlineOutside(Document doc, Element article) {
        Element h1 = doc.selectFirst("h1");
        return h1 == null || isInside(h1, article) || isInside(article, h1) ? null : h1;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Class and id tokens such as "main-nav" or "footer"; never an element holding most of the page's text. */
    private static void removeByName(Element body) {
        int total = ChineseText.hanCount(body.text());
        for (Element e : body.select("[class], [id]")) {
            if (e == body || e.parent() == null || !hasNoiseToken(e.className() + " " + e.id())) {
                continue;
            }
            if (ChineseText.hanCount(e.text()) * 2 <= total) {
                e.remove();
            }
        }
    }

    private static boolean hasNoiseToken(String names) {
        for (String token : names.toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
            if (NOISE_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** Chinese characters of the text outside links: what a reader reads, not the menus and lists of links. */
    private static int unlinkedHan(Element body) {
        int linked = 0;
        for (Element a : body.select("a")) {
            int han = ChineseText.hanCount(a.text());
            if (han < LINK_CARD) {
                linked += han; // a menu entry or a headline in a list; a card of text inside a link is content
            }
        }
        return ChineseText.hanCount(body.text()) - linked;
    }

    private static Element bestParagraphParent(Element body) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            int han = ChineseText.hanCount(p.text());
            Element parent = p.parent();
            if (han == 0 || parent == null) {
                continue;
            }
            score.merge(parent, (double) han, Double::sum);
            if (parent.parent() != null && parent != body) {
                score.merge(parent.parent(), han / 2.0, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Element e : body.getAllElements()) {
            double s = score.getOrDefault(e, 0.0);
            if (s > bestScore) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }
}
