package io.zonebrief.render.pdf;

import io.zonebrief.render.FactWords;
import io.zonebrief.render.NumberStyle;
import io.zonebrief.render.chart.ChartPlanner;
import io.zonebrief.summary.Fact;

/**
 * How the briefing words a fact's number, time and nature; one place so tables and text agree. The
 * numbers follow {@link NumberStyle}: the source's precision, 万/亿, no separators and the qualifier
 * words the article used.
 */
final class FactText {

    private FactText() {
    }

    /** The value in display units with the article's qualifier words: "129.53亿元", "200亿元以上", "65余家". */
    static String value(Fact f, FigureLinks links) {
        return NumberStyle.format(f.value(), f.unit(), words(f, links));
    }

    /**
     * The number alone in a display unit a table column prints once, with the qualifier words around
     * it: "10.52", "不低于150", "65余", "95以上".
     */
    static String number(double value, String unit, String shownUnit, String words) {
        return NumberStyle.number(value, unit, shownUnit, words);
    }

    /** A table row's label and value, a fall said as one: {"同比下降", "5.2%"} rather than {"同比增长", "-5.2%"}. */
    static String[] labelled(String label, Fact f, FigureLinks links) {
        return new String[] {NumberStyle.changeLabel(label, f.value()),
            NumberStyle.changeValue(label, f.value(), f.unit(), words(f, links))};
    }

    /** The qualifier words of a fact, from its figure's text when the links know it. */
    static String words(Fact f, FigureLinks links) {
        return links == null ? NumberStyle.qualifierWords(null, f.qualifier()) : links.qualifierWords(f);
    }

    /** The period of a flow, "截至2024年10月" for a stock, "—" for a figure that has no period. */
    static String period(Fact f) {
        return FactWords.when(f, ChartPlanner.periodLabel(null));
    }

    /** 实际, 目标, 计划, 拟签约/在谈, 预计, 政策标准 or 未明. */
    static String nature(Fact f) {
        return FactWords.nature(f.nature());
    }
}
