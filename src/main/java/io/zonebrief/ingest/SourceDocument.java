package io.zonebrief.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One input file decoded to text; every offset later stages keep points into {@code text}. For plain
 * text it is the file's content exactly; for docx, html and pdf it is the extracted article, one
 * paragraph per line with a blank line between paragraphs and table rows as tab-separated lines.
 * This class is immutable.
 *
 * @param id       file name without extension
 * @param path     the file
 * @param text     decoded text
 * @param format   the reader that read it: txt, markdown, html, mhtml, docx, doc, rtf, pdf, xlsx or csv
 * @param charset  charset used to decode, or null for formats that carry their own
 * @param warnings problems that did not stop the file from being read
 * @param page     what a web page says of itself outside its text; {@link PageFacts#NONE} for other formats
 */
public record SourceDocument(String id, Path path, String text, String format, String charset, List<String> warnings,
                             PageFacts page) {

    public SourceDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(warnings);
        page = page == null ? PageFacts.NONE : page;
    }

    /** A document that is no web page. */
    public SourceDocument(String id, Path path, String text, String format, String charset, List<String> warnings) {
        this(id, path, text, format, charset, warnings, PageFacts.NONE);
    }

    /** This document under another id, e.g. one that tells apart two files of the same name. */
    public SourceDocument withId(String newId) {
        return new SourceDocument(newId, path, text, format, charset, warnings, page);
    }

    /** A document made from a string, for callers that already hold the text. */
    public static SourceDocument ofText(String id, String text) {
        return new SourceDocument(id, Path.of(id + ".txt"), text, "txt", "UTF-8", List.of());
    }
}
