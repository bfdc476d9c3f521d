package io.zonebrief.zone;

/**
 * Which zone a document or figure is about, how sure we are, and why. This class is immutable.
 *
 * @param zone       short name (焦作高新区), or null when unknown
 * @param fullName   official name, or null
 * @param province   province, or null
 * @param city       city, or null
 * @param confidence 0..1
 * @param reason     the evidence, in words a user can check ("正文写明“郑州高新区”")
 */
public record ZoneAttribution(String zone, String fullName, String province, String city, double confidence,
                              String reason) {

    public static ZoneAttribution unknown(String reason) {
        return new ZoneAttribution(null, null, null, null, 0, reason);
    }

    public boolean known() {
        return zone != null;
    }
}
