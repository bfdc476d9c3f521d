package io.zonebrief.ingest;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * Reads {@link PageFacts} from a whole page, before the article body is cut out of it: the date in
 * meta tags (publishdate, PubDate, article:published_time), a {@code <time>} element, the 发布时间
 * line or the page's own address; the source line (来源：拂晓报); the navigation trail; the site's name.
 */
final class PageMarkup {

    private static final Set<String> DATE_NAMES = Set.of("publishdate", "pubdate", "publish_date", "publish-date",
            "publishtime", "publish_time", "published_time", "article:published_time", "og:published_time",
            "datepublished", "dc.date", "dc.date.issued", "dcterms.issued", "firstpublishedtime", "releasedate",
            "createdate", "date");
    private static final Set<String> SOURCE_NAMES = Set.of("contentsource", "source", "article:source", "og:source");
    private static final Set<String> SITE_NAMES = Set.of("og:site_name", "sitename", "site_name", "site-name");
    private static final Set<String> URL_NAMES = Set.of("og:url", "url", "canonical");

    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*(?:年\\s*|[-/.])(\\d{1,2})\\s*(?:月\\s*|[-/.])(\\d{1,2})");
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:发布时间|发布日期|发表时间|发稿时间|更新时间|时间|日期)\\s*[:：]\\s*((?:19|20)\\d{2}\\s*(?:年\\s*|[-/.])\\d{1,2}\\s*(?:月\\s*|[-/.])\\d{1,2})");
    /** Dates that content systems write into an article's address: …/2017/0707/…, t20200104_…, /2020-01/04/. */
    private static final Pattern URL_DATE = Pattern.compile(
            "(?:^|[/_=])t?((?:19|20)\\d{2})[-/]?(\\d{2})[-/]?(\\d{2})(?=[/_.\\-]|$)"
                    + "|/((?:19|20)\\d{2})/(\\d{1,2})/(\\d{1,2})/");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:来源|来源于|稿件来源|信息来源|文章来源)\\s*[:：]\\s*([\\p{IsHan}A-Za-z0-9·]{2,20}?)(?=\\s|$|[|｜,，;；/()（）]|发布|时间|日期|作者|编辑|浏览|点击|字号|【)");
    private static final Pattern CRUMB_PREFIX = Pattern.compile("^\\s*(?:当前位置|您的位置|您现在的位置|您当前的位置|所在位置|现在位置|位置)\\s*[:：]?\\s*");
    private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*(?:>|＞|»|›|→|>>|＞＞|/)\\s*");
    private static final Set<String> CRUMB_TOKENS = Set.of("crumb", "crumbs", "breadcrumb", "breadcrumbs", "position",
            "location", "weizhi", "dqwz", "curpos", "currentpos", "current-position", "nav-path", "navpath");
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s*(?:_|\\||｜|--| - |—|–)\\s*");

    private PageMarkup() {
    }

    /**
     * The page's facts about itself.
     *
     * @param doc     the whole page, before anything is removed from it
     * @param file    the file, whose name may be the address's last part (t20200104_123.html)
     * @param address where the page was saved from when the container says it (MHTML), or null
     */
    static PageFacts read(Document doc, Path file, String address) {
        String pageText = doc.body() == null ? "" : doc.body().text();
        Dated dated = metaDate(doc);
        if (dated == null) {
            dated = timeElement(doc);
        }
        if (dated == null) {
            Matcher m = DATE_LINE.matcher(pageText);
            dated = m.find() ? dated(m.group(1), "page 发布时间") : null;
        }
        if (dated == null) {
            dated = urlDate(addresses(doc, file, address));
        }
        return new PageFacts(dated == null ? null : dated.date, dated == null ? null : dated.from,
                source(doc, pageText), breadcrumb(doc), site(doc));
    }

    private record Dated(LocalDate date, String from) {
    }

    private static Dated metaDate(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            String key = key(meta);
            if (DATE_NAMES.contains(key)) {
                Dated d = dated(meta.attr("content"), "meta " + key);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    private static Dated timeElement(Document doc) {
        for (Element time : doc.select("time")) {
            Dated d = dated(time.hasAttr("datetime") ? time.attr("datetime") : time.text(), "time");
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The page's own address as the page or its container gives it, then the file's name. */
    private static List<String> addresses(Document doc, Path file, String address) {
        List<String> out = new ArrayList<>();
        if (address != null) {
            out.add(address);
        }
        for (Element meta : doc.select("meta[content]")) {
            if (URL_NAMES.contains(key(meta))) {
                out.add(meta.attr("content"));
            }
        }
        doc.select("link[rel=canonical][href], base[href]").forEach(e -> out.add(e.attr("href")));
        // browsers mark a saved page with <!-- saved from url=(0071)http://… -->
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof Comment c && c.getData().strip().startsWith("saved from url=")) {
                out.add(c.getData().strip().replaceFirst("^saved from url=\\(\\d+\\)", ""));
            }
        }, doc);
        Path name = file == null ? null : file.getFileName();
        if (name != null) {
            out.add("/" + name);
        }
        return out;
    }

    private static Dated urlDate(List<String> addresses) {
        for (String a : addresses) {
            Matcher m = URL_DATE.matcher(a);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 4;
                LocalDate d = date(m.group(g), m.group(g + 1), m.group(g + 2));
                if (d != null) {
                    return new Dated(d, "url");
                }
            }
        }
        return null;
    }

    private static String source(Document doc, String pageText) {
        for (Element meta : doc.select("meta[content]")) {
            if (SOURCE_NAMES.contains(key(meta)) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        Matcher m = SOURCE_LINE.matcher(pageText);
        return m.find() ? m.group(1) : null;
    }

    /** The navigation trail with its parts joined by " > ", or null. */
    private static String breadcrumb(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        for (Element e : body.select("[class], [id]")) {
            if (hasCrumbToken(e.className() + " " + e.id())) {
                String trail = trail(e.text());
                if (trail != null) {
                    return trail;
                }
            }
        }
        for (Element e : body.getElementsMatchingOwnText(CRUMB_PREFIX)) {
            Element box = e.parent() != null && e.text().length() < 12 ? e.parent() : e;
            String trail = trail(box.text());
            if (trail != null) {
                return trail;
            }
        }
        return null;
    }

    private static String trail(String text) {
        String t = CRUMB_PREFIX.matcher(text).replaceFirst("").strip();
        if (t.isEmpty() || t.length() > 80) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String p : CRUMB_SEPARATOR.split(t)) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts.size() < 2 ? null : String.join(" > ", parts);
    }

    private static boolean hasCrumbToken(String names) {
        for (String token : names.toLowerCase(Locale.ROOT).split("[\\s_]+")) {
            if (CRUMB_TOKENS.contains(token) || token.contains("crumb")) {
                return true;
            }
        }
        return false;
    }

    private static String site(Document doc) {
        for (Element meta : doc.select("meta[content]")) {
            if (SITE_NAMES.contains(key(meta)) && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        String[] parts = TITLE_PARTS.split(doc.title().strip());
        if (parts.length < 2) {
            return null;
        }
        String last = parts[parts.length - 1].strip();
        return ChineseText.hanCount(last) >= 2 && last.length() <= 24 ? last : null;
    }

    private static String key(Element meta) {
        String k = meta.hasAttr("name") ? meta.attr("name") : meta.hasAttr("property") ? meta.attr("property")
                : meta.attr("itemprop");
        return k.strip().toLowerCase(Locale.ROOT);
    }

    private static Dated dated(String text, String from) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return null;
        }
        LocalDate d = date(m.group(1), m.group(2), m.group(3));
        return d == null ? null : new Dated(d, from);
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            return date.getYear() >= 1990 && date.getYear() <= 2100 ? date : null;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
