package io.zonebrief.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Web pages, whatever their file's name: decoded by BOM, then the charset the page declares, then detection;
 * pages saved from a site's sources (.jsp, .asp, .php) are read the same way once their server-side
 * code ({@code <% … %>}, {@code <?php … ?>}) is removed;
 * reduced to the article body ({@link ArticleBody}) and rendered as paragraphs ({@link HtmlText}); what
 * the page says of itself around the article is kept as {@link PageFacts}.
 */
final class HtmlFormat implements FormatReader {

    private static final Pattern DECLARED = Pattern.compile(
            "(?i)<meta[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{2,40})|<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]{2,40})");
    private static final int PREFIX = 4096;
    /** Server-side code in a page saved from a site's sources; never article text. */
    private static final Pattern SERVER_CODE = Pattern.compile("(?s)<%.*?%>|<\\?php.*?\\?>");
    /** Labels the HTML standard resolves differently from Java: GB2312 pages use GBK characters freely. */
    private static final Map<String, String> LABELS = Map.of(
            "gb2312", "GB18030", "gbk", "GB18030", "x-gbk", "GB18030", "csgb2312", "GB18030", "gb_2312-80", "GB18030",
            "chinese", "GB18030", "iso-8859-1", "windows-1252", "us-ascii", "windows-1252",
            "utf-16", "UTF-8", "utf-16le", "UTF-8");

    private final TextDecoder decoder;

    HtmlFormat(TextDecoder decoder) {
        this.decoder = decoder;
    }

    TextDecoder decoder() {
        return decoder;
    }

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        return read(file, decoder.decode(file, bytes, declared(bytes)), "html", null);
    }

    /**
     * A page already decoded, e.g. the HTML part of an MHTML file.
     *
     * @param format  the format to report
     * @param address where the page was saved from, when its container says so, or null
     */
    SourceDocument read(Path file, TextDecoder.Decoded d, String format, String address) throws IngestException {
        Document doc;
        try {
            doc = Jsoup.parse(SERVER_CODE.matcher(d.text()).replaceAll(" "));
        } catch (RuntimeException | StackOverflowError e) {
            throw new IngestException(file, "unreadable HTML (" + Failure.describe(e) + ")", e);
        }
        PageFacts page = PageMarkup.read(doc, file, address);
        Element body = ArticleBody.find(doc);
        String text = HtmlText.render(body, ArticleBody.headlineOutside(doc, body));
        if (text.isBlank()) {
            throw new IngestException(file, "the page holds no article text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, text, format, d.charset().name(), d.warnings(), page);
    }

    /** The charset named by a meta tag or XML declaration near the top, or null. */
    static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PREFIX), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (!m.find()) {
            return null;
        }
        return charsetOf(m.group(1) != null ? m.group(1) : m.group(2));
    }

    /** The charset a page's label stands for, as browsers read it, or null when Java has none by that name. */
    static Charset charsetOf(String labelAsWritten) {
        String label = labelAsWritten.strip().toLowerCase(Locale.ROOT);
        String name = LABELS.getOrDefault(label, label);
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
