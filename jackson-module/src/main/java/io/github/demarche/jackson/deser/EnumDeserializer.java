package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * Reads an enum of the model from its lower_snake_case name, {@code "threaten_sanctions"} for
 * {@code THREATEN_SANCTIONS}. Any other text, the Java name included, is an
 * {@code InvalidFormatException} that lists the names, unless a problem handler supplies a constant.
 * The names are part of the format; the serializers of the types that hold an enum write them
 * from here too ({@link #write}).
 *
 * @param <E>  the enum type
 */
final class EnumDeserializer<E extends Enum<E>> extends ModelDeserializer<E> {

    private static final long serialVersionUID = 1L;

    private final Class<E> type;
    private final HashMap<String, E> byName;
    /** The constants, and their names as characters, by ordinal: read without making a string. */
    private final E[] constants;
    private final char[][] nameChars;
    /** The names for messages: {@code 'low', 'normal', 'high'}. */
    private final String names;
    /** The names by ordinal, encoded once for the serializers of the types that hold the enum. */
    private final SerializedString[] encoded;

    EnumDeserializer(Class<E> type) {
        super(type);
        this.type = type;
        E[] constants = type.getEnumConstants();
        this.constants = constants;
        this.nameChars = new char[constants.length][];
        this.byName = new HashMap<>(constants.length * 2);
        this.encoded = new SerializedString[constants.length];
        StringJoiner joined = new StringJoiner(", ");
        for (E constant : constants) {
            String name = constant.name().toLowerCase(Locale.ROOT);
            byName.put(name, constant);
            nameChars[constant.ordinal()] = name.toCharArray();
            encoded[constant.ordinal()] = new SerializedString(name);
            joined.add("'" + name + "'");
        }
        this.names = joined.toString();
    }

    @Override
    E read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, type, null);
    }

    /**
     * Reads the constant named by the current token, the value of an attribute of another type. A
     * text that names no constant goes to the mapper's problem handlers
     * ({@code handleWeirdStringValue}), then is an {@code InvalidFormatException}.
     */
    @Override
    E read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            // the parser's characters are compared with the names: no string is made for a known name
            E value = match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (value != null) {
                return value;
            }
        }
        String text = Tokens.string(p, ctxt, owner, attribute);
        E value = byName.get(text);
        if (value == null) {
            InvalidFormatException e = Failures.unknownName(p, owner, attribute, text, names, type);
            value = type.cast(Failures.weirdString(p, ctxt, type, text, e.getOriginalMessage()));
            if (value == null) {
                throw e;
            }
        }
        return value;
    }

    /** Finds the constant whose name is the given characters; the model's enums are short. */
    private E match(char[] text, int offset, int length) {
        for (int i = 0; i < nameChars.length; i++) {
            char[] name = nameChars[i];
            if (name.length == length && Arrays.equals(name, 0, length, text, offset, offset + length)) {
                return constants[i];
            }
        }
        return null;
    }

    /**
     * Gets the constant named by the current token without making a string, or null if the token
     * is not a string or not a name.
     */
    E matchCurrent(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_STRING
                ? match(p.getTextCharacters(), p.getTextOffset(), p.getTextLength()) : null;
    }

    /** Gets the constant of a name, or null. */
    E byName(String name) {
        return byName.get(name);
    }

    /** Writes a constant by its name, for the serializer of a type that holds the enum. */
    void write(E value, JsonGenerator gen) throws IOException {
        gen.writeString(encoded[value.ordinal()]);
    }

    /** Gets the names for messages: {@code 'low', 'normal', 'high'}. */
    String names() {
        return names;
    }
}
