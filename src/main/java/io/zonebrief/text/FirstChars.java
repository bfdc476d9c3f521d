package io.zonebrief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds up {@link Matcher#find()} for a pattern that is a list of alternative words (项目|工程|医院…):
 * a match can only start at a character that starts one of the words, so only those positions are
 * tried. {@code java.util.regex} tries every alternative at every position, which for a list of
 * fifty words is most of the cost of a scan. Matches are exactly those of {@code find()}.
 *
 * <p>The first characters are read from the pattern itself. For a pattern this class does not
 * read (an alternative that starts with a class, group or escape) each character is asked once,
 * when a text first holds it, whether a match can start with it: the pattern is tried on that
 * character (alone for a text's first character; after a line break elsewhere, so that {@code ^}
 * does not match, when the pattern has no lookbehind), and if it fails without having wanted more
 * text ({@link Matcher#hitEnd()}), no match starts there. That answer holds in any text unless the pattern looks behind itself for
 * something that must be there ({@code (?<=…)}, {@code \b}) or can match nothing at all; such a
 * pattern gets no shortcut, so a changed pattern can make a scan slower, never different.</p>
 */
public final class FirstChars {

    private final Pattern pattern;
    /** Characters a match can start with, or null: any (or, with {@link #asked}, as asked). */
    private final boolean[] starts;
    /**
     * For a pattern whose first characters are asked of it: per character, {@link #UNASKED}, or
     * whether a match can start with it after the text's first character. Threads may ask the same
     * character at once; they get the same answer.
     */
    private final byte[] asked;
    /** The same for the text's first character, where {@code ^} matches and nothing is behind. */
    private final byte[] askedFirst;
    /**
     * Whether the pattern never looks behind, so that a character before the one asked about
     * changes nothing but whether {@code ^} matches: asked after a line break, a character that can
     * start a match only at the text's start ({@code ^} or {@code ，}) is then not tried elsewhere.
     */
    private final boolean blindBehind;

    private static final byte UNASKED = 0;
    private static final byte CAN_START = 1;
    private static final byte CANNOT_START = 2;

    private FirstChars(Pattern pattern, boolean[] starts) {
        this.pattern = pattern;
        this.starts = starts;
        this.asked = null;
        this.askedFirst = null;
        this.blindBehind = false;
    }

    private FirstChars(Pattern pattern) {
        this.pattern = pattern;
        this.starts = null;
        this.asked = new byte[Character.MAX_VALUE + 1];
        this.askedFirst = new byte[Character.MAX_VALUE + 1];
        this.blindBehind = !pattern.pattern().contains("(?<");
    }

    /** The shortcut for {@code pattern}: every top-level alternative, after a leading lookbehind, starts with a literal. */
    public static FirstChars of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return asking(pattern);
        }
        boolean[] starts = new boolean[Character.MAX_VALUE + 1];
        String p = pattern.pattern();
        int i = 0;
        while (i <= p.length()) {
            i = skipLookbehind(p, i);
            if (i >= p.length() || !literal(p.charAt(i))
                    || i + 1 < p.length() && "?*{".indexOf(p.charAt(i + 1)) >= 0) {
                return asking(pattern);
            }
            starts[p.charAt(i)] = true;
            i = nextAlternative(p, i);
            if (i < 0) {
                break;
            }
        }
        return new FirstChars(pattern, starts);
    }

    /** The shortcut that asks the pattern about each character, or none where the answer would not hold. */
    private static FirstChars asking(Pattern pattern) {
        String p = pattern.pattern();
        boolean looksAround = p.contains("(?<=") || p.contains("\\b") || p.contains("\\B") || p.contains("\\G");
        if (looksAround || pattern.matcher("").lookingAt()) {
            return new FirstChars(pattern, null);
        }
        return new FirstChars(pattern);
    }

    /**
     * Whether a match can start with {@code c} at {@code at}, asked of the pattern the first time:
     * at the text's start, on the character alone; elsewhere, after a line break when nothing the
     * pattern does looks behind, else (where nothing behind lets more lookbehinds pass) alone too.
     */
    private boolean canStart(char c, int at) {
        byte[] table = at == 0 || !blindBehind ? askedFirst : asked;
        byte known = table[c];
        if (known == UNASKED) {
            // a character of a surrogate pair is no character alone, so the pattern cannot be asked
            boolean can = Character.isSurrogate(c) || mayMatch(table == asked ? "\n" + c : String.valueOf(c));
            known = can ? CAN_START : CANNOT_START;
            table[c] = known;
        }
        return known == CAN_START;
    }

    /** Whether a match can start at the text's last character, or might if the text went on. */
    private boolean mayMatch(String text) {
        Matcher m = matcher(text);
        m.region(text.length() - 1, text.length());
        return m.lookingAt() || m.hitEnd();
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
        if (asked != null) {
            for (int i = from; i < n; i++) {
                if (canStart(text.charAt(i), i)) {
                    m.region(i, n);
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
        }
        if (starts == null) {
            m.region(from, n);
            return m.find();
        }
        for (int i = from; i < n; i++) {
            if (starts[text.charAt(i)]) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the pattern occurs anywhere in {@code text}, as {@code matcher(text).find()} says. */
    public boolean foundIn(String text) {
        return find(matcher(text), text, 0);
    }

    private static int skipLookbehind(String p, int i) {
        if (!p.startsWith("(?<!", i) && !p.startsWith("(?<=", i)) {
            return i;
        }
        int depth = 0;
        for (int j = i; j < p.length(); j++) {
            char c = p.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = p.indexOf(']', j + 2);
                if (j < 0) {
                    return p.length();
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return j + 1;
            }
        }
        return p.length();
    }

    /** Position after the next top-level {@code |} from {@code i}, or -1 at the end. */
    private static int nextAlternative(String p, int i) {
        int depth = 0;
        for (int j = i; j < p.length(); j++) {
            char c = p.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '[') {
                j = p.indexOf(']', j + 2);
                if (j < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return j + 1;
            }
        }
        return -1;
    }

    /** A character that stands for itself in a pattern. */
    private static boolean literal(char c) {
        return "\\[](){}.*+?^$|".indexOf(c) < 0;
    }
}
