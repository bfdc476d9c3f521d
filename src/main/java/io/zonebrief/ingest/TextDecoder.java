package io.zonebrief.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes article bytes to text. The order is: a charset the user forced, a byte-order mark, strict
 * UTF-8 when the bytes hold multi-byte UTF-8, a charset the document declares (HTML), strict UTF-8,
 * UTF-16 without a mark, and last the Chinese legacy charsets, where GB18030 and Big5 are both tried and the one whose text is made of everyday
 * characters wins ({@link ChineseText}); the Mozilla detector breaks ties and names non-Chinese
 * charsets. Decoding is always strict: bytes that do not fit are an error, never silently replaced.
 */
final class TextDecoder {

    /** The text and the charset that produced it. */
    record Decoded(String text, Charset charset, List<String> warnings) {
        Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private static final List<Charset> BIG5_FAMILY = List.of(ChineseText.BIG5,
            Charset.forName("x-windows-950"), Charset.forName("Big5-HKSCS"));
    private static final Set<String> CHINESE_GUESSES = Set.of("GB18030", "GBK", "GB2312", "HZ-GB-2312",
            "BIG5", "EUC-TW", "ISO-2022-CN");
    private static final double CHINESE_MIN_SCORE = 0.6;
    private static final int SNIFF = 64 * 1024;

    private final Charset forced;
    private final boolean lenient;

    TextDecoder(Charset forced) {
        this(forced, false);
    }

    /**
     * @param forced  charset to use instead of detection, or null
     * @param lenient replace any number of undecodable bytes (with a warning) rather than reject the file;
     *                without it only a few stray ones are replaced ({@link LenientDecoding#AUTOMATIC_MAX})
     */
    TextDecoder(Charset forced, boolean lenient) {
        this.forced = forced;
        this.lenient = lenient;
    }

    Decoded decode(Path file, byte[] b) throws IngestException {
        return decode(file, b, null);
    }

    /** Decodes, honouring {@code declared} (from a meta tag) unless a forced charset or a BOM says otherwise. */
    Decoded decode(Path file, byte[] b, Charset declared) throws IngestException {
        Decoded d = choose(file, b, declared);
        String text = d.text.startsWith("\uFEFF") ? d.text.substring(1) : d.text;
        if (looksBinary(text)) {
            throw new IngestException(file, "binary data, not text" + Sniff.hint(b));
        }
        return new Decoded(text, d.charset, d.warnings);
    }

    private Decoded choose(Path file, byte[] b, Charset declared) throws IngestException {
        if (forced != null) {
            return strictOrFail(file, b, 0, forced, " (as named with --encoding)");
        }
        Bom bom = Bom.of(b);
        if (bom != null) {
            return strictOrFail(file, b, bom.length(), bom.charset(), " (after its byte-order mark)");
        }
        List<String> warnings = new ArrayList<>();
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && hasHighBytes(b)) {
            // Pages re-saved as UTF-8 often keep their old gb2312 meta tag; multi-byte UTF-8 is never valid by accident.
            String utf8 = tryStrict(b, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                warnings.add("page declares " + declared.name() + " but its bytes are UTF-8; read as UTF-8");
                return new Decoded(utf8, StandardCharsets.UTF_8, warnings);
            }
        }
        if (declared != null) {
            String text = tryStrict(b, 0, declared);
            if (text != null) {
                return new Decoded(text, declared, warnings);
            }
            warnings.add("declared charset " + declared.name() + " does not fit the bytes; charset detected instead");
        }
        boolean hasNul = indexOf(b, (byte) 0) >= 0;
        if (!hasNul) {
            String utf8 = tryStrict(b, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return new Decoded(utf8, StandardCharsets.UTF_8, warnings);
            }
            // a UTF-8 article with a stray bad byte is still that article, not GB18030 mojibake
            LenientDecoding.Result damaged = LenientDecoding.decode(b, 0, StandardCharsets.UTF_8);
            if (damaged.stray()) {
                warnings.add(damaged.warning(StandardCharsets.UTF_8));
                return new Decoded(damaged.text(), StandardCharsets.UTF_8, warnings);
            }
        }
        Charset utf16 = Utf16Guess.of(b);
        if (utf16 != null) {
            String text = tryStrict(b, 0, utf16);
            if (text != null) {
                return new Decoded(text, utf16, warnings);
            }
        }
        if (hasNul) {
            throw new IngestException(file, "binary data, not text" + Sniff.hint(b));
        }
        return legacy(file, b, warnings);
    }

    /** A strict decoding and its everyday-character score. */
    private record Candidate(String text, Charset charset, double score) {
    }

