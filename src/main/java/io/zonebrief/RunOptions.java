package io.zonebrief;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Options of one run. This class is immutable; start from {@link #defaults()} and change with the
 * {@code with…} methods.
 *
 * @param reproducible  leave the run time out of outputs, so the same inputs give the same files
 * @param zone          zone to attribute every document to, or null to resolve per document
 * @param encoding      charset for text files instead of detection, or null
 * @param maxBytes      largest input file read
 * @param indicators    indicator taxonomy file, or null for templates/indicators.yaml or the built-in one
 * @param zonesFile     extra zones/aliases file, or null for templates/zones.yaml when present
 * @param review        a workbook ZoneBrief wrote and a reviewer marked up, whose decisions to apply, or null
 * @param lenient       read text with undecodable bytes, replacing them, instead of refusing it
 * @param threads       how many documents to analyse at once; 0 for one per core. Results do not depend on it.
 */
public record RunOptions(boolean reproducible, String zone, Charset encoding, long maxBytes, Path indicators,
                         Path zonesFile, Path review, boolean lenient, int threads) {

    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;

    public static RunOptions defaults() {
        return new RunOptions(false, null, null, DEFAULT_MAX_BYTES, null, null, null, false, 0);
    }

    public RunOptions withReproducible(boolean r) {
        return new RunOptions(r, zone, encoding, maxBytes, indicators, zonesFile, review, lenient, threads);
    }

    public RunOptions withZone(String z) {
        return new RunOptions(reproducible, z, encoding, maxBytes, indicators, zonesFile, review, lenient, threads);
    }

    public RunOptions withEncoding(Charset e) {
        return new RunOptions(reproducible, zone, e, maxBytes, indicators, zonesFile, review, lenient, threads);
    }

    public RunOptions withMaxBytes(long m) {
        if (m <= 0) {
            throw new IllegalArgumentException("max size must be positive but was " + m);
        }
        return new RunOptions(reproducible, zone, encoding, m, indicators, zonesFile, review, lenient, threads);
    }

    public RunOptions withIndicators(Path p) {
        return new RunOptions(reproducible, zone, encoding, maxBytes, p, zonesFile, review, lenient, threads);
    }

    public RunOptions withZonesFile(Path p) {
        return new RunOptions(reproducible, zone, encoding, maxBytes, indicators, p, review, lenient, threads);
    }

    public RunOptions withReview(Path p) {
        return new RunOptions(reproducible, zone, encoding, maxBytes, indicators, zonesFile, p, lenient, threads);
    }

    public RunOptions withLenient(boolean l) {
        return new RunOptions(reproducible, zone, encoding, maxBytes, indicators, zonesFile, review, l, threads);
    }

    public RunOptions withThreads(int t) {
        if (t < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more but was " + t);
        }
        return new RunOptions(reproducible, zone, encoding, maxBytes, indicators, zonesFile, review, lenient, t);
    }

    /** The number of threads to use: {@link #threads}, or one per available core. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
