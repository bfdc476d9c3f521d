package io.zonebrief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Speeds up {@link Matcher#find()} for a pattern that is a list of alternative words (项目|工程|医院…):
 * a match can only start at a character that starts one of the words, so only those positions are
 * tried. {@code java.util.regex} tries every alternative at every position, which for a list of
 * fifty words is most of the cost of a scan. Matches are exactly those of {@code find()}.
 *
 * <p>The first characters are read from the pattern itself; a pattern this class does not
 * understand (an alternative that starts with a class, group or escape) gets no shortcut, so a
 * changed pattern can make a scan slower, never different.</p>
 */
public final class FirstChars {

    private final Pattern pattern;
    /** Characters a match can start with, or null: any. */
    private final boolean[] starts;

    private FirstChars(Pattern pattern, boolean[] starts) {
        this.pattern = pattern;
        this.starts = starts;
    }

    /** The shortcut for {@code pattern}: every top-level alternative, after a leading lookbehind, starts with a literal. */
    public static FirstChars of(Pattern pattern) {
        if (pattern.flags() != 0) {
            return new FirstChars(pattern, null);
        }
        boolean[] starts = new boolean[Character.MAX_VALUE + 1];
        String p = pattern.pattern();
        int i = 0;
        while (i <= p.length()) {
            i = skipLookbehind(p, i);
            if (i >= p.length() || !literal(p.charAt(i))
                    || i + 1 < p.length() && "?*{".indexOf(p.charAt(i + 1)) >= 0) {
                return new FirstChars(pattern, null);
            }
            starts[p.charAt(i)] = true;
            i = nextAlternative(p, i);
            if (i < 0) {
                break;
            }
        }
        return new FirstChars(pattern, starts);
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
