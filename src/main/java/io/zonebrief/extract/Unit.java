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

    private static List<Unit> build() {
        List<Unit> t = new ArrayList<>();
        money(t, "元", Kind.MONEY);
        for (String fx : List.of("美元", "欧元", "港元", "日元", "英镑")) {
            money(t, fx, Kind.FOREIGN_MONEY);
        }
        t.add(new Unit("%", "%", 1, Kind.PERCENT));
        t.add(new Unit("个百分点", "个百分点", 1, Kind.POINTS));
        t.add(new Unit("百分点", "个百分点", 1, Kind.POINTS));
        t.add(new Unit("倍", "倍", 1, Kind.RATIO));
        for (String w : List.of("人次", "批次", "家次", "户次", "架次", "车次", "个", "家", "项", "人", "名", "条", "件", "台", "所", "只", "株", "套", "张", "栋",
                "辆", "次", "户", "处", "起", "箱", "支", "瓶", "座", "间", "位", "场", "篇", "部", "块", "幢", "架",
                "艘", "棵", "亩", "批", "款", "宗", "份", "床", "孔")) {
            t.add(new Unit(w, w, 1, Kind.COUNT));
        }
        for (String[] m : new String[][] {
                {"平方公里", "平方公里"}, {"平方千米", "平方公里"}, {"平方米", "平方米"}, {"平米", "平方米"}, {"㎡", "平方米"},
                {"立方米", "立方米"}, {"公顷", "公顷"}, {"公里", "公里"}, {"千米", "公里"}, {"米", "米"},
                {"吨", "吨"}, {"千克", "千克"}, {"公斤", "千克"}, {"千瓦时", "千瓦时"}, {"度电", "千瓦时"}, {"千瓦", "千瓦"},
                {"兆瓦", "兆瓦"}, {"吉瓦", "吉瓦"}, {"标准箱", "标准箱"}}) {
            t.add(new Unit(m[0], m[1], 1, Kind.MEASURE));
        }
        t.sort(Comparator.comparingInt((Unit u) -> u.surface.length()).reversed());
        return List.copyOf(t);
    }

    private static void money(List<Unit> t, String base, Kind kind) {
        t.add(new Unit(base, base, 1, kind));
        t.add(new Unit("万亿" + base, base, 1e12, kind));
        t.add(new Unit("亿" + base, base, 1e8, kind));
        t.add(new Unit("千万" + base, base, 1e7, kind));
        t.add(new Unit("百万" + base, base, 1e6, kind));
        t.add(new Unit("万" + base, base, 1e4, kind));
        t.add(new Unit("千" + base, base, 1e3, kind));
    }

    /** The longest unit written at {@code at}, or null. */
    static Unit at(String s, int at) {
        for (Unit u : TABLE) {
            if (s.startsWith(u.surface, at)) {
                return u;
            }
        }
        return null;
    }

    boolean isMoney() {
        return kind == Kind.MONEY || kind == Kind.FOREIGN_MONEY;
    }
}
