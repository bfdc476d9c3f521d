package io.zonebrief.zone;

import java.util.ArrayList;
import java.util.List;

/**
 * A trie over strings, walked character by character from any position of a text, so that every
 * known name starting there is found in one pass without cutting substrings. Transitions live in
 * one open-addressing table keyed by (node, character); the root's are a plain array, because most
 * positions of a text start no name and must be rejected with a single load.
 *
 * <p>Adding is allowed at any time (names learned during a run); lookups are not synchronised with
 * adding, so a trie that is still growing belongs to one thread.</p>
 *
 * @param <V> what a complete name leads to
 */
final class CharTrie<V> {

    private static final int ROOT = 0;

    private final int[] rootChildren = new int[Character.MAX_VALUE + 1];
    private long[] keys = new long[64];
    private int[] children = new int[64];
    private int transitions;
    private final List<V> values = new ArrayList<>();
    private int nodes = 1;

    /** Adds {@code word} (a no-op for the empty string) and returns the previous value, or null. */
    V put(String word, V value) {
        if (word.isEmpty()) {
            return null;
        }
        int node = ROOT;
        for (int i = 0; i < word.length(); i++) {
            int next = child(node, word.charAt(i));
            if (next < 0) {
                next = nodes++;
                link(node, word.charAt(i), next);
            }
            node = next;
        }
        while (values.size() <= node) {
            values.add(null);
        }
        return values.set(node, value);
    }

    /** The node reached from {@code node} by {@code c}, or -1. */
    int child(int node, char c) {
        if (node == ROOT) {
            return rootChildren[c] - 1;
        }
        long key = key(node, c);
        int mask = keys.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            long k = keys[slot];
            if (k == key) {
                return children[slot];
            }
            if (k == 0) {
                return -1;
            }
        }
    }

    /** What the name ending at {@code node} leads to, or null when no name ends there. */
    V value(int node) {
        return node < values.size() ? values.get(node) : null;
    }

    static int root() {
        return ROOT;
    }

    private void link(int node, char c, int child) {
        if (node == ROOT) {
            rootChildren[c] = child + 1;
            return;
        }
        if (2 * (transitions + 1) > keys.length) {
            grow();
        }
        insert(keys, children, key(node, c), child);
        transitions++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldChildren = children;
        keys = new long[oldKeys.length * 2];
        children = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(keys, children, oldKeys[i], oldChildren[i]);
            }
        }
    }

    private static void insert(long[] keys, int[] children, long key, int child) {
        int mask = keys.length - 1;
        int slot = slot(key, mask);
        while (keys[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        children[slot] = child;
    }

    /** Never 0 for a non-root node, so 0 marks an empty slot. */
    private static long key(int node, char c) {
        return ((long) node << 16) | c;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
