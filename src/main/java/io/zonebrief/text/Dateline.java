package io.zonebrief.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source line a news paragraph opens with: 本报讯（记者…）, 新华社郑州3月1日电（记者…）, 大河网讯. Rules that read
 * how a paragraph opens (今年以来…, 该局…) read what follows it.
 */
public final class Dateline {

    /** A dateline at the start of a paragraph, as a pattern others can put before their own. */
    public static final String PATTERN = "(?:(?:本报|[\\p{IsHan}]{1,8}(?:报|网|台|社))讯"
            + "|[\\p{IsHan}]{0,10}\\d{1,2}月\\d{1,2}日电)\\s*(?:[(（][^)）]{0,30}[)）])?\\s*[，,：:]?";

    private static final Pattern LEADING = Pattern.compile("^\\s*" + PATTERN);

    private Dateline() {
    }

    /** {@code paragraph} without the dateline it opens with, if any. */
    public static String strip(String paragraph) {
        Matcher m = LEADING.matcher(paragraph);
        return m.lookingAt() && m.end() < paragraph.length() ? paragraph.substring(m.end()) : paragraph;
    }
}
