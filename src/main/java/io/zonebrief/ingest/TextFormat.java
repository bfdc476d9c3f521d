package io.zonebrief.ingest;

import java.nio.file.Path;

/** Plain text in any charset {@link TextDecoder} recognises. */
final class TextFormat implements FormatReader {

    private final TextDecoder decoder;

    TextFormat(TextDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public SourceDocument read(Path file, byte[] bytes) throws IngestException {
        TextDecoder.Decoded d = decoder.decode(file, bytes);
        if (d.text().isBlank()) {
            throw new IngestException(file, "file holds no text");
        }
        return new SourceDocument(DocumentReader.idOf(file), file, InlineMath.plain(d.text()), "txt", d.charset().name(),
                d.warnings());
    }
}
