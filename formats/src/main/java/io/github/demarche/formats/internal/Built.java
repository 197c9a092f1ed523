package io.github.demarche.formats.internal;

import io.github.demarche.AttributeValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A value a reader built from some cells of a row, with the attributes it left for the cells the
 * value could not hold, in the order it added them: what a reader remembers ({@link Recent}) so that
 * a later row with the same cells gets the same value and the same attributes without building again.
 *
 * @param <V>  the type of the value, immutable
 */
public final class Built<V> {

    private final V value;
    private final List<Map.Entry<String, AttributeValue>> attributes;

    private Built(V value, List<Map.Entry<String, AttributeValue>> attributes) {
        this.value = value;
        this.attributes = attributes;
    }

    /**
     * Takes a value just built, with the attributes added since the map held a given number.
     *
     * @param value  the value, not null
     * @param attributes  the row's attributes, in the order they were added (a {@code LinkedHashMap}), not null
     * @param before  how many attributes the map held before the value was built
     * @param <V>  the type of the value
     * @return the value with its attributes, not null
     */
    public static <V> Built<V> since(V value, Map<String, AttributeValue> attributes, int before) {
        Objects.requireNonNull(value, "value");
        if (attributes.size() == before) {
            return new Built<>(value, List.of());
        }
        List<Map.Entry<String, AttributeValue>> added = new ArrayList<>(attributes.size() - before);
        Iterator<Map.Entry<String, AttributeValue>> entries = attributes.entrySet().iterator();
        for (int i = 0; entries.hasNext(); i++) {
            Map.Entry<String, AttributeValue> entry = entries.next();
            if (i >= before) {
                added.add(Map.entry(entry.getKey(), entry.getValue()));
            }
        }
        return new Built<>(value, List.copyOf(added));
    }

    /**
     * Checks if building the value left attributes, which are those of the columns it was built from.
     *
     * @return true if {@link #replay} adds attributes
     */
    public boolean hasAttributes() {
        return !attributes.isEmpty();
    }

    /**
     * Adds the attributes to a row's, in their order, and gets the value.
     *
     * @param rowAttributes  the row's attributes, not null
     * @return the value, not null
     */
    public V replay(Map<String, AttributeValue> rowAttributes) {
        for (Map.Entry<String, AttributeValue> entry : attributes) {
            rowAttributes.put(entry.getKey(), entry.getValue());
        }
        return value;
    }
}
