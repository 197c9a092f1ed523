package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.AttributeValue;
import io.github.demarche.ValidationException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the extension attributes of a record or an actor:
 * {@code {"gdelt.AvgTone":-2.54350736278448,"gdelt.IsRootEvent":true,"gdelt.NumMentions":5}}.
 *
 * <p>A value is a JSON string ({@link AttributeValue.Kind#TEXT TEXT}), a whole number
 * ({@link AttributeValue.Kind#INTEGER INTEGER}, within the range of {@code long}), a number with a
 * fraction or an exponent ({@link AttributeValue.Kind#DECIMAL DECIMAL}, with its digits), or
 * {@code true}/{@code false}; nothing else. Keys are written in their natural order. A decimal
 * without digits after the point, such as {@code BigDecimal.valueOf(5)}, is written with an
 * exponent, {@code 5E0}, so that it is read back as the same decimal, not as a whole number.
 */
final class Attributes {

    private Attributes() {
    }

    /** Reads the object of attributes that starts at the current token, for the given owner and field. */
    static Map<String, AttributeValue> read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String field)
            throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            @SuppressWarnings("unchecked")
            Map<String, AttributeValue> handled = (Map<String, AttributeValue>) Failures.unexpected(p, ctxt, Map.class,
                    owner, field, "an object");
            return handled;
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
            p.nextToken();
            if (attributes.put(key, value(p, ctxt, owner, field + "." + key)) != null) {
                throw ObjectDeserializer.duplicate(p, key);
            }
        }
        return attributes;
    }

    /** Reads one attribute value, the parser on it. */
    static AttributeValue value(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute)
            throws IOException {
        switch (p.currentToken()) {
            case VALUE_STRING:
                try {
                    return AttributeValue.of(p.getText());
                } catch (ValidationException e) {
                    throw Failures.invalid(p, ctxt, AttributeValue.class, e, "");
                }
            case VALUE_NUMBER_INT:
                JsonParser.NumberType type = p.getNumberType();
                if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) {
                    return AttributeValue.of(p.getLongValue());
                }
                return (AttributeValue) Failures.unexpected(p, ctxt, AttributeValue.class, owner, attribute,
                        "a whole number within the range of a long, or a decimal with a fraction or an exponent");
            case VALUE_NUMBER_FLOAT:
                return AttributeValue.of(p.getDecimalValue());
            case VALUE_TRUE:
                return AttributeValue.of(true);
            case VALUE_FALSE:
                return AttributeValue.of(false);
            default:
                return (AttributeValue) Failures.unexpected(p, ctxt, AttributeValue.class, owner, attribute,
                        "a string, a number, true or false");
        }
    }

    /** Writes {@code "name": {...}} if there are attributes, nothing otherwise. */
    static void write(JsonGenerator gen, ObjectField field, Map<String, AttributeValue> attributes) throws IOException {
        if (!attributes.isEmpty()) {
            gen.writeFieldName(field.json().encoded());
            gen.writeStartObject();
            for (Map.Entry<String, AttributeValue> entry : new TreeMap<>(attributes).entrySet()) {
                gen.writeFieldName(entry.getKey());
                write(gen, entry.getValue());
            }
            gen.writeEndObject();
        }
    }

    /** Writes one attribute value. */
    static void write(JsonGenerator gen, AttributeValue value) throws IOException {
        switch (value.kind()) {
            case TEXT:
                gen.writeString(value.asText());
                break;
            case INTEGER:
                gen.writeNumber(value.asLong());
                break;
            case DECIMAL:
                ObjectSerializer.decimalNumber(gen, value.asDecimal());
                break;
            default:
                gen.writeBoolean(value.asBoolean());
                break;
        }
    }
}
