package io.zonebrief.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a summary.json against hand-made gold the way shared/eval/score.py does, reading the same
 * fields of the same file, so what is written wrongly scores wrongly: a predicted figure
 * matches a gold one of the same document when units agree and values agree within 0.5%, the one
 * whose words hold the gold quote's number winning; then each field is compared on the matches.
 */
final class GoldScorer {

    /** Scores by field name (f1, label, qualifier, period, modality, subject, zone, published). */
    record Scores(Map<String, Double> byField, List<String> misses) {
        double get(String field) {
            return byField.getOrDefault(field, Double.NaN);
        }
    }

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Map<String, String> UNIT_ALIASES = Map.of("％", "%", "百分点", "个百分点", "平米", "平方米",
            "千米", "公里", "人民币", "元");
    private static final Map<String, String> QUALIFIERS = Map.ofEntries(Map.entry("余", ">"), Map.entry("多", ">"),
            Map.entry("逾", ">"), Map.entry("超", ">"), Map.entry("超过", ">"), Map.entry("以上", ">"),
            Map.entry("不低于", ">"), Map.entry("不少于", ">"), Map.entry("突破", ">"), Map.entry("近", "<~"),
            Map.entry("接近", "<~"), Map.entry("将近", "<~"), Map.entry("约", "~"), Map.entry("左右", "~"),
            Map.entry("大约", "~"), Map.entry("达", ""), Map.entry("共", ""));

    private GoldScorer() {
    }

    static Scores score(JsonNode gold, JsonNode summary) {
        int goldCount = 0;
        int predicted = 0;
        int matched = 0;
        int[] label = new int[2];
        int[] qualifier = new int[2];
        int[] period = new int[2];
        int[] modality = new int[2];
        int[] subject = new int[2];
        int[] zone = new int[2];
        int[] published = new int[2];
        List<String> misses = new ArrayList<>();
        for (JsonNode d : gold.path("documents")) {
            String id = d.path("id").asText();
            List<JsonNode> pred = new ArrayList<>();
            summary.path("figures").forEach(f -> {
                if (f.path("document").asText().equals(id)) {
                    pred.add(f);
                }
            });
            List<JsonNode> golds = new ArrayList<>();
            d.path("figures").forEach(golds::add);
            goldCount += golds.size();
            predicted += pred.size();
            Set<Integer> used = new HashSet<>();
            for (JsonNode g : golds) {
                int best = match(g, pred, used);
                if (best < 0) {
                    misses.add("MISSED " + id + ": " + g.path("quote").asText());
                    continue;
                }
                used.add(best);
                matched++;
                JsonNode p = pred.get(best);
                String q = g.path("quote").asText();
                count(label, labelMatch(p.path("metric").asText(), g.path("metric").asText()), misses, "LABEL " + q);
                String gq = canonQualifier(g.path("qualifier").asText(""));
                if (!gq.isEmpty()) {
                    count(qualifier, gq.equals(p.path("qualifier").asText(null)), misses, "QUALIFIER " + q);
                }
                JsonNode gp = g.path("period");
                if (gp.isObject()) {
                    String want = month(gp.path("from")) + ".." + month(gp.path("to"));
                    JsonNode pp = p.path("period");
                    String got = pp.isObject() ? pp.path("from").asText() + ".." + pp.path("to").asText() : "null";
                    count(period, want.equals(got), misses, "PERIOD " + q + " " + want + " vs " + got);
                }
                String gm = g.path("modality").asText();
                if (gm.equals("actual") || gm.equals("target")) {
                    count(modality, gm.equals(p.path("modality").asText()), misses, "MODALITY " + q);
                }
                if (g.hasNonNull("subject")) {
                    String got = p.path("subject").asText();
                    count(subject, g.path("subject").asText().equals(got), misses,
                            "SUBJECT " + q + " " + g.path("subject").asText() + " vs " + got);
                }
            }
            JsonNode info = null;
            for (JsonNode doc : summary.path("documents")) {
                if (doc.path("id").asText().equals(id)) {
                    info = doc;
                }
            }
            if (d.hasNonNull("zone")) {
                count(zone, info != null && canonZone(d.path("zone").asText()).equals(canonZone(info.path("zone").asText(null))), misses,
                        "ZONE " + id);
            }
            if (d.hasNonNull("published")) {
                count(published, info != null && near(info.path("published").asText(null), d.path("published").asText()), misses,
                        "PUBLISHED " + id);
            }
        }
        double p = predicted == 0 ? 0 : (double) matched / predicted;
        double r = goldCount == 0 ? 0 : (double) matched / goldCount;
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("f1", p + r == 0 ? 0 : 2 * p * r / (p + r));
        out.put("label", ratio(label));
        out.put("qualifier", ratio(qualifier));
        out.put("period", ratio(period));
        out.put("modality", ratio(modality));
        out.put("subject", ratio(subject));
        out.put("zone", ratio(zone));
        out.put("published", ratio(published));
        return new Scores(out, misses);
    }

