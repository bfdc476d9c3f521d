package io.zonebrief.extract;

/** The words written before a number that qualify it: 超过/不低于 (more than), 近/不足 (nearly), 约 (about). */
final class QualifierWords {

    private static final String[] PREFIX_MORE = {"不低于", "不少于", "超过", "突破", "逾", "超"};
    private static final String[] PREFIX_NEARLY = {"接近", "将近", "不到", "不足", "近"};
    private static final String[] PREFIX_ABOUT = {"大约为", "约为", "大约", "约"};

    private QualifierWords() {
    }

    /** The qualifier written right before the number at {@code numStart}. */
    static Qualifier prefix(String s, int numStart) {
        String before = before(s, numStart).stripTrailing();
        if (endsWithAny(before, PREFIX_MORE) != null) {
            return Qualifier.MORE_THAN;
        }
        if (endsWithAny(before, PREFIX_NEARLY) != null && !before.endsWith("最近") && !before.endsWith("附近")) {
            return Qualifier.NEARLY;
        }
        if (endsWithAny(before, PREFIX_ABOUT) != null && !aboutInWord(before)) {
            return Qualifier.ABOUT;
        }
        return Qualifier.EXACT;
    }

    /** Where the qualifier word before the number at {@code numStart} starts, or numStart when there is none. */
    static int prefixStart(String s, int numStart) {
        String before = before(s, numStart);
        for (String[] words : new String[][] {PREFIX_MORE, PREFIX_NEARLY, PREFIX_ABOUT}) {
            String w = endsWithAny(before, words);
            if (w != null && !(words == PREFIX_ABOUT && aboutInWord(before))) {
                return numStart - w.length();
            }
        }
        return numStart;
    }

    /** 已签约12个, 合约3份: the 约 of a word is no "about". */
    private static boolean aboutInWord(String before) {
        return before.length() >= 2 && before.endsWith("约") && !before.endsWith("大约")
                && "签合预节制条公履违特邀婚契相失爽践缔".indexOf(before.charAt(before.length() - 2)) >= 0;
    }

    /** The three characters before a number, within its table cell: a qualifier never comes from the cell before. */
    private static String before(String s, int numStart) {
        String before = s.substring(Math.max(0, numStart - 3), numStart);
        return before.substring(before.lastIndexOf('\t') + 1);
    }

    private static String endsWithAny(String s, String[] words) {
        for (String w : words) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }
}
