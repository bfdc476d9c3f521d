package io.zonebrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;

/**
 * A page a browser saved "as a single file" (.mht, .mhtml): a MIME message whose first HTML part is
 * the page, quoted-printable or base64 encoded, followed by its pictures and style sheets. The page
 * is read as any other ({@link HtmlFormat}); the address it was saved from can date it.
 */
final class MhtmlFormat implements FormatReader {

    private final HtmlFormat html;

    MhtmlFormat(HtmlFormat html) {
        this.html = html;
    }

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        MimeTokenStream stream = new MimeTokenStream(MimeConfig.PERMISSIVE);
        stream.parse(new ByteArrayInputStream(bytes));
        String address = null;
        try {
            for (EntityState state = stream.getState(); state != EntityState.T_END_OF_STREAM; state = stream.next()) {
                if (state == EntityState.T_FIELD) {
                    Field f = stream.getField();
                    if (f.getNameLowerCase().endsWith("content-location") && address == null) {
                        address = f.getBody().strip();
                    }
                } else if (state == EntityState.T_BODY && "text/html".equals(stream.getBodyDescriptor().getMimeType())) {
                    byte[] page = stream.getDecodedInputStream().readAllBytes();
                    return html.read(file, decode(file, page, stream.getBodyDescriptor().getCharset()), "mhtml", address);
                }
            }
        } catch (IOException | MimeException e) {
            throw new IngestException(file, "corrupt MHTML file (" + Failure.describe(e) + ")", e);
        }
        throw new IngestException(file, "the MHTML file holds no HTML page");
    }

    /** The part's declared charset, else the page's own meta tag, else detection. */
    private TextDecoder.Decoded decode(Path file, byte[] page, String charset) throws IngestException {
        Charset declared = null;
        if (charset != null) {
            declared = HtmlFormat.charsetOf(charset);
        }
        return html.decoder().decode(file, page, declared != null ? declared : HtmlFormat.declared(page));
    }
}
