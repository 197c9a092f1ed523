package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tokens that every deserializer of the module reads: texts, whole numbers, booleans,
 * arrays, and unknown properties. Each method checks the JSON type of the current token and reports
 * a wrong one, {@code null} included, through {@link Failures#unexpected}: a problem handler's
 * value, or a {@code MismatchedInputException}.
 */
final class Tokens {

    private Tokens() {
    }

    /**
     * Checks that the current token starts an array. Another token is a
     * {@code MismatchedInputException}: the model has no value to put in place of an array.
     */
    static void startArray(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            ctxt.reportInputMismatch(List.class, "%s", Failures.where(type, attribute) + " must be an array, got "
                    + Failures.actual(p));
        }
    }

    /** Reads the current token as a text. */
    static String string(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute)
            throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) Failures.unexpected(p, ctxt, String.class, type, attribute, "a string");
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
    static boolean bool(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute)
            throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_TRUE) {
            return true;
        }
        if (token == JsonToken.VALUE_FALSE) {
            return false;
        }
        return (Boolean) Failures.unexpected(p, ctxt, Boolean.class, type, attribute, "true or false");
    }

    /**
     * Reads the current token as a whole number of at most {@code max}; a number beyond the range
     * of {@code long} is reported as the core reports a number out of range.
     */
    static long whole(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute, long max)
            throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Long) Failures.unexpected(p, ctxt, Long.class, type, attribute, "a whole number");
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

    /**
     * Reads the current token as a whole number that fits an {@code int}; one beyond is reported
     * as {@code OUT_OF_RANGE}. Negative numbers are read, for the model's rules to report.
     */
    static int integer(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute)
            throws IOException {
        long value = whole(p, ctxt, type, attribute, Integer.MAX_VALUE);
        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
            throw Failures.violationAtField(p, ctxt, type, attribute, ViolationCode.OUT_OF_RANGE,
                    "be at most " + Integer.MAX_VALUE, Failures.actual(p));
        }
        return (int) value;
    }

    /**
     * Reads the current token as a decimal number with the digits it is written with:
     * {@code 35} has scale 0, {@code 22.488976} scale 6.
     */
    static BigDecimal decimal(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute)
            throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        return (BigDecimal) Failures.unexpected(p, ctxt, BigDecimal.class, type, attribute, "a number");
    }

    /** Reads an array of texts: {@code ["Beijing"]}. */
    static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute)
            throws IOException {
        return strings(p, ctxt, type, attribute, null);
    }

    /** Reads an array of texts, each the string read before by {@code texts} if it has its characters. */
    static List<String> strings(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute,
            Texts texts) throws IOException {
        startArray(p, ctxt, type, attribute);
        List<String> values = new ArrayList<>();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                values.add(string(p, ctxt, type, attribute + "[" + values.size() + "]"));
            } else {
                values.add(texts == null ? p.getText() : texts.read(p, ctxt, type, attribute));
            }
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
