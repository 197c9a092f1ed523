package io.github.demarche;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The lists and maps of the builders written by hand ({@link Actor.Builder}, {@link Statement.Builder}):
 * a list or map is made when its first element is added, and building gives the same unmodifiable
 * collections as {@code List.copyOf} and {@code Map.copyOf} gave the generated builders, of the same
 * classes, so that a value built either way is the same.
 *
 * <p>A builder keeps each list in a field that is null while nothing was added. The first element
 * added is kept as a {@code List.of(element)}, which {@link #toList(List)} takes as it is: most
 * statements have one speaker, one source and one stance, and most actors one alias at most. The
 * second element moves the list to an {@code ArrayList}, which the builder then keeps for the
 * others. An unmodifiable list given to an empty attribute is kept as given, once checked for null.
 * A setter that replaces a list or the map lets the builder's go (sets its field to null).
 * A null element is refused with a {@link NullPointerException} whose message names the attribute,
 * such as {@code "aliases element"}, as the generated builders did.
 *
 * <p>A builder may keep a map as {@link Entries} (as {@link Event.Builder} does): the entries in the
 * order their keys were first put, which building turns into the map at once, rather than a
 * {@code LinkedHashMap} copied again by {@code Map.copyOf}.
 */
final class BuilderCollections {

    /**
     * The classes of the JDK's unmodifiable lists, made by {@code List.of} and
     * {@code List.copyOf}: such a list never changes, so that a setter given one for an empty
     * attribute keeps it as given (once checked for null), and {@code toList} takes it as it is
     * (its {@code List.copyOf} returns the same list), rather than copying it twice.
     */
    private static final Class<?> LIST_12 = List.of("").getClass();
    private static final Class<?> LIST_N = List.of("", "", "").getClass();

    /** The classes of the JDK's unmodifiable maps, made by {@code Map.of} and {@code Map.copyOf}. */
    private static final Class<?> MAP_1 = Map.of("", "").getClass();
    private static final Class<?> MAP_N = Map.of("", "", " ", "").getClass();

    private BuilderCollections() {
    }

    /**
     * Adds an element to a builder's list.
     *
     * @param list  the builder's list, null while empty
     * @param element  the element, null refused
     * @param what  the message of the exception for a null element, such as {@code "aliases element"}
     * @param <T>  the type of the elements
     * @return the list to keep, not null
     * @throws NullPointerException if the element is null
     */
    static <T> List<T> add(List<T> list, T element, String what) {
        Objects.requireNonNull(element, what);
        if (list == null) {
            return List.of(element);
        }
        List<T> target = modifiable(list);
        target.add(element);
        return target;
    }

    /**
     * Gets the list to which {@link #addAll(List, Iterable, String)} adds elements, for the builder
     * to keep before they are added, so that the elements before a null one stay added, as the
     * generated builders left them: an unmodifiable list without null given to an empty attribute
     * is kept as given; otherwise the list the builder made, or a new one.
     *
     * @param list  the builder's list, null while empty
     * @param elements  the elements to add
     * @param <T>  the type of the elements
     * @return the list to keep, not null
     */
    static <T> List<T> forAddAll(List<T> list, Iterable<? extends T> elements) {
        if (list == null && isUnmodifiableAndNullFree(elements)) {
            return unmodifiable(elements);
        }
        return modifiable(list);
    }

    /**
     * Adds elements to the list {@link #forAddAll(List, Iterable)} gave, unless it is the given
     * list itself, kept as it is.
     *
     * @param target  the list from {@code forAddAll}
     * @param elements  the elements, none null
     * @param what  the message of the exception for a null element, such as {@code "aliases element"}
     * @param <T>  the type of the elements
     * @throws NullPointerException if an element is null, after the elements before it are added
     */
    static <T> void addAll(List<T> target, Iterable<? extends T> elements, String what) {
        if (target == elements) {
            return;
        }
        for (T element : elements) {
            target.add(Objects.requireNonNull(element, what));
        }
    }

    /**
     * Gets the unmodifiable list a built value holds: what {@code List.copyOf} gives, without
     * copying a list of one or two elements through an array.
     *
     * @param list  the builder's list, null while empty
     * @param <T>  the type of the elements
     * @return the unmodifiable list, not null
     */
    static <T> List<T> toList(List<T> list) {
        if (list == null) {
            return List.of();
        }
        if (list instanceof ArrayList) {
            switch (list.size()) {
                case 0:
                    return List.of();
                case 1:
                    return List.of(list.get(0));
                case 2:
                    return List.of(list.get(0), list.get(1));
                default:
                    break;
            }
        }
        // an unmodifiable list as it is; one of Stream.toList(), which may hold null, copied
        return List.copyOf(list);
    }

    /**
     * Puts an entry in a builder's map, made on the first entry.
     *
     * @param map  the builder's map, null while empty
     * @param key  the key, null refused
     * @param value  the value, null refused
     * @param what  the name of the attribute, such as {@code "attributes"}
     * @param <V>  the type of the values
     * @return the map to keep, not null
     * @throws NullPointerException if the key or the value is null
     */
    static <V> Map<String, V> put(Map<String, V> map, String key, V value, String what) {
        Objects.requireNonNull(key, what + " key");
        Objects.requireNonNull(value, value == null ? what + " value for key: " + key : null);
        Map<String, V> target = map == null ? new LinkedHashMap<>(4) : map;
        target.put(key, value);
        return target;
    }

    /**
     * Gets the unmodifiable map a built value holds, as {@code Map.copyOf} gives it.
     *
     * @param map  the builder's map, null while empty
     * @param <V>  the type of the values
     * @return the unmodifiable map, not null
     */
    static <V> Map<String, V> toMap(Map<String, V> map) {
        return map == null ? Map.of() : Map.copyOf(map);
    }

    /**
     * Puts an entry in a builder's {@link Entries}, made on the first entry; a key put again keeps
     * its place and takes the new value, as in the {@code LinkedHashMap} of the generated builders.
     *
     * @param map  the builder's entries, null while empty
     * @param key  the key, null refused
     * @param value  the value, null refused
     * @param what  the name of the attribute, such as {@code "attributes"}
     * @param <V>  the type of the values
     * @return the entries to keep, not null
     * @throws NullPointerException if the key or the value is null
     */
    static <V> Entries<V> putEntry(Entries<V> map, String key, V value, String what) {
        checkEntry(key, value, what);
        Entries<V> target = map == null ? new Entries<>(4) : map;
        target.put(key, value);
        return target;
    }

    /**
     * Gets the entries to which {@link #putAll(Entries, Map, String)} puts those of a map, for the
     * builder to keep before they are put, so that the entries before a null key or value stay
     * put, as the generated builders left them: the builder's entries, made if there are entries to
     * put.
     *
     * @param map  the builder's entries, null while empty
     * @param entries  the entries to put
     * @param <V>  the type of the values
     * @return the entries to keep, null while still empty
     */
    static <V> Entries<V> forPutAll(Entries<V> map, Map<String, ? extends V> entries) {
        return map == null && !entries.isEmpty() ? new Entries<>(entries.size()) : map;
    }

    /**
     * Puts the entries of a map, in its order, in the entries {@link #forPutAll(Entries, Map)}
     * gave.
     *
     * <p>A {@code HashMap}, a {@code LinkedHashMap} or an unmodifiable map of the JDK put in empty
     * entries, the usual case, is copied at once into the map to build, as {@code Map.copyOf}
     * copies it: its keys are distinct, and the array of its entries gives their order should
     * another entry be put. An unmodifiable map is copied too, not kept as given as an unmodifiable
     * list is: the order in which {@code Map.copyOf} iterates depends on the order its entries were
     * put in, and the generated builders copied such a map into their {@code LinkedHashMap}, in its
     * iteration order, then into another by {@code Map.copyOf}.
     *
     * @param target  the entries from {@code forPutAll}, null if there was nothing to put
     * @param entries  the entries, no key or value null
     * @param what  the name of the attribute, such as {@code "attributes"}
     * @param <V>  the type of the values
     * @throws NullPointerException if a key or a value is null, after the entries before it are put
     */
    static <V> void putAll(Entries<V> target, Map<String, ? extends V> entries, String what) {
        if (target == null) {
            return;
        }
        Class<?> type = entries.getClass();
        boolean distinct = target.isEmpty()
                && (type == HashMap.class || type == LinkedHashMap.class || type == MAP_1 || type == MAP_N);
        if (distinct && target.copy(entries)) {
            return;
        }
        for (Map.Entry<String, ? extends V> entry : entries.entrySet()) {
            String key = entry.getKey();
            V value = entry.getValue();
            checkEntry(key, value, what);
            if (distinct) {
                target.append(key, value);
            } else {
                target.put(key, value);
            }
        }
    }

    /** Refuses a null key or value, the message (made only then) naming the attribute. */
    private static void checkEntry(String key, Object value, String what) {
        if (key == null) {
            throw new NullPointerException(what + " key");
        }
        if (value == null) {
            throw new NullPointerException(what + " value for key: " + key);
        }
    }

    /**
     * Gets the unmodifiable map a built value holds: what {@code Map.copyOf} gives from the
     * {@code LinkedHashMap} of a generated builder holding the same entries in the same order (of
     * the same class, iterating in the same order), made from the entries at once rather than
     * through a second hash table.
     *
     * @param map  the builder's entries, null while empty
     * @param <V>  the type of the values
     * @return the unmodifiable map, not null
     */
    static <V> Map<String, V> toMap(Entries<V> map) {
        return map == null ? Map.of() : map.toMap();
    }

    /**
     * The entries of a builder's map, in the order their keys were first put: an array of
     * {@code Map.entry} pairs, which {@code Map.ofEntries} turns into the map to build, as
     * {@code Map.copyOf} turns a {@code LinkedHashMap} into the array of its entries and that into
     * the map; or, after a map put in empty entries, the map to build, copied from it at once, and
     * the array of its entries, kept for the order of their keys until another entry is put.
     *
     * @param <V>  the type of the values
     */
    static final class Entries<V> {

        private final int capacity;
        private Map.Entry<String, V>[] entries;
        private int size;
        private Map<String, V> copied;
        private Map.Entry<?, ?>[] copiedOrder;

        private Entries(int capacity) {
            this.capacity = capacity;
        }

        private boolean isEmpty() {
            return size == 0 && copied == null;
        }

        /**
         * Copies a map with distinct keys into empty entries at once, unless it holds a null key
         * or value (then its entries are to be put one by one, up to the null one).
         */
        @SuppressWarnings("unchecked")  // the entries of a Map<String, ? extends V>
        private boolean copy(Map<String, ? extends V> map) {
            Map.Entry<?, ?>[] array = map.entrySet().toArray(new Map.Entry<?, ?>[0]);
            for (Map.Entry<?, ?> entry : array) {
                if (entry.getKey() == null || entry.getValue() == null) {
                    return false;
                }
            }
            // the values read once, by Map.ofEntries: a later change to the map's own entries is not seen
            copied = Map.ofEntries((Map.Entry<String, V>[]) array);
            copiedOrder = array;
            return true;
        }

        /** Puts an entry, replacing the value of a key already there in its place. */
        private void put(String key, V value) {
            uncopy();
            int hash = key.hashCode();
            for (int i = 0; i < size; i++) {
                String existing = entries[i].getKey();
                if (existing.hashCode() == hash && existing.equals(key)) {
                    entries[i] = Map.entry(key, value);
                    return;
                }
            }
            append(key, value);
        }

        /** Adds an entry whose key is known not to be there, to entries not {@link #copy copied}. */
        @SuppressWarnings("unchecked")  // an array of Map.Entry holds only what put and append store
        private void append(String key, V value) {
            if (entries == null) {
                entries = (Map.Entry<String, V>[]) new Map.Entry<?, ?>[capacity];
            } else if (size == entries.length) {
                entries = Arrays.copyOf(entries, size + Math.max(4, size >> 1));
            }
            entries[size++] = Map.entry(key, value);
        }

        /**
         * Turns a map copied at once back into entries, in the order of the entries it was copied
         * from (whose keys do not change), before another is put.
         */
        @SuppressWarnings("unchecked")  // an array of Map.Entry holds only what put and append store
        private void uncopy() {
            if (copied == null) {
                return;
            }
            Map<String, V> map = copied;
            Map.Entry<?, ?>[] order = copiedOrder;
            copied = null;
            copiedOrder = null;
            entries = (Map.Entry<String, V>[]) new Map.Entry<?, ?>[order.length + 4];
            for (Map.Entry<?, ?> entry : order) {
                String key = (String) entry.getKey();
                entries[size++] = Map.entry(key, map.get(key));
            }
        }

        private Map<String, V> toMap() {
            if (copied != null) {
                return copied;
            }
            if (size == 0) {
                return Map.of();
            }
            return Map.ofEntries(size == entries.length ? entries : Arrays.copyOf(entries, size));
        }
    }

    /** Takes an unmodifiable list as it is. */
    @SuppressWarnings("unchecked")  // an unmodifiable List<? extends T> is only read, as a List<T>
    private static <T> List<T> unmodifiable(Iterable<? extends T> elements) {
        return (List<T>) elements;
    }

    /** Gets a list the builder may add to: the one it made, or a new one with room for more. */
    private static <T> List<T> modifiable(List<T> list) {
        if (list instanceof ArrayList) {
            return list;
        }
        List<T> copy = new ArrayList<>(list == null ? 4 : list.size() + 4);
        if (list != null) {
            copy.addAll(list);
        }
        return copy;
    }

    /** Checks for an unmodifiable list without null (which {@code Stream.toList()}'s may hold). */
    private static boolean isUnmodifiableAndNullFree(Iterable<?> elements) {
        Class<?> type = elements == null ? null : elements.getClass();
        if (type != LIST_12 && type != LIST_N) {
            return false;
        }
        List<?> list = (List<?>) elements;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                return false;
            }
        }
        return true;
    }
}
