package io.zonebrief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds up {@link Matcher#find()} for a pattern every match of which has one of a few characters
 * at a fixed distance from its start, as {@code [\p{IsHan}]{2}(区|县)} has 区 or 县 two characters
 * in: a match can only start that far before one of those characters, so only there is the
 * pattern tried (in a text with characters beyond the BMP, where a character may take two chars,
 * everywhere). Matches are exactly those of {@code find()} as long as that holds of the pattern.
 */
public final class KeyChars {

    private final Pattern pattern;
    private final int offset;
    private final String keys;

    private KeyChars(Pattern pattern, int offset, String keys) {
        this.pattern = pattern;
        this.offset = offset;
        this.keys = keys;
    }

    /** The shortcut for {@code pattern}, each of whose matches has one of {@code keys} at {@code offset}. */
    public static KeyChars of(Pattern pattern, int offset, String keys) {
        return new KeyChars(pattern, offset, keys);
    }

    /** A matcher over {@code text} for {@link #find}. */
    public Matcher matcher(String text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * The next match starting at or after {@code from}, as {@code find()} would find it; the matcher
     * then reports it through start(), end() and group().
     */
    public boolean find(Matcher m, String text, int from) {
        int n = text.length();
        for (int k = from; k < n; k++) {
            char c = text.charAt(k);
            if (Character.isSurrogate(c)) {
                // a character beyond the BMP takes two chars, so the distance in chars no longer holds
                m.region(from, n);
                return m.find();
            }
            if (k - from >= offset && keys.indexOf(c) >= 0) {
                m.region(k - offset, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }
}
