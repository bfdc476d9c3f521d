package io.zonebrief.render.pdf;

import io.zonebrief.extract.Figure;
import io.zonebrief.extract.Qualifier;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.summary.Fact;
import io.zonebrief.summary.Summary;
import io.zonebrief.summary.ZoneSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The links between figures the extractor found (a growth rate or a share of plan qualifying a
 * figure, the parts of a whole), indexed once per briefing so that a run of thousands of articles is
 * not scanned again for every zone and every row.
 */
final class FigureLinks {

    /** Words that make a share a share of a plan or task (占年度投资计划的104.68%), not of a total. */
    private static final List<String> PLAN_WORDS = List.of("计划", "目标", "任务");

    private final Map<String, Figure> byId;
    private final Map<String, List<Figure>> children = new HashMap<>();

    FigureLinks(Summary summary) {
        this.byId = new HashMap<>(summary.figures().size() * 2);
        for (Figure f : summary.figures()) {
            byId.putIfAbsent(f.id(), f);
            if (f.parentId() != null && f.role() != null) {
                children.computeIfAbsent(f.parentId(), k -> new ArrayList<>()).add(f);
            }
        }
    }

    Figure figure(String id) {
        return byId.get(id);
    }

    Map<String, Figure> byId() {
        return byId;
    }

    /** Parent id → its "part" figures, for the breakdown charts. */
    Map<String, List<Figure>> parts() {
        Map<String, List<Figure>> parts = new HashMap<>();
        children.forEach((parent, list) -> {
            List<Figure> p = list.stream().filter(f -> "part".equals(f.role())).toList();
            if (!p.isEmpty()) {
                parts.put(parent, p);
            }
        });
        return parts;
    }

    /**
     * The qualifier words of the figure behind a fact as its article wrote them (以上, 不低于, 余…), so
     * that a briefing says 200亿元以上 where the article did; "" for an exact number.
     */
    String qualifierWords(Fact fact) {
        if (fact.qualifier() == Qualifier.EXACT) {
            return "";
        }
        for (String id : fact.figureIds()) {
            Figure f = byId.get(id);
            if (f != null && f.qualifier() == fact.qualifier() && f.value() == fact.value()) {
                return NumberStyle.qualifierWords(f.text(), f.qualifier());
            }
        }
        return NumberStyle.qualifierWords(null, fact.qualifier());
    }

    /** The qualifier words of a figure as its article wrote them. */
    static String qualifierWords(Figure f) {
        return NumberStyle.qualifierWords(f.text(), f.qualifier());
    }

    /** The year-on-year growth in % the article states for one of the fact's figures, if any. */
    Optional<Figure> growth(Fact fact) {
        return child(fact, f -> "growth".equals(f.role()) && "%".equals(f.unit()));
    }

    /** The share of an annual plan or task in % the article states for one of the fact's figures, if any. */
    Optional<Figure> progress(Fact fact) {
        return child(fact, f -> "share".equals(f.role()) && "%".equals(f.unit())
                && PLAN_WORDS.stream().anyMatch(f.metric()::contains));
    }

    /**
     * The fact of {@code zone} that a growth or share fact qualifies ("占年度投资计划的104.68%" qualifies
     * "完成投资10.52亿元"), or null when the fact stands on its own.
     */
    Fact qualified(Fact fact, Map<String, Fact> zoneFactsByFigure) {
        for (String id : fact.figureIds()) {
            Figure f = byId.get(id);
            if (f != null && f.parentId() != null && ("share".equals(f.role()) || "growth".equals(f.role()))) {
                Fact parent = zoneFactsByFigure.get(f.parentId());
                if (parent != null && parent != fact) {
                    return parent;
                }
            }
        }
        return null;
    }

    /**
     * The fact of {@code zone} whose figure this fact is a "其中" part of, in the same countable unit
     * (rates are not parts of one another even when worded as a list), or null.
     */
    Fact partOf(Fact fact, Map<String, Fact> zoneFactsByFigure) {
        if ("%".equals(fact.unit()) || "个百分点".equals(fact.unit())) {
            return null;
        }
        for (String id : fact.figureIds()) {
            Figure f = byId.get(id);
            if (f != null && "part".equals(f.role()) && f.parentId() != null) {
                Fact parent = zoneFactsByFigure.get(f.parentId());
                if (parent != null && parent != fact && parent.unit().equals(fact.unit())) {
                    return parent;
                }
            }
        }
        return null;
    }

    /** Figure id → the fact of the zone that lists it. */
    static Map<String, Fact> factsByFigure(ZoneSummary zone) {
        Map<String, Fact> out = new HashMap<>();
        for (Fact f : zone.facts()) {
            f.figureIds().forEach(id -> out.putIfAbsent(id, f));
        }
        return out;
    }

    private Optional<Figure> child(Fact fact, java.util.function.Predicate<Figure> test) {
        for (String id : fact.figureIds()) {
            for (Figure c : children.getOrDefault(id, List.of())) {
                if (test.test(c)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
