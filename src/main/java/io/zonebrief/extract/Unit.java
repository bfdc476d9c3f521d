package io.zonebrief.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A unit as written after a number and what it means in base units: 亿元 is 10^8 元, 万美元 is
 * 10^4 美元, 家 is itself. The table is matched longest first, so 人次 wins over 人 and 个百分点
 * over 个.
 *
 * @param surface   the unit as written (normalised form)
 * @param canonical the canonical unit in summary.json
 * @param factor    multiplier into the canonical unit
 * @param kind      money, percent, count or measure
 */
record Unit(String surface, String canonical, double factor, Kind kind) {

    enum Kind { MONEY, FOREIGN_MONEY, PERCENT, POINTS, COUNT, MEASURE, RATIO }

    static final List<Unit> TABLE = build();
    /** The table by first character, longest first, so a lookup tries only units that can match. */
    private static final java.util.Map<Character, List<Unit>> BY_FIRST = byFirst(TABLE);

    private static java.util.Map<Character, List<Unit>> byFirst(List<Unit> table) {
        java.util.Map<Character, List<Unit>> out = new java.util.HashMap<>();
        for (Unit u : table) {
            out.computeIfAbsent(u.surface.charAt(0), c -> new ArrayList<>()).add(u);
        }
        out.replaceAll((c, units) -> List.copyOf(units));
        return java.util.Map.copyOf(out);
    }

    private static List<Unit> build() {
        List<Unit> t = new ArrayList<>();
        // 人民币 and 台币 are written after amounts too (4亿人民币, 5306亿台币): listed here, they win
        // over the 人 and 台 of counts because the table is matched longest first
        for (String[] m : new String[][] {{"元", "元"}, {"圆", "元"}, {"人民币", "元"}, {"元人民币", "元"}}) {
            money(t, m[0], m[1], Kind.MONEY);
        }
        for (String[] fx : new String[][] {{"美元", "美元"}, {"美金", "美元"}, {"美圆", "美元"}, {"欧元", "欧元"},
                {"港元", "港元"}, {"港币", "港元"}, {"日元", "日元"}, {"日圆", "日元"}, {"英镑", "英镑"},
                {"韩元", "韩元"}, {"澳元", "澳元"}, {"新台币", "新台币"}, {"台币", "新台币"}}) {
            money(t, fx[0], fx[1], Kind.FOREIGN_MONEY);
        }
        t.add(new Unit("%", "%", 1, Kind.PERCENT));
        t.add(new Unit("‰", "%", 0.1, Kind.PERCENT));
        t.add(new Unit("成", "%", 10, Kind.PERCENT)); // 八成企业: tenths
        t.add(new Unit("个百分点", "个百分点", 1, Kind.POINTS));
        t.add(new Unit("百分点", "个百分点", 1, Kind.POINTS));
        t.add(new Unit("倍", "倍", 1, Kind.RATIO));
        for (String w : List.of("人次", "批次", "家次", "户次", "架次", "车次", "场次", "班次", "频次", "个", "家", "项", "人", "名", "条", "件", "台", "所", "只", "株", "套", "张", "栋",
                "辆", "次", "户", "处", "起", "箱", "支", "瓶", "座", "间", "位", "场", "篇", "部", "块", "幢", "架",
                "艘", "棵", "亩", "批", "款", "宗", "份", "床", "孔", "颗", "例", "粒", "笔", "盏", "枚", "册")) {
            t.add(new Unit(w, w, 1, Kind.COUNT));
        }
        for (String[] m : new String[][] {
                {"平方公里", "平方公里"}, {"平方千米", "平方公里"}, {"平方米", "平方米"}, {"平米", "平方米"}, {"㎡", "平方米"},
                {"m²", "平方米"}, {"m2", "平方米"}, {"km²", "平方公里"}, {"km2", "平方公里"}, {"㎞", "公里"},
                {"立方米", "立方米"}, {"m³", "立方米"}, {"m3", "立方米"}, {"Nm³", "标准立方米"}, {"Nm3", "标准立方米"}, {"公顷", "公顷"}, {"公里", "公里"}, {"千米", "公里"}, {"km", "公里"},
                {"米", "米"}, {"m", "米"}, {"吨", "吨"}, {"t", "吨"}, {"千克", "千克"}, {"公斤", "千克"}, {"kg", "千克"},
                {"千瓦时", "千瓦时"}, {"度电", "千瓦时"}, {"kWh", "千瓦时"}, {"千瓦", "千瓦"}, {"kW", "千瓦"},
                {"兆瓦时", "兆瓦时"}, {"MWh", "兆瓦时"}, {"兆瓦", "兆瓦"}, {"MW", "兆瓦"}, {"吉瓦时", "吉瓦时"}, {"GWh", "吉瓦时"},
                {"吉瓦", "吉瓦"}, {"GW", "吉瓦"}, {"标准箱", "标准箱"}}) {
            t.add(new Unit(m[0], m[1], 1, Kind.MEASURE));
        }
        t.sort(Comparator.comparingInt((Unit u) -> u.surface.length()).reversed());
        return List.copyOf(t);
    }

    private static void money(List<Unit> t, String surface, String canonical, Kind kind) {
        t.add(new Unit(surface, canonical, 1, kind));
        t.add(new Unit("万亿" + surface, canonical, 1e12, kind));
        t.add(new Unit("亿" + surface, canonical, 1e8, kind));
        t.add(new Unit("千万" + surface, canonical, 1e7, kind));
        t.add(new Unit("百万" + surface, canonical, 1e6, kind));
        t.add(new Unit("万" + surface, canonical, 1e4, kind));
        t.add(new Unit("千" + surface, canonical, 1e3, kind));
    }

    /** The longest unit written at {@code at}, or null. */
    static Unit at(String s, int at) {
        List<Unit> candidates = at < s.length() ? BY_FIRST.get(s.charAt(at)) : null;
        if (candidates == null) {
            return null;
        }
        for (Unit u : candidates) {
            if (s.startsWith(u.surface, at) && !runsOn(s, at + u.surface.length(), u.surface)) {
                return u;
            }
        }
        return null;
    }

    /** A Latin unit is a whole word: the m of 250m, not of 250mm or 5mg. */
    private static boolean runsOn(String s, int end, String surface) {
        char last = surface.charAt(surface.length() - 1);
        return end < s.length() && isLatin(last) && (isLatin(s.charAt(end)) || Character.isDigit(s.charAt(end)));
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    boolean isMoney() {
        return kind == Kind.MONEY || kind == Kind.FOREIGN_MONEY;
    }
}
