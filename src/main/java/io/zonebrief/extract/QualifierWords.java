package io.zonebrief.extract;

/**
 * The words written before a number that qualify it: 超过/不低于 (more than), 近/不足 (nearly), 约 (about). A cap
 * (不超过3个, 最多) is the number itself, exactly: its words belong to it, not to the label, and must never read
 * as "more than".
 */
final class QualifierWords {

    private static final String[] PREFIX_AT_MOST = {"不超过", "不高于", "不多于", "不大于", "最多", "至多"};
    private static final String[] PREFIX_MORE = {"不会小于", "不会低于", "不小于", "不低于", "不少于", "超过", "突破", "逾", "超"};
    private static final String[] PREFIX_NEARLY = {"接近", "将近", "不到", "不足", "近"};
    private static final String[] PREFIX_ABOUT = {"大约为", "约为", "大约", "约"};

    private QualifierWords() {
    }

    /** The qualifier written right before the number at {@code numStart}. */
    static Qualifier prefix(String s, int numStart) {
        String before = before(s, numStart).stripTrailing();
        if (endsWithAny(before, PREFIX_AT_MOST) != null) {
            return Qualifier.EXACT;
        }
        if (endsWithAny(before, PREFIX_MORE) != null || roundUp(s, numStart)) {
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
        if (roundUp(s, numStart)) {
            return numStart - 1;
        }
        for (String[] words : new String[][] {PREFIX_AT_MOST, PREFIX_MORE, PREFIX_NEARLY, PREFIX_ABOUT}) {
            String w = endsWithAny(before, words);
            if (w != null && !(words == PREFIX_ABOUT && aboutInWord(before))) {
                return numStart - w.length();
            }
        }
        return numStart;
    }

    /** 上千家, 上万人: a round number reached and passed. */
    private static boolean roundUp(String s, int numStart) {
        return numStart >= 1 && numStart < s.length() && s.charAt(numStart - 1) == '上'
                && "百千万亿".indexOf(s.charAt(numStart)) >= 0;
    }

    /** 已签约12个, 合约3份: the 约 of a word is no "about". */
    private static boolean aboutInWord(String before) {
        return before.length() >= 2 && before.endsWith("约") && !before.endsWith("大约")
                && "签合预节制条公履违特邀婚契相失爽践缔".indexOf(before.charAt(before.length() - 2)) >= 0;
    }

    /** The four characters before a number, within its table cell: a qualifier never comes from the cell before. */
    private static String before(String s, int numStart) {
        String before = s.substring(Math.max(0, numStart - 4), numStart);
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
