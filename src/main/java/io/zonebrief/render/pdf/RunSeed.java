package io.zonebrief.render.pdf;

import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfObject;
import io.zonebrief.render.chart.CjkFont;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * Derives what OpenPDF would otherwise pick at random — the file identifier (/ID) and the six-letter
 * tags of the embedded font subsets — from the run id, so one run id always gives the same bytes:
 * under --reproducible the run id is a hash of the summary, so the same inputs give the same PDF.
 */
final class RunSeed {

    private RunSeed() {
    }

    /** Seeds the subset tags of both weights of {@code font}. */
    static void apply(CjkFont font, String runId) {
        font.pdf(false).setSecureRandom(seeded(runId, "regular"));
        font.pdf(true).setSecureRandom(seeded(runId, "bold"));
    }

    /** The /ID pair: both halves the same digest of the run id, as for a newly created file. */
    static PdfObject fileId(String runId) {
        byte[] id = digest("MD5", runId);
        return PdfEncryption.createInfoId(id, id);
    }

    private static SecureRandom seeded(String runId, String use) {
        try {
            // SHA1PRNG seeded before first use is deterministic; the default generator is not
            SecureRandom r = SecureRandom.getInstance("SHA1PRNG");
            r.setSeed(digest("SHA-256", runId + "/" + use));
            return r;
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    private static byte[] digest(String algorithm, String text) {
        try {
            return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }
}
