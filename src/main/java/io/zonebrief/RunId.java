package io.zonebrief;

import io.zonebrief.summary.Summary;
import io.zonebrief.summary.SummaryJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The id of one run's set of outputs, written into each of them (summary.json's {@code run_id}, the
 * workbook's and the briefing's document properties), so a folder that holds files of two runs shows
 * it. A run with a time gets a random id; a run under --reproducible, which has none, gets a hash of
 * its summary, so the same inputs give the same id and the same files.
 */
final class RunId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RunId() {
    }

    /** Sixteen hex digits. */
    static String of(Summary summary) {
        if (summary.generatedAt() != null) {
            byte[] b = new byte[8];
            RANDOM.nextBytes(b);
            return HexFormat.of().formatHex(b);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // streamed: a summary of a million figures is hashed without being held as text
            try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
                SummaryJson.write(summary, out);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
