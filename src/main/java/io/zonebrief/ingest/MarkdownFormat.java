package io.zonebrief.ingest;

import java.nio.file.Path;
import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;

/**
 * Markdown, as blogs and repositories keep articles: rendered to HTML by CommonMark (with pipe
 * tables) and read as paragraphs like a page ({@link HtmlText}), so heading marks, emphasis and link
 * targets never reach the text, and a table's rows become table rows.
 */
final class MarkdownFormat implements FormatReader {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();

    private final TextDecoder decoder;

    MarkdownFormat(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        TextDecoder.Decoded d = decoder.decode(file, bytes);
        // formulas first: CommonMark would read the backslash of "$7 . 0 9 \%$" as an escape
        String html = RENDERER.render(PARSER.parse(InlineMath.plain(d.text())));
        String text = HtmlText.render(Jsoup.parse(html).body(), null);
        if (text.isBlank()) {
            throw new IngestException(file, "file holds no text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, text, "markdown",
                d.charset().name(), d.warnings());
    }
}
