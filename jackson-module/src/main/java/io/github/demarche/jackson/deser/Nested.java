package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.Serializable;

/**
 * The deserializer of a nested type as the mapper resolves it, once, when the deserializer that
 * holds the value is made contextual: so that a user's mix-in or deserializer for {@code Actor}
 * reads the speakers of a {@code Statement} too. When the mapper resolves the module's own
 * deserializer, it is called directly, without the path handling of
 * {@link ModelDeserializer#deserialize}, which only the outermost one does.
 *
 * @param <V>  the nested type
 */
final class Nested<V> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Class<V> type;
    /** The module's deserializer, or null. */
    private final ModelDeserializer<V> own;
    /** A user's deserializer, or null. */
    @SuppressWarnings("serial")  // Jackson's deserializers are not serializable; neither is a mapper
    private final JsonDeserializer<?> other;

    private Nested(Class<V> type, ModelDeserializer<V> own, JsonDeserializer<?> other) {
        this.type = type;
        this.own = own;
        this.other = other;
    }

    /** The module's own deserializer, before the mapper resolves it: until then, nested values are read by it. */
    static <V> Nested<V> of(Class<V> type, ModelDeserializer<V> own) {
        return new Nested<>(type, own, null);
    }

    /** Resolves the deserializer of the type from the mapper's configuration. */
    @SuppressWarnings("unchecked")
    Nested<V> resolve(DeserializationContext ctxt) throws JsonMappingException {
        JsonDeserializer<?> found = ctxt.findContextualValueDeserializer(ctxt.constructType(type), null);
        if (found instanceof ModelDeserializer && ((ModelDeserializer<?>) found).handledType() == type) {
            return found == own ? this : new Nested<>(type, (ModelDeserializer<V>) found, null);
        }
        return new Nested<>(type, null, found);
    }

    /** Reads a value of the type that starts at the current token, the parser left on its last token. */
    V read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return own != null ? own.read(p, ctxt) : other(p, ctxt, null, null);
    }

    /** Reads a value of the type held by an attribute of another type, which messages then name. */
    V read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute) throws IOException {
        return own != null ? own.read(p, ctxt, owner, attribute) : other(p, ctxt, owner, attribute);
    }

    /** Reads an array of values of the type held by an attribute of another type: {@code [{...},{...}]}. */
    List<V> readAll(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute) throws IOException {
        Tokens.startArray(p, ctxt, owner, attribute);
        List<V> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(read(p, ctxt));
        }
        return values;
    }

    /** Reads through a user's deserializer; {@code null} stays an error, as it is everywhere in the format. */
    private V other(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute) throws IOException {
        Object value = p.currentToken() == JsonToken.VALUE_NULL ? other.getNullValue(ctxt) : other.deserialize(p, ctxt);
        if (value == null) {
            return type.cast(Failures.unexpected(p, ctxt, type, owner == null ? type : owner, attribute,
                    owner == null ? "an object" : "a string"));
        }
        return type.cast(value);
    }
}
