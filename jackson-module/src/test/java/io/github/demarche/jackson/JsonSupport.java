package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;

/** The mapper of the tests, the one {@link DemarcheJson#newObjectMapper()} recommends, and short ways to use it. */
public final class JsonSupport {

    public static final JsonMapper MAPPER = DemarcheJson.newObjectMapper();

    private JsonSupport() {
    }

    /** Writes a value as compact JSON. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a value, letting the mapping exceptions through. */
    public static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    /** Writes a value and reads it back as its own type. */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T value) {
        try {
            return (T) MAPPER.readValue(write(value), modelType(value));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The model type of a value: the public abstract type of a package-private implementation
     * (a generated {@code ImmutableX}, or the hand-written {@code ActorValue}, {@code StatementValue}
     * or {@code EventValue}), the class otherwise.
     */
    public static Class<?> modelType(Object value) {
        Class<?> type = value.getClass();
        while (!Modifier.isPublic(type.getModifiers())) {
            type = type.getSuperclass();
        }
        return type;
    }

    /** Turns single quotes into double quotes, so that JSON in tests reads without escapes. */
    public static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }
}
