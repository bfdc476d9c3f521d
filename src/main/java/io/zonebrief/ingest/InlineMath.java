package io.zonebrief.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that a PDF-to-Markdown converter wrote as inline formulas ("$7 . 0 9 \%$", "$\textcircled{1}$"):
 * back to the text they stand for ("7.09%", "①"), so a paper converted that way reads like any other.
 */
final class InlineMath {

    private static final Pattern NUMBER = Pattern.compile("\\$\\s*([0-9][0-9 .,]*?)\\s*(\\\\%)?\\s*\\$");
    private static final Pattern CIRCLED = Pattern.compile("\\$\\s*\\\\textcircled\\{(\\d{1,2})\\}\\s*\\$");
    private static final Pattern SIGN = Pattern.compile("\\$\\s*\\^?\\s*([+\\-])\\s*\\$");

    private InlineMath() {
    }

    static String plain(String text) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        Matcher n = NUMBER.matcher(text);
        String out = n.replaceAll(m -> Matcher.quoteReplacement(m.group(1).replace(" ", "") + (m.group(2) != null ? "%" : "")));
        Matcher c = CIRCLED.matcher(out);
        out = c.replaceAll(m -> {
            int k = Integer.parseInt(m.group(1));
            return k >= 1 && k <= 20 ? String.valueOf((char) ('①' + k - 1)) : m.group(1);
        });
        return SIGN.matcher(out).replaceAll("$1");
    }
}
