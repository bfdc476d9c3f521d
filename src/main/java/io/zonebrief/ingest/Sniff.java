package io.zonebrief.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells what a file holds from its first bytes, whatever its name: sites save their pages as .jsp,
 * .do or with no extension at all, offices rename a .doc to .docx, and a PDF may arrive as .txt. A
 * file's extension only decides between kinds its bytes cannot tell apart (Markdown or plain text).
 */
final class Sniff {

    /** What a file's content is, by the reader that handles it. */
    enum Kind {
        TEXT("txt"), MARKDOWN("markdown"), HTML("html"), MHTML("mhtml"), RTF("rtf"), PDF("pdf"), DOCX("docx"),
        XLSX("xlsx"), OLE2("ole2"), CSV("csv");

        private final String format;

        Kind(String format) {
            this.format = format;
        }

        /** The name of the format in {@link SourceDocument#format()}. */
        String format() {
            return format;
        }
    }

    /** How much of a file is enough to tell its kind. */
    static final int HEAD = 64 * 1024;

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^(?:\\s|<!--.*?-->|<%.*?%>|<\\?php.*?\\?>)*<(?:!doctype\\s+html|html|head|body|meta|title|link"
                    + "|div|p|table|h[1-6]|span|br|center|font|script|style|base|form)[\\s>/]");
    private static final Pattern XML_HTML = Pattern.compile("(?is)^\\s*<\\?xml[^>]*>.*?<(?:!doctype\\s+html|html)[\\s>]");
    private static final Pattern MIME_HEADER = Pattern.compile(
            "(?im)\\A(?:[\\x21-\\x39\\x3b-\\x7e]+:.*\\r?\\n(?:[ \\t].*\\r?\\n)*){0,40}?content-type:\\s*multipart/related");
    private static final Pattern MARKDOWN_LINE = Pattern.compile(
            "(?m)^(?:#{1,6} \\S|\\|?\\s*:?-{3,}:?\\s*\\|.*|[*+-] \\S.*\\*\\*|!\\[[^\\]]*\\]\\(|\\[[^\\]]+\\]\\([^)]+\\))");
    /** Names of files that hold settings, data or code: text, but never an article. */
    private static final Map<String, String> DATA_EXTENSIONS = Map.ofEntries(
            Map.entry("json", "JSON data"), Map.entry("yaml", "YAML settings"), Map.entry("yml", "YAML settings"),
            Map.entry("toml", "TOML settings"), Map.entry("ini", "settings"), Map.entry("cfg", "settings"),
            Map.entry("conf", "settings"), Map.entry("properties", "settings"), Map.entry("css", "a style sheet"),
            Map.entry("js", "JavaScript code"), Map.entry("java", "Java source code"), Map.entry("py", "Python code"),
            Map.entry("sh", "a shell script"), Map.entry("bat", "a batch script"), Map.entry("sql", "SQL"),
            Map.entry("log", "a log file"), Map.entry("svg", "an SVG image"), Map.entry("xsl", "an XSL style sheet"),
            Map.entry("tsv", "tab-separated data"));

    private Sniff() {
    }

