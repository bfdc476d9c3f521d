package io.zonebrief.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads one article file into a {@link SourceDocument}. Plain text is decoded from its byte-order
 * mark, else as strict UTF-8, else as GB18030 (which covers GBK and GB2312), the encodings Chinese
 * newsroom systems write; a file that decodes as neither, is empty, or holds binary data is rejected.
 */
public final class DocumentReader {

    /** Extensions read as plain text. */
    public static final List<String> TEXT_EXTENSIONS = List.of("txt", "text", "md");

    private final long maxBytes;
    private final Charset forcedCharset;

    /**
     * @param maxBytes      files larger than this are rejected (bounded memory)
     * @param forcedCharset charset to use instead of detection, or null
     */
    public DocumentReader(long maxBytes, Charset forcedCharset) {
        this.maxBytes = maxBytes;
        this.forcedCharset = forcedCharset;
    }

    public static DocumentReader withDefaults() {
        return new DocumentReader(64L * 1024 * 1024, null);
    }

    /** True when the file's extension is one this reader handles. */
    public static boolean supports(Path file) {
        return TEXT_EXTENSIONS.contains(extension(file));
    }

    public SourceDocument read(Path file) throws IngestException {
        byte[] bytes = readBytes(file);
        if (bytes.length == 0) {
            throw new IngestException(file, "file is empty");
        }
        List<String> warnings = new ArrayList<>();
        Decoded d = decode(file, bytes);
        String text = d.text;
        if (text.isBlank()) {
            throw new IngestException(file, "file holds no text");
        }
        return new SourceDocument(idOf(file), file, text, "txt", d.charset.name(), warnings);
    }

    private byte[] readBytes(Path file) throws IngestException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new IngestException(file, String.format(Locale.ROOT,
                        "file is %,d bytes, over the limit of %,d bytes (raise it with --max-size)", size, maxBytes));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "file not found");
        } catch (IngestException e) {
            throw e;
        } catch (IOException e) {
            throw new IngestException(file, "cannot be read: " + e.getMessage(), e);
        }
    }

    private record Decoded(String text, Charset charset) {
    }

    private Decoded decode(Path file, byte[] b) throws IngestException {
        if (forcedCharset != null) {
            return new Decoded(strict(file, b, 0, forcedCharset), forcedCharset);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(strict(file, b, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(strict(file, b, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(strict(file, b, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        if (looksBinary(b)) {
            throw new IngestException(file, "binary data, not a text article");
        }
        try {
            return new Decoded(decodeStrict(b, 0, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        } catch (CharacterCodingException notUtf8) {
            Charset gb = Charset.forName("GB18030");
            try {
                return new Decoded(decodeStrict(b, 0, gb), gb);
            } catch (CharacterCodingException e) {
                throw new IngestException(file, "bytes are neither UTF-8 nor GB18030 (use --encoding to name the charset)");
            }
        }
    }

    private static String strict(Path file, byte[] b, int offset, Charset cs) throws IngestException {
        try {
            return decodeStrict(b, offset, cs);
        } catch (CharacterCodingException e) {
            throw new IngestException(file, "bytes are not valid " + cs.name());
        }
    }

    private static String decodeStrict(byte[] b, int offset, Charset cs) throws CharacterCodingException {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                .toString();
    }

    /** NUL bytes never occur in UTF-8 or GB18030 text. */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String idOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
