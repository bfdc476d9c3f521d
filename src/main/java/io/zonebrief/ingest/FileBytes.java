package io.zonebrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import io.zonebrief.internal.FileKind;

/** Reads a whole file with the size limit checked first, so an oversized input never reaches memory. */
final class FileBytes {

    /** Java arrays stop a little short of 2 GiB. */
    private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16L;

    private FileBytes() {
    }

    static byte[] read(Path file, long maxBytes) throws IngestException {
        return read(file, maxBytes, null);
    }

    /**
     * @param limitName what the limit is, for a file over it ("a manifest may have"), or null for
     *                  the article limit that --max-size raises
     */
    static byte[] read(Path file, long maxBytes, String limitName) throws IngestException {
        long limit = Math.min(maxBytes, ARRAY_LIMIT);
        try {
            FileKind kind = FileKind.of(file);
            if (kind == FileKind.FOLDER) {
                throw new IngestException(file, "is a folder, not a file");
            }
            if (kind.isSpecial()) {
                // opening a named pipe blocks until something writes into it
                throw new IngestException(file, "is " + kind.description() + ", not a file");
            }
            long size = Files.size(file);
            if (size > limit) {
                throw tooLarge(file, size, limit, limitName);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may grow between the size check and the read: never take more than the limit.
                byte[] bytes = in.readNBytes((int) Math.min(limit + 1, ARRAY_LIMIT));
                if (bytes.length > limit) {
                    throw tooLarge(file, bytes.length, limit, limitName);
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new IngestException(file, "file not found");
        } catch (AccessDeniedException e) {
            throw new IngestException(file, "permission denied");
        } catch (IOException e) {
            if (e instanceof IngestException ie) {
                throw ie;
            }
            throw new IngestException(file, "cannot be read (" + InputFinder.reason(e) + ")", e);
        }
    }

    private static IngestException tooLarge(Path file, long size, long limit, String limitName) {
        return new IngestException(file, String.format(Locale.ROOT, limitName == null
                ? "file is %,d bytes, over the limit of %,d bytes (raise it with --max-size)"
                : "file is %,d bytes, over the %,d bytes " + limitName, size, limit));
    }
}
