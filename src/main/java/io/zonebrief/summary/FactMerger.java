package io.zonebrief.summary;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Modality;
import io.zonebrief.extract.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns one zone's figures into facts: the same fact said several times (in one document or many)
 * becomes one fact listing every figure; values that agree within rounding (129亿元 and 129.53亿元)
 * are reconciled to the more precise one; values that disagree for the same measure and period are
 * kept apart and reported as conflicts.
 */
final class FactMerger {

    /** Relative difference under which two values are the same fact written with other rounding. */
    static final double ROUNDING = 0.01;
    private static final int MAX_VALUES_NAMED = 5;

    private final IndicatorTaxonomy taxonomy;

    FactMerger(IndicatorTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Facts and conflict notes of one zone. */
    record Merged(List<Fact> facts, List<String> conflicts) {
    }

    private static final class Group {
        final List<Figure> figures = new ArrayList<>();
        final String indicator;
        final String category;

        Group(Figure first, String indicator, String category) {
            figures.add(first);
            this.indicator = indicator;
            this.category = category;
        }

        Figure best() {
            return figures.stream().max(Comparator.comparingInt((Figure f) -> precision(f.value()))
                    .thenComparing(f -> f.period() == null ? 0 : f.period().months())).orElseThrow();
        }
    }

    Merged merge(List<Figure> figures) {
        List<Group> groups = new ArrayList<>();
        // groups are looked up by measure and by value on a 1% logarithmic grid, so merging stays
        // linear in the number of figures however many a zone has
        Map<List<Object>, List<Integer>> index = new HashMap<>();
        for (Figure f : figures) {
            var ind = taxonomy.classify(f.metric(), f.unit());
            String indicator = ind.map(Indicator::name).orElse(null);
            long bin = bin(f.value());
            Group home = null;
            int best = Integer.MAX_VALUE;
            for (long b = bin - 1; b <= bin + 1; b++) {
                for (int gi : index.getOrDefault(key(f, indicator, b), List.of())) {
                    if (gi < best && sameFact(groups.get(gi), f, indicator)) {
                        best = gi;
                        home = groups.get(gi);
                    }
                }
            }
            if (home == null) {
                groups.add(new Group(f, indicator, ind.map(Indicator::category).orElse("其他")));
                index.computeIfAbsent(key(f, indicator, bin), k -> new ArrayList<>()).add(groups.size() - 1);
            } else {
                home.figures.add(f);
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (Group g : groups) {
            facts.add(fact(g));
        }
        facts.sort(Comparator.comparingInt((Fact x) -> taxonomy.categoryRank(x.category()))
                .thenComparingInt(x -> taxonomy.indicatorRank(x.indicator()))
                .thenComparing(x -> x.period() == null ? "" : x.period().toString())
                .thenComparing(Fact::metric)
                .thenComparing(x -> x.figureIds().get(0)));
        return new Merged(facts, conflicts(facts));
    }

    private static List<Object> key(Figure f, String indicator, long bin) {
        return java.util.Arrays.asList(indicator, f.unit(), f.modality(), f.role(), f.subject(), f.subjectName(),
                f.nature(), f.periodKind(), bin);
    }

    private static long bin(double v) {
        return v == 0 ? Long.MIN_VALUE / 2 : (long) Math.floor(Math.log(Math.abs(v)) / Math.log1p(ROUNDING));
    }

    private static boolean sameFact(Group g, Figure f, String indicator) {
        Figure first = g.figures.get(0);
        // figures of another scope, nature or kind of period are other facts, however alike their words
        if (!first.unit().equals(f.unit()) || first.modality() != f.modality()
                || first.subject() != f.subject() || !java.util.Objects.equals(first.subjectName(), f.subjectName())
                || first.nature() != f.nature() || first.periodKind() != f.periodKind()
                || !java.util.Objects.equals(first.role(), f.role())
                || !java.util.Objects.equals(g.indicator, indicator)) {
            return false;
        }
        if (!periodsAgree(first.period(), f.period())) {
            return false;
        }
        if (!similar(clean(first.metric()), clean(f.metric()))) {
            // "收集各类招商引资信息232条" and, later, "共抓招商引资项目232条": one indicator, one exact value, one
            // stated span: the same fact told twice in other words
            return indicator != null && first.value() == f.value() && first.period() != null
                    && first.period().equals(f.period());
        }
        return close(first.value(), f.value());
    }

    /** Periods agree when they end in the same month; a figure that states none agrees with any. */
    private static boolean periodsAgree(Period a, Period b) {
        if (a == null || b == null) {
            return true;
        }
        return a.to().equals(b.to());
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= ROUNDING * Math.max(Math.abs(a), Math.abs(b));
    }

    /** Labels say the same when one holds the other or they share most of their characters. */
    static boolean similar(String a, String b) {
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<Character> sa = chars(a);
        Set<Character> sb = chars(b);
        Set<Character> both = new HashSet<>(sa);
        both.retainAll(sb);
        return 2.0 * both.size() / (sa.size() + sb.size()) >= 0.75;
    }

    private static Set<Character> chars(String s) {
        Set<Character> out = new HashSet<>();
        for (char c : s.toCharArray()) {
            out.add(c);
        }
        return out;
    }

    private static String clean(String metric) {
        return metric.replace("“", "").replace("”", "").replace("累计", "").replace("共", "");
    }

    private static Fact fact(Group g) {
        Figure best = g.best();
        String note = null;
        Set<Double> values = new java.util.TreeSet<>();
        g.figures.forEach(f -> values.add(f.value()));
        if (values.size() > 1) {
            note = "各处数值略有不同（" + String.join("、", values.stream().map(v -> plain(v, best.unit())).toList()) + "），取最精确值";
        }
        List<String> ids = g.figures.stream().map(Figure::id).toList();
        Period period = best.period() != null ? best.period() : g.figures.stream().map(Figure::period)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new Fact(g.indicator, g.category, best.metric(), best.value(), best.unit(), best.qualifier(), period,
                best.modality(), best.subject(), best.subjectName(), ids, note, best.nature(), best.periodKind(),
                best.asOf(), best.id());
    }

    /**
     * One note per measure and period whose actual values disagree: the same indicator, label, unit,
     * period and subject said with values that differ beyond rounding.
     */
    static List<String> conflicts(List<Fact> facts) {
        Map<List<Object>, List<Fact>> same = new LinkedHashMap<>();
        for (Fact f : facts) {
            List<Object> key = conflictKey(f);
            if (key != null) {
                same.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        List<String> out = new ArrayList<>();
        for (List<Fact> group : same.values()) {
            // facts a reviewer split apart keep one value: they do not disagree
            if (group.stream().map(Fact::value).distinct().count() < 2) {
                continue;
            }
            List<String> values = group.stream().limit(MAX_VALUES_NAMED)
                    .map(f -> plain(f.value(), f.unit()) + "（" + f.figureIds().get(0) + "）").toList();
            Fact first = group.get(0);
            out.add(String.format(Locale.ROOT, "%s（%s）各处数值不一致：%s%s", first.metric(), first.period().label(),
                    String.join("、", values), group.size() > MAX_VALUES_NAMED ? "等" + group.size() + "个" : ""));
        }
        return out;
    }

    /**
     * What facts must share to conflict when their values differ — the same indicator, label, unit,
     * period and subject of actual results — or null for a fact that cannot conflict.
     */
    static List<Object> conflictKey(Fact f) {
        if (f.indicator() == null || f.period() == null || f.modality() != Modality.ACTUAL) {
            return null;
        }
        return java.util.Arrays.asList(f.indicator(), clean(f.metric()), f.unit(), f.period(), f.subject(),
                f.subjectName(), f.periodKind());
    }

    /** A value as the article would write it in base units, without exponent or trailing zeros. */
    static String plain(double v, String unit) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + unit;
    }

    /** Significant digits of a value, to prefer 129.53亿 over 129亿. */
    static int precision(double v) {
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().replace(".", "").replace("-", "");
        s = s.replaceFirst("^0+", "");
        s = s.replaceFirst("0+$", "");
        return s.length();
    }
}
