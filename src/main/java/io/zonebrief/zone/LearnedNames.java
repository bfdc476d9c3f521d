package io.zonebrief.zone;

import java.util.HashMap;
import java.util.Map;

/**
 * Enterprise and park names learned from earlier documents, with a trie over every name ever added
 * so that {@link Gazetteer#scan} finds them in the same walk as the gazetteer's names. A name that
 * is forgotten stays in the trie and simply no longer resolves.
 */
final class LearnedNames {

    /** No names; shared, never added to. */
    static final LearnedNames NONE = new LearnedNames();

    private final Map<String, Learned> byName = new HashMap<>();
    private final CharTrie<String> trie = new CharTrie<>();

    Learned get(String name) {
        return byName.get(name);
    }

    boolean isEmpty() {
        return byName.isEmpty();
    }

    void put(Learned learned) {
        byName.put(learned.name(), learned);
        trie.put(learned.name(), learned.name());
    }

    void remove(String name) {
        byName.remove(name);
    }

    /** Whether a name known now, of two to {@code cap} characters, occurs in {@code text}. */
    boolean occursIn(String text, int cap) {
        int n = text.length();
        for (int at = 0; at < n; at++) {
            int node = CharTrie.root();
            int limit = Math.min(cap, n - at);
            for (int len = 1; len <= limit; len++) {
                node = trie.child(node, text.charAt(at + len - 1));
                if (node < 0) {
                    break;
                }
                String name = trie.value(node);
                if (name != null && len >= 2 && byName.containsKey(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    CharTrie<String> trie() {
        return trie;
    }
}
