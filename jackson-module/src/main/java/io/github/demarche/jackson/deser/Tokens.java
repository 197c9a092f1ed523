package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tokens that every deserializer of the module reads: the start of an object, texts,
 * whole numbers, booleans, arrays of texts, and unknown properties. Each method checks the JSON
 * type of the current token and reports a wrong one, {@code null} included, as a
 * {@code MismatchedInputException}.
 */
final class Tokens {

    private Tokens() {
    }

    /**
     * Enters an object: from its start (or from its first field, where Jackson has read the start
     * already) to the name of its first field.
     *
     * @return the name of the first field, null for an empty object
     */
    static String firstField(JsonParser p, Class<?> type) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return p.nextFieldName();
        }
        if (token == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        throw Failures.wrongType(p, type, null, "an object");
    }

    /** Checks that the current token starts an array. */
    static void startArray(JsonParser p, Class<?> type, String attribute) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw Failures.wrongType(p, type, attribute, "an array");
        }
    }

    /** Reads the current token as a text. */
    static String string(JsonParser p, Class<?> type, String attribute) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw Failures.wrongType(p, type, attribute, "a string");
        }
        return p.getText();
    }

    /**
     * Checks if the current token is a string equal to the given one, comparing the parser's
     * characters without making a string.
     */
    static boolean matches(JsonParser p, String expected) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return false;
        }
        int length = p.getTextLength();
        return length == expected.length()
                && Texts.matches(expected, p.getTextCharacters(), p.getTextOffset(), length);
    }

    /** Reads the current token as {@code true} or {@code false}. */
    static boolean bool(JsonParser p, Class<?> type, String attribute) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        throw Failures.wrongType(p, type, attribute, "true or false");
    }

    /**
     * Reads the current token as a whole number of at most {@code max}; a number beyond the range
     * of {@code long} is reported as the core reports a number out of range.
     */
    static long whole(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute, long max)
            throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw Failures.wrongType(p, type, attribute, "a whole number");
        }
        JsonParser.NumberType numberType = p.getNumberType();
        if (numberType == JsonParser.NumberType.INT || numberType == JsonParser.NumberType.LONG) {
            return p.getLongValue();
        }
        String text = Failures.actual(p);
        if (text.startsWith("-")) {
            throw Failures.violationAtField(p, ctxt, type, attribute, ViolationCode.NEGATIVE, "not be negative",
                    text);
        }
        throw Failures.violationAtField(p, ctxt, type, attribute, ViolationCode.OUT_OF_RANGE, "be at most " + max,
                text);
    }

    /** Reads an array of texts: {@code ["Beijing"]}. */
    static List<String> strings(JsonParser p, Class<?> type, String attribute) throws IOException {
        return strings(p, type, attribute, null);
    }

    /** Reads an array of texts, each the string read before by {@code texts} if it has its characters. */
    static List<String> strings(JsonParser p, Class<?> type, String attribute, Texts texts) throws IOException {
        startArray(p, type, attribute);
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                throw Failures.wrongType(p, type, attribute + "[" + values.size() + "]", "a string");
            }
            values.add(texts == null ? p.getText() : texts.read(p, type, attribute));
        }
        return values;
    }

    /**
     * Handles a field the format does not have, as Jackson does for beans: problem handlers first,
     * then an {@code UnrecognizedPropertyException} if {@code FAIL_ON_UNKNOWN_PROPERTIES} is on
     * (the default), else the value is skipped, without recursion however deep it is nested.
     */
    static void unknown(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> deserializer, Class<?> type,
            String field) throws IOException {
        try {
            ctxt.handleUnknownProperty(p, deserializer, type, field);
        } catch (UnrecognizedPropertyException e) {
            // Jackson puts the property in the path, which JsonPaths reads from the parser: drop it here
            throw new UnrecognizedPropertyException(p, e.getOriginalMessage(), e.getLocation(), e.getReferringClass(),
                    e.getPropertyName(), e.getKnownPropertyIds());
        }
    }
}
