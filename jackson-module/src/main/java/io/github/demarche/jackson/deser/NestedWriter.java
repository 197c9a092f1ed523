package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.Serializable;

/**
 * The serializer of a nested type as the mapper resolves it, once, when the serializer that holds
 * the value is made contextual: so that a user's mix-in or serializer for {@code Actor} writes the
 * speakers of a {@code Statement} too. The module's own serializer is called directly.
 *
 * @param <V>  the nested type
 */
final class NestedWriter<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<V> type;
    /** The module's serializer, or null. */
    private final ObjectSerializer<V, ?> own;
    /** A user's serializer, or null. */
    @SuppressWarnings("serial")  // Jackson's serializers are not serializable; neither is a mapper
    private final JsonSerializer<Object> other;

    private NestedWriter(Class<V> type, ObjectSerializer<V, ?> own, JsonSerializer<Object> other) {
        this.type = type;
        this.own = own;
        this.other = other;
    }

    /** The module's own serializer, before the mapper resolves it. */
    static <V> NestedWriter<V> of(Class<V> type, ObjectSerializer<V, ?> own) {
        return new NestedWriter<>(type, own, null);
    }

    /** Resolves the serializer of the type from the mapper's configuration. */
    @SuppressWarnings("unchecked")
    NestedWriter<V> resolve(SerializerProvider provider) throws JsonMappingException {
        JsonSerializer<Object> found = provider.findValueSerializer(type, null);
        if (found instanceof ObjectSerializer && found.handledType() == type) {
            return found == own ? this : new NestedWriter<>(type, (ObjectSerializer<V, ?>) (Object) found, null);
        }
        return new NestedWriter<>(type, null, found);
    }

    /** Writes a value, not null, at the generator's current position. */
    void write(V value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        if (own != null) {
            own.write(value, gen, provider);
        } else {
            other.serialize(value, gen, provider);
        }
    }
}
