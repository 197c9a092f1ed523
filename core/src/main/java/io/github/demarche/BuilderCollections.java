package io.github.demarche;

import java.util.ArrayList;
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
