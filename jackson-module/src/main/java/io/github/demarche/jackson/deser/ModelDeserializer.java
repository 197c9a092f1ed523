package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.demarche.ValidationException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;

/**
 * Reads one type of the model from a stream of tokens, through the model's builders and factories.
 *
 * <p>Nested values are read by calling the nested type's {@link #read} directly. Only
 * {@link #deserialize}, the method Jackson calls, catches exceptions: there it adds the JSON path
 * (see {@link JsonPaths}) and turns anything that is not already a mapping exception into one, so
 * that no {@code NullPointerException} or bare {@code IllegalArgumentException} leaves the module.
 * Malformed JSON and exceeded stream constraints ({@code StreamReadException}s, which carry the
 * line and column) pass through as they are.
 *
 * <p>A field that comes twice in one object is rejected by {@link #once}, whatever the mapper's
 * settings, with the {@code JsonParseException} that Jackson's
 * {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION} throws: a bit per field, where the parser's
 * check would allocate a set for every object.
 *
 * @param <T>  the type read
 */
abstract class ModelDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** The names of the fields of the type, for the message of an unknown property. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<Object> fields;
    /** The same names: the field at index {@code i} is bit {@code 1 << i} of the fields read. */
    private final String[] names;

    ModelDeserializer(Class<T> type, String... fields) {
        super(type);
        if (fields.length > Integer.SIZE) {
            throw new IllegalArgumentException("ModelDeserializer must have at most 32 fields, got " + fields.length);
        }
        this.fields = List.of((Object[]) fields);
        this.names = fields.clone();
    }

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonStreamContext stop = JsonPaths.stop(p);
        try {
            return read(p, ctxt);
        } catch (JsonMappingException e) {
            throw JsonPaths.locate(e, p, stop, handledType());
        } catch (ValidationException e) {
            // each rule is reported where it is checked, with its attribute; this is a safety net
            throw JsonPaths.locate(Failures.invalid(p, ctxt, handledType(), e, ""), p, stop, handledType());
        } catch (RuntimeException e) {
            JsonMappingException wrapped = JsonMappingException.from(p, Failures.typeName(handledType())
                    + " could not be read: " + e, e);
            throw JsonPaths.locate(wrapped, p, stop, handledType());
        }
    }

    /**
     * Reads a value that starts at the current token and leaves the parser on its last token.
     * Exceptions carry the path within the value only as far as a rule of the value itself adds it.
     */
    abstract T read(JsonParser p, DeserializationContext ctxt) throws IOException;

    /**
     * Marks a field of the object being read as read, the parser on its name.
     *
     * @param p  the parser, on the name of the field
     * @param present  the fields of the object read so far, a bit each
     * @param field  the name of the field
     * @return {@code present} with the bit of the field set; unchanged for a field the type does not have
     * @throws JsonParseException {@code Duplicate field 'id'} if the field was read before in the object
     */
    final int once(JsonParser p, int present, String field) throws JsonParseException {
        String[] names = this.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i] == field) {  // Jackson interns field names: usually found by identity
                return once(p, present, 1 << i, field);
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(field)) {
                return once(p, present, 1 << i, field);
            }
        }
        return present;
    }

    private static int once(JsonParser p, int present, int bit, String field) throws JsonParseException {
        if ((present & bit) != 0) {
            throw duplicate(p, field);
        }
        return present | bit;
    }

    /** The exception of a field that comes twice, in the words of Jackson's parser. */
    static JsonParseException duplicate(JsonParser p, String field) {
        return new JsonParseException(p, "Duplicate field '" + field + "'");
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return fields.isEmpty() ? null : fields;
    }
}
