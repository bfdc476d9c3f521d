package io.zonebrief.zone;

/**
 * An enterprise or park seen together with an explicit zone name in an earlier document.
 *
 * @param name       the name as written (normalised)
 * @param zone       short name of the zone it was seen with
 * @param documentId the document it was learned from
 * @param kind       "企业" or "园区", for the reason shown to users
 */
record Learned(String name, String zone, String documentId, String kind) {
}
