package io.zonebrief.render.pdf;

import io.zonebrief.summary.Fact;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How much of a run the briefing prints. A briefing is read, not searched: past a page or two per
 * zone the reader turns to the workbook, which keeps every figure (数据明细) and every document
 * (来源). Each cut is announced in the briefing with the number left out and where to find it.
 */
final class Limits {

    /** Rows of a zone's 指标一览. */
    static final int ZONE_ROWS = 24;
    /**
     * Rows of a zone's 园区与项目 table, counting the row that names each park or project: few enough
     * that the table fits on one page, so no row is parted from the name it belongs to.
     */
    static final int UNIT_ROWS = 28;
    /** Rows of a zone's 相关情况 table: a reminder of what else its articles say, not a report on it. */
    static final int CONTEXT_ROWS = 8;
    /** Charts per zone. */
    static final int ZONE_CHARTS = 3;
    /** Bars or points of one chart; more would not leave room for their labels. */
    static final int CHART_POINTS = 12;
    /** Rows per zone in 附表. */
    static final int TABLE_ROWS = 15;
    /** Quotes per zone in 数据原文摘录 when there are many zones. */
    static final int QUOTES = 12;
    /** Quotes per zone when there are few: enough for every number a zone's table and 附表 show. */
    static final int QUOTES_FEW_ZONES = 40;
    /** Quotes the whole appendix aims at; fewer zones each get more, up to {@link #QUOTES_FEW_ZONES}. */
    static final int QUOTE_BUDGET = 600;
    /** Documents listed in full before 资料来源 lists only those quoted. */
    static final int ALL_SOURCES = 60;
    /** Unusable files listed by name. */
    static final int PROBLEMS = 20;
    /** Indicators compared across zones. */
    static final int COMPARISON_INDICATORS = 12;

    static final String DETAILS = "见工作簿“数据明细”表";

    private Limits() {
    }

    /**
     * At most {@code max} facts in their original order, taxonomy indicators before other labels
     * (the main figures of a report before its details), so the cut never depends on the values.
     */
    static List<Fact> pick(List<Fact> facts, int max) {
        if (facts.size() <= max) {
            return facts;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < facts.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> facts.get(i).indicator() == null).thenComparing(i -> i));
        List<Integer> kept = new ArrayList<>(order.subList(0, max));
        kept.sort(null);
        return kept.stream().map(facts::get).toList();
    }

    /** Quotes each of {@code zones} zones gets. */
    static int quotesPerZone(int zones) {
        return Math.max(QUOTES, Math.min(QUOTES_FEW_ZONES, QUOTE_BUDGET / Math.max(1, zones)));
    }

    /** "另有N项指标未列出，见工作簿“数据明细”表。" */
    static String more(int hidden, String what) {
        return "另有" + hidden + what + "未列出，" + DETAILS + "。";
    }
}
