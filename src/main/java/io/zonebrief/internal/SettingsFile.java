package io.zonebrief.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a settings file a user names (a template, the indicator taxonomy, extra zones): checks that it
 * is a regular file of modest size before reading a byte, since a YAML parser handed a 10 MB string
 * spends seconds and a gigabyte before it refuses, and a named pipe would block for ever.
 */
public final class SettingsFile {

    /** Far above any hand-written template (the built-in ones are a few KB). */
    public static final long MAX_BYTES = 1024 * 1024;

    private SettingsFile() {
    }

    /**
     * The file's text, decoded as UTF-8.
     *
     * @param file the file
     * @param what what it is, for messages: "template", "indicator taxonomy"
     * @throws IOException one line naming the file and what is wrong with it
     */
    public static String read(Path file, String what) throws IOException {
        FileKind kind = FileKind.of(file);
        if (kind == FileKind.MISSING) {
            throw new IOException(file + ": no such file (" + what + ")");
        }
        if (!kind.isRegular()) {
            throw new IOException(file + ": is " + kind.description() + ", not a " + what);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (AccessDeniedException e) {
            throw new IOException(file + ": permission denied (" + what + ")", e);
        }
        if (bytes.length > MAX_BYTES) {
            throw new IOException(String.format(Locale.ROOT, "%s: over %,d bytes, too large for a %s", file, MAX_BYTES,
                    what));
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text (save the " + what + " as UTF-8)", e);
        }
    }
}