    private Decoded legacy(Path file, byte[] b, List<String> warnings) throws IngestException {
        String guess = detect(b);
        Candidate best = pick(candidate(b, List.of(ChineseText.GB18030), false), candidate(b, BIG5_FAMILY, true),
                guess);
        if (best != null && best.score >= CHINESE_MIN_SCORE) {
            return new Decoded(best.text, best.charset, warnings);
        }
        Decoded other = nonChinese(b, guess, warnings);
        if (other != null) {
            return other;
        }
        if (best == null) {
            Charset cs = leastDamaged(b);
            LenientDecoding.Result r = LenientDecoding.decode(b, 0, cs);
            if (lenient || r.stray()) {
                List<String> w = new ArrayList<>(warnings);
                w.add(r.warning(cs));
                return new Decoded(r.text(), cs, w);
            }
        }
        if (best != null) {
            List<String> w = new ArrayList<>(warnings);
            w.add(String.format(Locale.ROOT, "charset %s is a weak guess (%.0f%% everyday characters);"
                    + " name the charset with --encoding if the text looks garbled", best.charset.name(), best.score * 100));
            return new Decoded(best.text, best.charset, w);
        }
        throw new IngestException(file, "bytes are not valid UTF-8, UTF-16, GB18030 or Big5"
                + " (name the charset with --encoding, or read it anyway with --lenient)");
    }

    /** The first charset of a family that decodes the bytes, with its score; null if none does. */
    private static Candidate candidate(byte[] b, List<Charset> family, boolean big5) {
        for (Charset cs : family) {
            String text = tryStrict(b, 0, cs);
            if (text != null) {
                return new Candidate(text, cs, ChineseText.score(text, big5));
            }
        }
        return null;
    }

    /** The higher score wins; on a near tie the detector's guess decides, and GB18030 by default. */
    private static Candidate pick(Candidate gb, Candidate big5, String guess) {
        if (gb == null || big5 == null) {
            return gb == null ? big5 : gb;
        }
        if (Math.abs(gb.score - big5.score) < 0.02) {
            return "BIG5".equals(guess) || "EUC-TW".equals(guess) ? big5 : gb;
        }
        return gb.score > big5.score ? gb : big5;
    }

    /** Latin and Cyrillic texts have few non-ASCII bytes; Chinese in any double-byte charset has many. */
    private static Decoded nonChinese(byte[] b, String guess, List<String> warnings) {
        if (guess == null || CHINESE_GUESSES.contains(guess) || !Charset.isSupported(guess)) {
            return null;
        }
        int high = 0;
        for (byte x : b) {
            high += (x & 0x80) != 0 ? 1 : 0;
        }
        if (high > b.length * 0.3) {
            return null;
        }
        Charset cs = Charset.forName(guess);
        String text = tryStrict(b, 0, cs);
        return text == null ? null : new Decoded(text, cs, warnings);
    }

    private static String detect(byte[] b) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, Math.min(b.length, SNIFF));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        return name == null ? null : name.toUpperCase(Locale.ROOT);
    }

    private Decoded strictOrFail(Path file, byte[] b, int offset, Charset cs, String why)
            throws IngestException {
        String text = tryStrict(b, offset, cs);
        if (text != null) {
            return new Decoded(text, cs, List.of());
        }
        LenientDecoding.Result r = LenientDecoding.decode(b, offset, cs);
        if (lenient || r.stray()) {
            return new Decoded(r.text(), cs, List.of(r.warning(cs)));
        }
        throw new IngestException(file, String.format(Locale.ROOT, "bytes are not valid %s%s: %d bad (first at byte %,d;"
                + " read it anyway with --lenient)", cs.name(), why, r.bad(), r.first()));
    }

    /** Under --lenient, of the charsets an article is likely in, the one that needs the fewest replacements. */
    private static Charset leastDamaged(byte[] b) {
        Charset best = StandardCharsets.UTF_8;
        int fewest = Integer.MAX_VALUE;
        for (Charset cs : List.of(StandardCharsets.UTF_8, ChineseText.GB18030, ChineseText.BIG5)) {
            int bad = LenientDecoding.decode(b, 0, cs).bad();
            if (bad < fewest) {
                fewest = bad;
                best = cs;
            }
        }
        return best;
    }


    static String tryStrict(byte[] b, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset))
                    .toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    /** Control characters other than tab, line breaks and form feed do not occur in articles. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), SNIFF);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                controls++;
            }
        }
        return controls > Math.max(1, n / 100);
    }

    private static boolean hasHighBytes(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] b, byte x) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == x) {
                return i;
            }
        }
        return -1;
    }
}
