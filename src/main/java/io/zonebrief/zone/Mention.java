package io.zonebrief.zone;

/**
 * One piece of zone evidence found in a text: a zone's name, a place inside it, its city, or an
 * enterprise learned from an earlier document.
 *
 * @param kind    what was found
 * @param zone    the zone it points to
 * @param surface the words as they stand in the (normalised) text
 * @param from    start in the scanned text
 * @param to      end (exclusive) in the scanned text
 * @param learned for learned names, where they were learned; else null
 */
record Mention(Kind kind, ZoneEntry zone, String surface, int from, int to, Learned learned) {

    /** Kinds of evidence, strongest first. */
    enum Kind {
        NAME, PLACE, LEARNED, LOCALITY
    }
}
