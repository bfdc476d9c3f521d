package io.zonebrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads one article file into a {@link SourceDocument}. Plain text may be in UTF-8 (with or without
 * BOM), UTF-16 (with or without BOM), GB18030/GBK/GB2312 or Big5, told apart automatically
 * ({@link TextDecoder}) unless a charset is forced; Markdown, web pages (HTML under any name, MHTML),
 * Word .docx and .doc, RTF, PDF text layers and sheets of indicators (.xlsx, .csv) are read too. The
 * format is told from the content ({@link Sniff}), not the file's name. Every failure, whatever the bytes, is an {@link IngestException} whose one-line
 * message names the file and the problem, so one bad file never stops a run. The size limit is checked
 * before a byte is read.
 *
 * <pre>
 * SourceDocument doc = DocumentReader.withDefaults().read(Path.of("seeds/article.txt"));
 * SourceDocument big5 = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, Charset.forName("Big5")).read(p);
 * </pre>
 */
public final class DocumentReader {

    /** Extensions read as plain text. */
    public static final List<String> TEXT_EXTENSIONS = List.of("txt", "text", "md", "markdown");
    /**
     * Extensions read without looking inside first. Any other file is read when its content is a
     * format this reader knows ({@link #unreadable}).
     */
    public static final List<String> EXTENSIONS = List.of("txt", "text", "md", "markdown", "docx", "doc", "wps", "rtf",
            "html", "htm", "xhtml", "shtml", "jsp", "asp", "aspx", "php", "do", "mht", "mhtml", "pdf", "xlsx", "csv");
    /** 64 MiB: far above any article, low enough to keep memory bounded. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    private final long maxBytes;
    private final TextFormat text;
    private final HtmlFormat html;
    private final MarkdownFormat markdown;
    private final MhtmlFormat mhtml;
    private final RtfFormat rtf;
    private final SheetFormat sheet;
    private final DocxFormat docx = new DocxFormat();
    private final Ole2Format ole2 = new Ole2Format();
    private final PdfFormat pdf = new PdfFormat();

    /**
     * @param maxBytes      files larger than this are refused before being read
     * @param forcedCharset charset for text and HTML files instead of detection, or null to detect
     * @throws IllegalArgumentException if maxBytes is not positive
     */
    public DocumentReader(long maxBytes, Charset forcedCharset) {
        this(maxBytes, forcedCharset, false);
    }

    /**
     * @param maxBytes      files larger than this are refused before being read
     * @param forcedCharset charset for text and HTML files instead of detection, or null to detect
     * @param lenient       replace undecodable bytes (with a warning naming their count and first offset)
     *                      instead of refusing the file; a few stray ones are replaced anyway
     */
    public DocumentReader(long maxBytes, Charset forcedCharset, boolean lenient) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive but was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        TextDecoder decoder = new TextDecoder(forcedCharset, lenient);
        this.text = new TextFormat(decoder);
        this.html = new HtmlFormat(decoder);
        this.markdown = new MarkdownFormat(decoder);
        this.mhtml = new MhtmlFormat(html);
        this.rtf = new RtfFormat();
        this.sheet = new SheetFormat(decoder);
    }

    /** A reader with the {@link #DEFAULT_MAX_BYTES} limit that detects charsets. */
    public static DocumentReader withDefaults() {
        return new DocumentReader(DEFAULT_MAX_BYTES, null);
    }

    /** True when the file's extension is one this reader handles without looking inside. */
    public static boolean supports(Path file) {
        return EXTENSIONS.contains(extension(file));
    }

    /**
     * Why a file is no article this reader can read, judged by its first bytes ("an image (PNG)",
     * "JSON data"); null when it is one, whatever its name, or when it cannot be opened (reading it
     * then says why).
     */
    public static String unreadable(Path file) {
        if (extension(file).equals("xlsx") && OwnReport.isWorkbook(file)) {
            return OwnReport.WORKBOOK;
        }
        if (supports(file)) {
            return null;
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(Sniff.HEAD);
        } catch (IOException e) {
            return null;
        }
        if (head.length == 0) {
            return "an empty file";
        }
        return Sniff.kind(head, extension(file)) != null ? null : Sniff.describe(head, extension(file));
    }

    /**
     * Reads and decodes one file.
     *
     * @throws IngestException for a missing, empty, oversized, binary, undecodable, corrupt,
     *                         password-protected or text-less file, with the file named in the message
     */
    public SourceDocument read(Path file) throws IngestException {
        byte[] bytes = FileBytes.read(file, maxBytes);
        if (bytes.length == 0) {
            throw new IngestException(file, "file is empty");
        }
        String ext = extension(file);
        Sniff.Kind kind = Sniff.kind(bytes, ext);
        FormatReader format = kind != null ? formatOf(kind) : TEXT_EXTENSIONS.contains(ext) ? text : null;
        if (format == null) {
            throw new IngestException(file, "not an article format: " + Sniff.describe(bytes, ext));
        }
        try {
            return format.read(file, bytes);
        } catch (RuntimeException | StackOverflowError e) {
            // Libraries fed hostile bytes throw more than they declare; one bad file must not stop a run.
            throw new IngestException(file, "cannot be read (" + Failure.describe(e) + ")", e);
        }
    }

    private FormatReader formatOf(Sniff.Kind kind) {
        return switch (kind) {
            case TEXT -> text;
            case MARKDOWN -> markdown;
            case HTML -> html;
            case MHTML -> mhtml;
            case RTF -> rtf;
            case PDF -> pdf;
            case DOCX -> docx;
            case OLE2 -> ole2;
            case XLSX, CSV -> sheet;
        };
    }

    static String extension(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return "";
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        return dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String idOf(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
