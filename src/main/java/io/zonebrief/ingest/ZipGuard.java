package io.zonebrief.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipInputStream;

/**
 * Refuses zip bombs before POI sees them: inflates the archive once into a small buffer, counting,
 * and stops as soon as the output grows past an absolute cap or a hundred times the input read so
 * far. Done here rather than through POI's process-wide {@code ZipSecureFile} settings, which would
 * also change how other packages read their workbooks.
 */
final class ZipGuard {

    static final long MAX_INFLATED = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 10_000;
    private static final long GRACE = 1024 * 1024;
    private static final int MAX_RATIO = 100;

    private ZipGuard() {
    }

    static void check(Path file, byte[] bytes) throws IngestException {
        Counting in = new Counting(bytes);
        byte[] buf = new byte[64 * 1024];
        long inflated = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            while (zip.getNextEntry() != null) {
                if (++entries > MAX_ENTRIES) {
                    throw bomb(file, "more than " + MAX_ENTRIES + " entries");
                }
                for (int r = zip.read(buf); r > 0; r = zip.read(buf)) {
                    inflated += r;
                    if (inflated > MAX_INFLATED) {
                        throw bomb(file, String.format(Locale.ROOT, "inflates past %,d bytes", MAX_INFLATED));
                    }
                    if (inflated > GRACE && inflated > (long) MAX_RATIO * in.consumed()) {
                        throw bomb(file, "compression ratio over " + MAX_RATIO + ":1");
                    }
                }
            }
        } catch (IngestException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // Not every valid zip layout suits ZipInputStream; POI reports real damage itself.
        }
    }

    private static IngestException bomb(Path file, String why) {
        return new IngestException(file, "refused: looks like a zip bomb, not a Word document (" + why + ")");
    }

    /** Tracks how many compressed bytes the inflater has pulled. */
    private static final class Counting extends ByteArrayInputStream {
        Counting(byte[] b) {
            super(b);
        }

        long consumed() {
            return pos;
        }
    }
}
