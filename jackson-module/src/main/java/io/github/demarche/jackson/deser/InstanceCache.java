package io.github.demarche.jackson.deser;

import java.io.Serializable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small, bounded, thread-safe map from what was read to the value built from it, so that
 * identical actors, sources, dates and country codes read many times share one instance.
 *
 * <p>A key holds everything a value is built from, so equal keys build equal values: a value is
 * only ever returned for input that builds an equal one. Only values that were built successfully
 * are cached. When the cache is full it is emptied, which bounds its memory without the cost of
 * tracking use. A deserialized cache starts empty.
 *
 * @param <K>  what a value is built from
 * @param <V>  the value
 */
final class InstanceCache<K, V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int capacity;
    private transient ConcurrentHashMap<K, V> values;
    private transient AtomicInteger size;

    InstanceCache(int capacity) {
        this.capacity = capacity;
        this.values = new ConcurrentHashMap<>();
        this.size = new AtomicInteger();
    }

    /** Gets the value built from the key, or null. */
    V get(K key) {
        return values.get(key);
    }

    /** Caches a value built from the key and returns the cached instance, the given one if it is new. */
    V intern(K key, V value) {
        if (size.incrementAndGet() > capacity) {
            values.clear();
            size.set(1);
        }
        V previous = values.putIfAbsent(key, value);
        return previous != null ? previous : value;
    }

    /** Restores an empty cache of the same capacity. */
    private Object readResolve() {
        return new InstanceCache<K, V>(capacity);
    }
}
