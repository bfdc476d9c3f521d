package io.zonebrief.extract;

/** Where the characters of one number end: an Arabic number with its separators, a Chinese numeral run. */
final class NumberRuns {

    private NumberRuns() {
    }

    /** End of an Arabic number at i: digits, thousands groups, one decimal part. */
    static int arabicEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n && QuantityScanner.isDigit(s.charAt(j))) {
            j++;
        }
        while (j + 3 < n && s.charAt(j) == ',' && allDigits(s, j + 1, j + 4)
                && (j + 4 >= n || !QuantityScanner.isDigit(s.charAt(j + 4)))) {
            j += 4;
        }
        if (j + 1 < n && s.charAt(j) == '.' && QuantityScanner.isDigit(s.charAt(j + 1))) {
            j++;
            while (j < n && QuantityScanner.isDigit(s.charAt(j))) {
                j++;
            }
        }
        return j;
    }

    private static boolean allDigits(String s, int from, int to) {
        if (to > s.length()) {
            return false;
        }
        for (int k = from; k < to; k++) {
            if (!QuantityScanner.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** End of a run of Chinese numerals: 兆 inside a number (四十九兆九千), and a decimal part (三点五). */
    static int chineseEnd(String s, int i) {
        int j = i;
        int n = s.length();
        while (j < n) {
            char c = s.charAt(j);
            boolean digitNext = j + 1 < n && ChineseNumerals.digit(s.charAt(j + 1)) >= 0;
            if (ChineseNumerals.isNumeralChar(c) || ChineseNumerals.isZhao(c) && digitNext) {
                j++;
            } else if (c == '点' && digitNext && j > i) {
                j++;
                while (j < n && ChineseNumerals.digit(s.charAt(j)) >= 0) {
                    j++;
                }
                return j;
            } else {
                break;
            }
        }
        return j;
    }

    static boolean containsDigit(String run) {
        for (int k = 0; k < run.length(); k++) {
            if (ChineseNumerals.digit(run.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
