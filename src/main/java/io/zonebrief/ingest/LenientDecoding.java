package io.zonebrief.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/**
 * Decoding that replaces bytes a charset cannot decode with U+FFFD and counts them, for an article
 * with a stray bad byte (a truncated copy, one corrupted sector) that strict decoding would reject
 * whole. A few bad bytes are taken on their own; more only when the user asks with --lenient.
 */
final class LenientDecoding {

    /** Taken without --lenient: a stray byte or two, never a file in another charset. */
    static final int AUTOMATIC_MAX = 8;

    /**
     * The text, how many bytes were replaced and where the first was.
     *
     * @param text  decoded text with U+FFFD for each bad sequence
     * @param bad   number of bad sequences
     * @param first byte offset of the first, or -1
     */
    record Result(String text, int bad, long first) {

        /** A warning for the document: how many bytes were replaced and the first offset. */
        String warning(Charset cs) {
            return String.format(Locale.ROOT, "%d undecodable byte sequence%s in %s replaced with \uFFFD (first at byte %,d)",
                    bad, bad == 1 ? "" : "s", cs.name(), first);
        }

        /** Few enough bad sequences, in a long enough text, to be damage rather than another charset. */
        boolean stray() {
            return bad > 0 && bad <= AUTOMATIC_MAX && bad * 200L <= text.length();
        }
    }

    private LenientDecoding() {
    }

    static Result decode(byte[] b, int offset, Charset cs) {
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (b.length * (double) decoder.maxCharsPerByte()) + 16));
        int bad = 0;
        long first = -1;
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                decoder.flush(out);
                break;
            }
            if (r.isOverflow()) {
                out = grow(out);
                continue;
            }
            if (first < 0) {
                first = in.position();
            }
            bad++;
            if (!out.hasRemaining()) {
                out = grow(out);
            }
            out.put('\uFFFD');
            in.position(in.position() + r.length());
        }
        out.flip();
        return new Result(out.toString(), bad, first);
    }

    private static CharBuffer grow(CharBuffer out) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        return bigger.put(out);
    }
}
