package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads an object type of the model from the enum that lists its fields ({@link ObjectField}):
 * the loop over the fields of the object, the dispatch of each field to its constant, the rejection
 * of a field that comes twice, and unknown properties, are here once for every type. A type
 * supplies what it reads into ({@link #start}), how a field is read ({@link #readField}, which
 * calls the field's constant) and how the value is built at the end ({@link #build}).
 *
 * <p>A field that comes twice in one object is rejected, whatever the mapper's settings, with the
 * {@code JsonParseException} that Jackson's {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}
 * throws: a bit per field (the constant's ordinal), where the parser's check would allocate a set
 * for every object. A field the type does not have goes to
 * {@code DeserializationContext.handleUnknownProperty}: the mapper's problem handlers, then
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}.
 *
 * <p>Nested values of the model are read by the deserializers the mapper resolves for them
 * ({@link Nested}), once, in {@link #createContextual}: a type that holds nested values overrides
 * {@link #resolve} to return a copy that holds them resolved.
 *
 * @param <T>  the type read
 * @param <F>  the enum of its fields
 * @param <S>  what the fields are read into: the type's builder, or a state of the deserializer's own
 */
abstract class ObjectDeserializer<T, F extends Enum<F> & ObjectField, S> extends ModelDeserializer<T>
        implements ContextualDeserializer {

    private static final long serialVersionUID = 1L;

    /** The fields, by ordinal: the field at index {@code i} is bit {@code 1 << i} of the fields read. */
    private final F[] fields;
    /** Their JSON names, interned as Jackson interns the names it reads: usually found by identity. */
    private final String[] names;
    /** The same names, for the message of an unknown property. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<Object> known;

    ObjectDeserializer(Class<T> type, Class<F> fieldType) {
        super(type);
        this.fields = fieldType.getEnumConstants();
        if (fields.length > Integer.SIZE) {
            throw new IllegalArgumentException("ObjectDeserializer must have at most 32 fields, got " + fields.length);
        }
        this.names = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            names[i] = fields[i].json().text();
        }
        this.known = List.of((Object[]) names);
    }

    /** A copy, for {@link #resolve}. */
    ObjectDeserializer(ObjectDeserializer<T, F, S> source) {
        super(source);
        this.fields = source.fields;
        this.names = source.names;
        this.known = source.known;
    }

    @Override
    public final JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
            throws JsonMappingException {
        return resolve(ctxt);
    }

    /**
     * Gets this deserializer with the deserializers of its nested types resolved from the mapper's
     * configuration; this one for a type without nested values.
     */
    ObjectDeserializer<T, F, S> resolve(DeserializationContext ctxt) throws JsonMappingException {
        return this;
    }

    @Override
    T read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return readObject(p, ctxt, start());
    }

    /**
     * Reads the object that starts at the current token (or at its first field, where Jackson has
     * read the start already) into {@code state}, and builds the value.
     */
    @SuppressWarnings("unchecked")
    final T readObject(JsonParser p, DeserializationContext ctxt, S state) throws IOException {
        JsonToken token = p.currentToken();
        String name;
        if (token == JsonToken.START_OBJECT) {
            name = p.nextFieldName();
        } else if (token == JsonToken.FIELD_NAME) {
            name = p.currentName();
        } else if (token == JsonToken.END_OBJECT) {
            name = null;
        } else {
            return (T) Failures.unexpected(p, ctxt, handledType(), handledType(), null, "an object");
        }
        F[] fields = this.fields;
        int present = 0;
        for (; name != null; name = p.nextFieldName()) {
            int index = indexOf(name);
            if (index < 0) {
                p.nextToken();
                Tokens.unknown(p, ctxt, this, handledType(), name);
                continue;
            }
            int bit = 1 << index;
            if ((present & bit) != 0) {
                throw duplicate(p, name);
            }
            present |= bit;
            p.nextToken();
            readField(fields[index], p, ctxt, state);
        }
        return build(p, ctxt, state);
    }

    private int indexOf(String name) {
        String[] names = this.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** The exception of a field that comes twice, in the words of Jackson's parser. */
    static JsonParseException duplicate(JsonParser p, String field) {
        return new JsonParseException(p, "Duplicate field '" + field + "'");
    }

    /** Starts reading a value: a new builder, or a state of the deserializer's own. */
    abstract S start();

    /** Reads the value of a field, the parser on it, into the state: calls the field's constant. */
    abstract void readField(F field, JsonParser p, DeserializationContext ctxt, S state) throws IOException;

    /**
     * Builds the value from the fields read, the parser on the end of the object; the core's
     * violations are reported as an {@code InvalidValueException} ({@link Failures#invalid}).
     */
    abstract T build(JsonParser p, DeserializationContext ctxt, S state) throws IOException;

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return known;
    }
}
