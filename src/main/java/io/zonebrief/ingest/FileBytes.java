package io.zonebrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads a whole file with the size limit checked first, so an oversized input never reaches memory. */
final class FileBytes {

    /** Java arrays stop a little short of 2 GiB. */
    private static final long ARRAY_LIMIT = Integer.MAX_VALUE - 16L;

    private FileBytes() {
    }

    static byte[] read(Path file, long maxBytes) throws IngestException {
        long limit = Math.min(maxBytes, ARRAY_LIMIT);
        try {
            if (Files.isDirectory(file)) {
                throw new IngestException(file, "is a folder, not a file");
            }
            long size = Files.size(file);
            if (size > limit) {
                throw tooLarge(file, size, limit);
            }
            try (InputStream in = Files.newInputStream(file)) {
                // The file may grow between the size check and the read: never take more than the limit.
                byte[] bytes = in.readNBytes((int) Math.min(limit + 1, ARRAY_LIMIT));
                if (bytes.length > limit) {
                    throw tooLarge(file, bytes.length, limit);
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
            throw new IngestException(file, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static IngestException tooLarge(Path file, long size, long limit) {
        return new IngestException(file, String.format(Locale.ROOT,
                "file is %,d bytes, over the limit of %,d bytes (raise it with --max-size)", size, limit));
    }
}