    private static int match(JsonNode g, List<JsonNode> pred, Set<Integer> used) {
        String unit = canonUnit(g.path("unit").asText());
        double value = g.path("value").asDouble();
        List<String> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(g.path("quote").asText());
        while (m.find()) {
            numbers.add(m.group());
        }
        int best = -1;
        for (int i = 0; i < pred.size(); i++) {
            JsonNode f = pred.get(i);
            if (used.contains(i) || !close(f.path("value").asDouble(), value)
                    || !unit.isEmpty() && !canonUnit(f.path("unit").asText()).equals(unit)) {
                continue;
            }
            String hay = f.path("text").asText() + f.path("sentence").asText();
            if (numbers.stream().anyMatch(hay::contains)) {
                return i;
            }
            if (best < 0) {
                best = i;
            }
        }
        return best;
    }

    private static void count(int[] c, boolean ok, List<String> misses, String what) {
        c[0]++;
        if (ok) {
            c[1]++;
        } else {
            misses.add(what);
        }
    }

    private static double ratio(int[] c) {
        return c[0] == 0 ? Double.NaN : (double) c[1] / c[0];
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b));
    }

    static boolean labelMatch(String pred, String gold) {
        String p = pred.replaceAll("\\s", "");
        String g = gold.replaceAll("\\s", "");
        if (p.isEmpty() || g.isEmpty()) {
            return false;
        }
        if (p.contains(g) || g.contains(p)) {
            return true;
        }
        Set<Integer> sp = new HashSet<>();
        p.codePoints().forEach(sp::add);
        Set<Integer> sg = new HashSet<>();
        g.codePoints().forEach(sg::add);
        Set<Integer> both = new HashSet<>(sp);
        both.retainAll(sg);
        return 2.0 * both.size() / (sp.size() + sg.size()) >= 0.6;
    }

    private static String canonUnit(String u) {
        String s = u == null ? "" : u.strip().toLowerCase(Locale.ROOT);
        return UNIT_ALIASES.getOrDefault(s, s);
    }

    private static String canonQualifier(String q) {
        String s = q.strip();
        return QUALIFIERS.getOrDefault(s, s);
    }

    static String canonZone(String z) {
        String s = z == null ? "" : z.strip();
        s = s.replace("國", "国").replace("區", "区").replace("技術", "技术").replace("開發", "开发").replace("產業", "产业");
        s = s.replace("国家高新技术产业开发区", "高新区").replace("高新技术产业开发区", "高新区").replace("国家高新区", "高新区")
                .replace("高技术产业开发区", "高新区").replace("火炬高新区", "高新区");
        return s.replaceFirst("^(.{2,})市高新区$", "$1高新区");
    }

    private static String month(JsonNode n) {
        String s = n.asText("");
        return s.length() >= 7 ? s.substring(0, 7) : s;
    }

    private static boolean near(String published, String want) {
        try {
            LocalDate got = published == null ? null : LocalDate.parse(published);
            return got != null && Math.abs(got.toEpochDay() - LocalDate.parse(want.substring(0, 10)).toEpochDay()) <= 3;
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return false;
        }
    }
}
