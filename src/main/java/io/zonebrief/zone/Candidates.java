package io.zonebrief.zone;

/**
 * The names that start at one position of a text, shortest first: what the gazetteer's trie and
 * the learned names' trie hold there, merged by length. Reused from position to position of one
 * scan, so collecting allocates nothing.
 */
final class Candidates {

    private final int cap;
    private final int[] lengths;
    private final Gazetteer.Known[] known;
    private final String[] learned;
    private int count;

    /** @param cap the longest name to consider */
    Candidates(int cap) {
        this.cap = cap;
        this.lengths = new int[cap + 1];
        this.known = new Gazetteer.Known[cap + 1];
        this.learned = new String[cap + 1];
    }

    /** Collects every name of two or more characters starting at {@code at}. */
    void collect(CharTrie<Gazetteer.Known> names, CharTrie<String> learnedNames, String text, int at) {
        count = 0;
        int limit = Math.min(cap, text.length() - at);
        int node = CharTrie.root();
        for (int len = 1; len <= limit; len++) {
            node = names.child(node, text.charAt(at + len - 1));
            if (node < 0) {
                break;
            }
            Gazetteer.Known k = names.value(node);
            if (k != null && len >= 2) {
                lengths[count] = len;
                known[count] = k;
                learned[count] = null;
                count++;
            }
        }
        node = CharTrie.root();
        for (int len = 1; len <= limit; len++) {
            node = learnedNames.child(node, text.charAt(at + len - 1));
            if (node < 0) {
                break;
            }
            String l = learnedNames.value(node);
            if (l != null && len >= 2) {
                addLearned(len, l);
            }
        }
    }

    private void addLearned(int len, String name) {
        int k = 0;
        while (k < count && lengths[k] < len) {
            k++;
        }
        if (k < count && lengths[k] == len) {
            learned[k] = name;
            return;
        }
        System.arraycopy(lengths, k, lengths, k + 1, count - k);
        System.arraycopy(known, k, known, k + 1, count - k);
        System.arraycopy(learned, k, learned, k + 1, count - k);
        lengths[k] = len;
        known[k] = null;
        learned[k] = name;
        count++;
    }

    int count() {
        return count;
    }

    int length(int k) {
        return lengths[k];
    }

    Gazetteer.Known known(int k) {
        return known[k];
    }

    String learned(int k) {
        return learned[k];
    }
}
