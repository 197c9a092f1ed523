package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Reads a map key of the model: an enum name, a country code or an approximate date, in the same
 * text form as the values. A text that is not one is reported through
 * {@code DeserializationContext.handleWeirdKey}, as an {@code InvalidFormatException} unless a
 * problem handler supplies a key.
 */
final class TextKeyDeserializer extends KeyDeserializer {

    private final Class<?> type;
    private final Function<String, Object> parser;

    TextKeyDeserializer(Class<?> type, Function<String, Object> parser) {
        this.type = type;
        this.parser = parser;
    }

    /** Reads the keys of an enum from their lower_snake_case names. */
    static <E extends Enum<E>> TextKeyDeserializer forEnum(Class<E> type) {
        EnumDeserializer<E> names = new EnumDeserializer<>(type);
        return new TextKeyDeserializer(type, text -> {
            E value = names.byName(text);
            if (value == null) {
                throw new IllegalArgumentException(Failures.typeName(type) + " must be one of " + names.names()
                        + ", got " + Failures.show(text));
            }
            return value;
        });
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
            return parser.apply(key);
        } catch (IllegalArgumentException e) {  // a ValidationException of the core, or an unknown enum name
            return ctxt.handleWeirdKey(type, key, "%s", e.getMessage());
        }
    }
}
