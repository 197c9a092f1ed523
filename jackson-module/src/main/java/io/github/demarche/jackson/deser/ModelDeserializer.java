package io.github.demarche.jackson.deser;

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
 * @param <T>  the type read
 */
abstract class ModelDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    /** The names of the fields of the type, for the message of an unknown property. */
    private final List<Object> fields;

    ModelDeserializer(Class<T> type, String... fields) {
        super(type);
        this.fields = List.of((Object[]) fields);
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

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return fields.isEmpty() ? null : fields;
    }
}
