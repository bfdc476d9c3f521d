package io.zonebrief.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Recognises the workbook a ZoneBrief run wrote (its custom property {@code ZoneBrief.runId}), so that
 * a report left in an input folder is not read back as a sheet of figures on the next run.
 */
final class OwnReport {

    static final String WORKBOOK = "a report workbook ZoneBrief wrote, not an article";
    private static final String MARK = "ZoneBrief.runId";
    private static final int MAX_PROPERTIES = 64 * 1024;

    private OwnReport() {
    }

    static boolean isWorkbook(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry custom = zip.getEntry("docProps/custom.xml");
            if (custom == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(custom)) {
                return new String(in.readNBytes(MAX_PROPERTIES), StandardCharsets.UTF_8).contains(MARK);
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a zip, or unreadable: reading it will say so
        }
    }
}
