package io.github.demarche.jackson.deser;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Values read recently, by the hash of what they were read from, in a small direct-mapped table:
 * the caller looks a value up by a hash, checks that it is the one it would build, and puts the
 * value it built in its slot, replacing the one there. Cheaper than a map for values that are
 * read again and again: no key is made and nothing is locked. Thread-safe, for immutable values
 * (a slot may be read and written without ordering); a deserialized table starts empty.
 *
 * @param <V>  the values, immutable
 */
final class Recent<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The number of slots, a power of two. */
    private final int capacity;
    /** The values by slot; null where none was put. */
    private transient AtomicReferenceArray<V> slots;

    /** Creates a table of {@code capacity} slots, a power of two. */
    Recent(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("Recent.capacity must be a power of two, got " + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Gets the value in the slot of a hash, which the caller checks, or null. */
    V get(int hash) {
        return slots.getPlain(slot(hash));
    }

    /** Puts a value in the slot of a hash. */
    void put(int hash, V value) {
        slots.setPlain(slot(hash), value);
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (capacity - 1);
    }

    /** Restores an empty table of the same capacity. */
    private Object readResolve() {
        return new Recent<V>(capacity);
    }
}
