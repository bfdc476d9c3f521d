package io.zonebrief.render.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out legal, unique sheet names. Excel rejects names over 31 characters, names with
 * {@code []:*?/\}, names starting or ending with an apostrophe, and names equal apart from case;
 * zone names come from articles and may break any of these rules.
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;
    private static final String ILLEGAL = "[]:*?/\\";

    private final Set<String> taken = new HashSet<>();

    /** A legal name for {@code wanted} that no earlier call returned, e.g. "焦作高新区 (2)". */
    String claim(String wanted) {
        String base = legal(wanted);
        String name = base;
        for (int n = 2; taken.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        taken.add(key(name));
        return name;
    }

    /** {@code wanted} with illegal characters replaced by "_", trimmed and cut to 31 characters. */
    static String legal(String wanted) {
        StringBuilder b = new StringBuilder();
        String s = wanted == null ? "" : wanted;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(ILLEGAL.indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String name = b.toString().strip();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        name = cut(name, MAX_LENGTH);
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        name = name.strip();
        return name.isEmpty() || name.equalsIgnoreCase("History") ? "_" + name : name;
    }

    /** The reference form of a sheet name in a formula or link address: always quoted. */
    static String quoted(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
