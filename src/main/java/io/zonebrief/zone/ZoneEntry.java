package io.zonebrief.zone;

import io.zonebrief.text.CharNormalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One zone of the gazetteer: its names, the places inside it and the place names that point to it
 * when a text only says "高新区". Every string is kept in matching form (simplified, half-width), so
 * it can be looked up in {@code Block.norm()} directly. This class is immutable.
 *
 * @param shortName  the name documents are filed under (焦作高新区)
 * @param fullName   official name (焦作高新技术产业开发区), or null
 * @param province   province, or null
 * @param city       city, or null
 * @param aliases    other names of the zone itself (郑州市高新区, 中国光谷)
 * @param places     towns, streets and parks inside the zone (宁郭镇)
 * @param localities city or county names and nicknames that mean this zone next to a bare 高新区
 */
record ZoneEntry(String shortName, String fullName, String province, String city, List<String> aliases,
                 List<String> places, List<String> localities) {

    private static final String SUFFIX = "高新区";

    ZoneEntry {
        Objects.requireNonNull(shortName, "shortName");
        aliases = List.copyOf(aliases);
        places = List.copyOf(places);
        localities = List.copyOf(localities);
    }

    /** Every name that, written in a text, names this zone explicitly. */
    Set<String> names() {
        Set<String> out = new LinkedHashSet<>();
        out.add(norm(shortName));
        if (fullName != null) {
            out.add(norm(fullName));
        }
        aliases.forEach(a -> out.add(norm(a)));
        String stem = stem();
        if (stem != null) {
            out.add(stem + "国家高新区");
            out.add(stem + "高新技术产业开发区");
            out.add(stem + "国家高新技术产业开发区");
            if (city != null && city.equals(stem + "市")) {
                out.add(stem + "市高新区");
                out.add(stem + "市高新技术产业开发区");
                out.add(stem + "市国家高新区");
            }
        }
        out.removeIf(s -> s.length() < 2);
        return out;
    }

    /** Names of the zone's city or county that point to it; by default the city its short name starts with. */
    List<String> localityKeys() {
        if (!localities.isEmpty()) {
            return localities.stream().map(ZoneEntry::norm).toList();
        }
        String c = cityStem();
        if (c != null && shortName.startsWith(c)) {
            return List.of(c);
        }
        return List.of();
    }

    /** The city without its 市/州/地区 ending (焦作市 → 焦作), or null. */
    String cityStem() {
        if (city == null) {
            return null;
        }
        for (String end : List.of("朝鲜族自治州", "彝族自治州", "回族自治州", "自治州", "地区", "新区", "市", "盟")) {
            if (city.endsWith(end) && city.length() > end.length() + 1) {
                return city.substring(0, city.length() - end.length());
            }
        }
        return city;
    }

    /** The part of a CITY高新区 short name before 高新区, or null for names of another shape. */
    private String stem() {
        String s = norm(shortName);
        return s.endsWith(SUFFIX) && s.length() > SUFFIX.length() + 1 ? s.substring(0, s.length() - SUFFIX.length()) : null;
    }

    ZoneAttribution attribution(double confidence, String reason) {
        return new ZoneAttribution(shortName, fullName, province, city, confidence, reason);
    }

    /** This entry with the user's additions: their non-null fields win, their lists are appended. */
    ZoneEntry mergedWith(ZoneEntry user) {
        return new ZoneEntry(shortName,
                user.fullName != null ? user.fullName : fullName,
                user.province != null ? user.province : province,
                user.city != null ? user.city : city,
                concat(aliases, user.aliases), concat(places, user.places), concat(localities, user.localities));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(s -> !out.contains(s)).forEach(out::add);
        return out;
    }

    static String norm(String s) {
        return CharNormalizer.normalize(s.strip());
    }
}
