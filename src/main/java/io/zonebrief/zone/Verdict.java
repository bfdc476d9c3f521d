package io.zonebrief.zone;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a document's weighed evidence into an attribution: the best-scoring zone, unless a zone or
 * city missing from the gazetteer scores as high, or the only evidence is a city named in passing.
 * The reason names the evidence in words a reader can check against the article.
 */
final class Verdict {

    /** Below this a document whose only evidence is its city stays unknown (one passing mention is 0.5). */
    private static final double MIN_CITY_SCORE = 1.0;

    private Verdict() {
    }

    static ZoneAttribution decide(Evidence e, Gazetteer gazetteer) {
        Map<String, Double> scores = e.scores();
        Map.Entry<String, Double> best = null;
        double total = 0;
        for (Map.Entry<String, Double> s : scores.entrySet()) {
            total += s.getValue();
            if (best == null || s.getValue() > best.getValue()) {
                best = s;
            }
        }
        Map.Entry<String, Double> rival = strongest(e.unknownZones(), e.unknownCities());
        if (best == null) {
            if (rival != null) {
                return ZoneAttribution.unknown(rivalReason(rival.getKey(), e));
            }
            return ZoneAttribution.unknown(e.speaksOfZone() ? "正文只写“高新区”，未写明所在城市或园区名称" : "正文未提到高新区");
        }
        List<Evidence.Item> items = e.of(best.getKey());
        Mention.Kind strongest = strongestKind(items);
        if (rival != null && rival.getValue() >= best.getValue()) {
            return ZoneAttribution.unknown(rivalReason(rival.getKey(), e) + "；" + reason(items, best.getKey()));
        }
        if (strongest == Mention.Kind.LOCALITY && (best.getValue() < MIN_CITY_SCORE || !e.speaksOfZone())) {
            return ZoneAttribution.unknown("仅顺带提到" + items.get(0).mention().surface() + "，不足以判断是哪个高新区");
        }
        double share = best.getValue() / (total + (rival == null ? 0 : rival.getValue()));
        ZoneEntry zone = gazetteer.byShort(best.getKey());
        return zone.attribution(confidence(strongest, share, best.getValue()), reason(items, best.getKey()));
    }

    static double confidence(Mention.Kind strongest, double share, double score) {
        double base = switch (strongest) {
            case NAME -> 0.8;
            case PLACE -> 0.7;
            case LEARNED -> 0.6;
            case LOCALITY -> 0.5;
        };
        double c = base + (0.97 - base) * share * Math.min(1, score / 8);
        return Math.round(c * 100) / 100.0;
    }

    private static Mention.Kind strongestKind(List<Evidence.Item> items) {
        Mention.Kind k = Mention.Kind.LOCALITY;
        for (Evidence.Item it : items) {
            if (it.mention().kind().ordinal() < k.ordinal()) {
                k = it.mention().kind();
            }
        }
        return k;
    }

    private static Map.Entry<String, Double> strongest(Map<String, Double> zones, Map<String, Double> cities) {
        Map.Entry<String, Double> best = null;
        for (Map<String, Double> m : List.of(zones, cities)) {
            for (Map.Entry<String, Double> x : m.entrySet()) {
                if (best == null || x.getValue() > best.getValue()) {
                    best = x;
                }
            }
        }
        return best;
    }

    private static String rivalReason(String name, Evidence e) {
        if (e.unknownZones().containsKey(name)) {
            return "正文写明“" + name + "”，不在国家高新区名录中（可在 zones.yaml 中补充）";
        }
        return "“高新区”与" + name + "市同句" + count(e.unknownCities().get(name)) + "，" + name + "没有国家高新区（可在 zones.yaml 中补充）";
    }

    /** The evidence for {@code zone}, strongest kind first. */
    static String reason(List<Evidence.Item> items, String zone) {
        List<String> parts = new ArrayList<>();
        List<Evidence.Item> text = items.stream().filter(it -> it.via() == null).toList();
        names(text).ifPresent(parts::add);
        places(text, zone).ifPresent(parts::add);
        cities(text).ifPresent(parts::add);
        learned(text, zone).ifPresent(parts::add);
        items.stream().map(Evidence.Item::via).filter(java.util.Objects::nonNull).distinct()
                .forEach(via -> parts.add(via + "指向" + zone));
        return String.join("；", parts);
    }

    private static java.util.Optional<String> names(List<Evidence.Item> items) {
        Map<String, Integer> surfaces = new LinkedHashMap<>();
        boolean headline = false;
        for (Evidence.Item it : items) {
            if (it.mention().kind() == Mention.Kind.NAME) {
                surfaces.merge(it.mention().surface(), 1, Integer::sum);
                headline |= it.headline();
            }
        }
        if (surfaces.isEmpty()) {
            return java.util.Optional.empty();
        }
        int n = surfaces.values().stream().mapToInt(Integer::intValue).sum();
        String top = surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        String where = headline ? "标题和正文" : "正文";
        String times = n == 1 ? "" : n + "次";
        String more = surfaces.size() > 1 ? "等名称" : "";
        return java.util.Optional.of(where + times + "写明“" + top + "”" + more);
    }

    private static java.util.Optional<String> places(List<Evidence.Item> items, String zone) {
        Set<String> places = surfaces(items, Mention.Kind.PLACE);
        if (places.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("正文提到" + String.join("、", places) + "（属" + zone + "）");
    }

    private static java.util.Optional<String> cities(List<Evidence.Item> items) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (Evidence.Item it : items) {
            if (it.mention().kind() == Mention.Kind.LOCALITY) {
                int[] c = counts.computeIfAbsent(it.mention().surface(), k -> new int[2]);
                c[0]++;
                c[1] += it.near() ? 1 : 0;
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((city, c) -> parts.add("正文" + c[0] + "次提到" + city
                + (c[1] > 0 ? "（其中" + c[1] + "次与“高新区”等字样同句）" : "")));
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("；", parts));
    }

    private static java.util.Optional<String> learned(List<Evidence.Item> items, String zone) {
        Map<String, Mention> first = new LinkedHashMap<>();
        for (Evidence.Item it : items) {
            if (it.mention().kind() == Mention.Kind.LEARNED) {
                first.putIfAbsent(it.mention().surface(), it.mention());
            }
        }
        List<String> parts = new ArrayList<>();
        first.values().stream().limit(3).forEach(m -> parts.add(
                m.learned().kind() + "“" + m.surface() + "”在文档" + m.learned().documentId() + "中与" + zone + "同现"));
        return parts.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(String.join("，", parts));
    }

    private static Set<String> surfaces(List<Evidence.Item> items, Mention.Kind kind) {
        Set<String> out = new LinkedHashSet<>();
        items.stream().filter(it -> it.mention().kind() == kind).forEach(it -> out.add(it.mention().surface()));
        return out;
    }

    private static String count(Double weight) {
        return String.format(Locale.ROOT, "%d次", Math.round(weight));
    }
}
