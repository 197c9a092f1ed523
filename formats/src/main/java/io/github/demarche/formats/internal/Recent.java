package io.github.demarche.formats.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The values a reader made for the keys it saw last, at most a given number, so that rows that
 * repeat something share one value instead of building and checking it again: the events that
 * GDELT codes from one article share its source, and an event's places repeat its actors' places.
 * The values are immutable model values, so sharing one is not seen by users, except as less heap.
 *
 * <p>The least recently used key is forgotten first. Not thread-safe: one per reader. A memory of
 * capacity 0 remembers nothing, for a row mapped alone.
 *
 * @param <K>  the type of keys, with value equality
 * @param <V>  the type of values, immutable
 */
public final class Recent<K, V> {

    /** Null for a memory of capacity 0. */
    private final Map<K, V> values;

    /**
     * Creates an empty memory.
     *
     * @param capacity  the most keys remembered, 0 to remember nothing
     * @throws IllegalArgumentException if the capacity is negative
     */
    public Recent(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative, got " + capacity);
        }
        this.values = capacity == 0 ? null : new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Gets the value remembered for a key.
     *
     * @param key  the key, not null
     * @return the value, or null if the key is not remembered
     */
    public V get(K key) {
        Objects.requireNonNull(key, "key");
        return values == null ? null : values.get(key);
    }

    /**
     * Remembers a value for a key, forgetting the least recently used key if full.
     *
     * @param key  the key, not null; a key that is a view of mutable data must be copied first
     * @param value  the value, not null
     */
    public void put(K key, V value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        if (values != null) {
            values.put(key, value);
        }
    }

    /**
     * Gets how many keys are remembered.
     *
     * @return the number of keys, at most the capacity
     */
    public int size() {
        return values == null ? 0 : values.size();
    }
}
