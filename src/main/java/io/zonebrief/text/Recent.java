package io.zonebrief.text;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A function's results for the last few arguments it was given, kept per thread: the analysis asks
 * the same question of the same short text many times (the words before each name, a label tried
 * several ways), and the answers depend on the text alone. Results must not be changed by callers.
 *
 * @param <K> the argument
 * @param <V> the result
 */
public final class Recent<K, V> {

    private final Function<K, V> compute;
    private final ThreadLocal<Map<K, V>> recent;

    private Recent(Function<K, V> compute, int size) {
        this.compute = compute;
        this.recent = ThreadLocal.withInitial(() -> new LinkedHashMap<>(size, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    /** Remembers the last {@code size} results of {@code compute} per thread. */
    public static <K, V> Recent<K, V> of(Function<K, V> compute, int size) {
        return new Recent<>(compute, size);
    }

    /** What {@code compute} gives for {@code key}, computed once while it is among the recent ones. */
    public V get(K key) {
        Map<K, V> map = recent.get();
        V value = map.get(key);
        if (value == null) {
            value = compute.apply(key);
            map.put(key, value);
        }
        return value;
    }
}