    /**
     * The kind of content of a file, or null when it is no format an article comes in.
     *
     * @param head      the file's first bytes ({@link #HEAD} are enough), or all of them
     * @param extension the file's extension in lower case, "" when it has none
     */
    static Kind kind(byte[] head, String extension) {
        if (starts(head, 0x25, 0x50, 0x44, 0x46) || find(head, "%PDF-", 1024) >= 0) {
            return Kind.PDF;
        }
        if (starts(head, 0x50, 0x4B, 0x03, 0x04)) {
            if (find(head, "word/", head.length) >= 0 || extension.equals("docx")) {
                return Kind.DOCX; // a damaged .docx is still read as one, to say what is wrong with it
            }
            return find(head, "xl/", head.length) >= 0 ? Kind.XLSX : null;
        }
        if (starts(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.OLE2;
        }
        if (binary(head) != null) {
            return null;
        }
        String text = peek(head);
        if (text.startsWith("{\\rtf")) {
            return Kind.RTF;
        }
        if (MIME_HEADER.matcher(text).find()) {
            return Kind.MHTML;
        }
        if (HTML_START.matcher(text).find() || XML_HTML.matcher(text).find()) {
            return Kind.HTML;
        }
        if (DATA_EXTENSIONS.containsKey(extension) || extension.equals("xml") || looksLikeJson(text)) {
            return null;
        }
        if (extension.equals("csv")) {
            return Kind.CSV;
        }
        if (extension.equals("md") || extension.equals("markdown")
                || !extension.equals("txt") && !extension.equals("text") && markdownLines(text) >= 2) {
            return Kind.MARKDOWN;
        }
        if (nulCount(head) > 0 && Bom.of(head) == null && utf16(head) == null) {
            return null;
        }
        return Kind.TEXT;
    }

    /**
     * What a file the readers cannot handle is, in words for the skip line: "an image (PNG)", "JSON
     * data", "binary data".
     */
    static String describe(byte[] head, String extension) {
        String kind = binary(head);
        if (kind != null) {
            return kind;
        }
        String data = DATA_EXTENSIONS.get(extension);
        if (data != null) {
            return data;
        }
        String text = peek(head);
        if (looksLikeJson(text)) {
            return "JSON data";
        }
        if (extension.equals("xml") || text.startsWith("<?xml")) {
            return "XML data";
        }
        return "binary data";
    }

    /** A parenthesised hint such as " (looks like a PDF)", or an empty string. */
    static String hint(byte[] b) {
        String kind = starts(b, 0x50, 0x4B, 0x03, 0x04) ? "a zip archive, e.g. .docx" : binary(b);
        if (kind == null && starts(b, 0x25, 0x50, 0x44, 0x46)) {
            kind = "a PDF";
        } else if (kind == null && starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            kind = "an OLE2 file, e.g. a .doc or an encrypted Office file";
        }
        return kind == null ? "" : " (looks like " + kind + ")";
    }

    /** Names formats no reader handles by their magic bytes, or null. */
    private static String binary(byte[] b) {
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) {
            if (find(b, "opendocument", HEAD) >= 0) {
                return "an OpenDocument file (save it as .docx)";
            }
            return find(b, "ppt/", b.length) >= 0 ? "a PowerPoint file" : "a zip archive";
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47)) {
            return "an image (PNG)";
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "an image (JPEG)";
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) {
            return "an image (GIF)";
        }
        if (starts(b, 0x42, 0x4D) && b.length > 14 && b[6] == 0 && b[7] == 0) {
            return "an image (BMP)";
        }
        if (starts(b, 0x49, 0x49, 0x2A, 0x00) || starts(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return "an image (TIFF)";
        }
        if (starts(b, 0x52, 0x49, 0x46, 0x46) && find(b, "WEBP", 16) == 8) {
            return "an image (WebP)";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (starts(b, 0x37, 0x7A, 0xBC, 0xAF)) {
            return "a 7z archive";
        }
        if (starts(b, 0x52, 0x61, 0x72, 0x21)) {
            return "a RAR archive";
        }
        if (starts(b, 0x7F, 0x45, 0x4C, 0x46) || starts(b, 0x4D, 0x5A) || starts(b, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "a program";
        }
        if (find(b, "ftyp", 12) == 4 || starts(b, 0x49, 0x44, 0x33) || starts(b, 0x4F, 0x67, 0x67, 0x53)) {
            return "audio or video";
        }
        if (find(b, "SQLite format 3", 16) == 0) {
            return "an SQLite database";
        }
        return null;
    }

    /** The start of the content as characters: enough for the markers sought, which are all ASCII. */
    private static String peek(byte[] head) {
        int n = Math.min(head.length, HEAD);
        Bom bom = Bom.of(head);
        Charset wide = bom != null ? (bom.charset().name().startsWith("UTF-16") ? bom.charset() : null)
                : asciiStart(head) ? null : utf16(head);
        if (wide != null) {
            int skip = bom == null ? 0 : bom.length();
            return new String(head, skip, (n - skip) & ~1, wide).stripLeading();
        }
        int skip = bom == null ? 0 : bom.length();
        return new String(head, skip, n - skip, StandardCharsets.ISO_8859_1).stripLeading();
    }

    /** Plain ASCII at the start ("{\rtf1", "<html>"): no UTF-16, whose Chinese would pair up those bytes. */
    private static boolean asciiStart(byte[] head) {
        for (int i = 0; i < Math.min(head.length, 64); i++) {
            if (head[i] < 0x09 || head[i] > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 without a mark, judged on the head only. */
    private static Charset utf16(byte[] head) {
        return Utf16Guess.of(Arrays.copyOf(head, Math.min(head.length, HEAD) & ~1));
    }

    private static boolean looksLikeJson(String text) {
        return text.startsWith("{") && text.matches("(?s)\\{\\s*(\"|}).*") || text.matches("(?s)\\[\\s*[\\[{\"\\d].*");
    }

    private static int markdownLines(String text) {
        int n = 0;
        var m = MARKDOWN_LINE.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int nulCount(byte[] b) {
        int n = 0;
        for (int i = 0; i < Math.min(b.length, HEAD); i++) {
            n += b[i] == 0 ? 1 : 0;
        }
        return n;
    }

    /** Where the ASCII string {@code s} first occurs in the first {@code within} bytes, or -1. */
    static int find(byte[] b, String s, int within) {
        byte[] needle = s.getBytes(StandardCharsets.US_ASCII);
        int end = Math.min(b.length, within + needle.length) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (b[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
