package io.zonebrief.text;

import java.util.regex.Pattern;

/** How a sentence opens, where that changes what carries over from the sentence before it. */
public final class Openings {

    /** 同时, 此外, 另外: the sentence turns to another point. */
    private static final Pattern NEW_POINT = Pattern.compile("\\s*(同时|此外|另外|与此同时|其次|再次)");

    private Openings() {
    }

    /** True when {@code sentence} opens by turning to another point, so the last one's subject and time end. */
    public static boolean turnsToNewPoint(String sentence) {
        return NEW_POINT.matcher(sentence).lookingAt();
    }
}
