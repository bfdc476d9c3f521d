package io.zonebrief.extract;

/**
 * Currency written before an amount (￥500万, $500万, US$2亿, 人民币5000万, HK$30万): the amount is
 * in that currency even when no 元 follows. A mark that disagrees with the unit written after the
 * amount ($500万元) cannot be read with certainty.
 */
final class Currency {

    /** Marks longest first, so US$ wins over $, with the canonical unit each stands for. */
    private static final String[][] MARKS = {
            {"人民币", "元"}, {"RMB", "元"}, {"CNY", "元"}, {"US$", "美元"}, {"USD", "美元"}, {"HK$", "港元"},
            {"HKD", "港元"}, {"NT$", "新台币"}, {"EUR", "欧元"}, {"￥", "元"}, {"¥", "元"}, {"$", "美元"},
            {"€", "欧元"}, {"£", "英镑"}};

    private Currency() {
    }

    /** A currency mark ending right before {@code numStart} (a space between allowed), or null. */
    static Mark before(String s, int numStart) {
        int k = numStart;
        if (k > 0 && s.charAt(k - 1) == ' ') {
            k--;
        }
        for (String[] m : MARKS) {
            if (s.startsWith(m[0], k - m[0].length())) {
                boolean foreign = !m[1].equals("元");
                return new Mark(k - m[0].length(), m[1], foreign ? Unit.Kind.FOREIGN_MONEY : Unit.Kind.MONEY);
            }
        }
        return null;
    }

    /**
     * True when the mark alone can be the amount's unit: written right against the number, and the
     * number not followed by more Latin text ("$1 1 . 5 \\%$" in Markdown is mathematics, not dollars).
     */
    static boolean standsAlone(String s, Mark mark, int numStart, int end) {
        if (s.charAt(numStart - 1) == ' ') {
            return false;
        }
        if (end >= s.length()) {
            return true;
        }
        char c = s.charAt(end);
        return c > 0x7F || c == ',' || c == ';' || c == '.' && (end + 1 >= s.length() || !Character.isDigit(s.charAt(end + 1)));
    }

    /** A currency mark at {@code start}, standing for {@code canonical}. */
    record Mark(int start, String canonical, Unit.Kind kind) {
    }
}
