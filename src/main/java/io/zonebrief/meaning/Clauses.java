package io.zonebrief.meaning;

/** Where the clause around a position of a normalised sentence starts and ends (at ，；。：!?). */
final class Clauses {

    private static final String DELIMS = ",，;；。:：!?！？";

    private Clauses() {
    }

    static int start(String s, int at) {
        int k = Math.min(at, s.length());
        while (k > 0 && DELIMS.indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    static int end(String s, int from) {
        int k = Math.max(0, from);
        while (k < s.length() && DELIMS.indexOf(s.charAt(k)) < 0) {
            k++;
        }
        return k;
    }
}
