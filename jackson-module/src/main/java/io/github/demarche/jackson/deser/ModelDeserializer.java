package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import io.github.demarche.ValidationException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one type of the model from a stream of tokens, through the model's builders and factories:
 * the base of every deserializer of the module, as {@code JSR310DeserializerBase} is of
 * jackson-datatype-jsr310's. Object types extend {@link ObjectDeserializer}, which reads the fields
 * of a type from the one list that declares them; texts, dates and enums extend this class.
 *
 * <p>Only {@link #deserialize}, the method Jackson calls, catches exceptions: there it adds the JSON
 * path (see {@link JsonPaths}) and turns anything that is not already a mapping exception into one,
 * so that no {@code NullPointerException} or bare {@code IllegalArgumentException} leaves the module.
 * Nested values are read by {@link #read}, without try-catch blocks. Malformed JSON and exceeded
 * stream constraints ({@code StreamReadException}s, which carry the line and column) pass through as
 * they are. Failures go through the {@code DeserializationContext} where Jackson offers a hook
 * (see {@link Failures}), so that a user's problem handlers run.
 *
 * @param <T>  the type read
 */
abstract class ModelDeserializer<T> extends StdDeserializer<T> {

    private static final long serialVersionUID = 1L;

    ModelDeserializer(Class<T> type) {
        super(type);
    }

    /** A copy, for a deserializer made contextual. */
    ModelDeserializer(ModelDeserializer<T> source) {
        super(source);
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
     * Reads a value held by an attribute of another type, which the messages of a text value name
     * ({@code Statement.date must be a string, got 42}); objects name themselves.
     */
    T read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute) throws IOException {
        return read(p, ctxt);
    }

    /** Reads an array of values held by an attribute of another type: {@code [{...},{...}]}. */
    final List<T> readAll(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute)
            throws IOException {
        Tokens.startArray(p, ctxt, owner, attribute);
        List<T> values = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            values.add(read(p, ctxt));
        }
        return values;
    }
}
