package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the JSON path of a mapping exception.
 *
 * <p>No deserializer of the module wraps its fields in try-catch blocks. Instead, the one
 * deserializer that Jackson called catches every exception, and the path is read from the parser:
 * its stream context, from where the failure happened up to where that deserializer started,
 * holds the field names and array indices (the parser has not moved since the failure). A failure
 * found when a value is built, at the end of its object, adds the path of the offending attribute
 * itself, taken from the core's {@code Violation.path()} (the JSON field names are the model's
 * attribute names).
 *
 * <p>Each step of the path names the type that holds the field (for
 * {@code JsonMappingException.getPathReference()}); the types come from the fields that each type
 * declares ({@link ObjectFields}).
 */
final class JsonPaths {

    private JsonPaths() {
    }

    /**
     * Gets the stream context at which the path of a value that starts at the parser's current
     * token ends: the context that holds the value.
     */
    static JsonStreamContext stop(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY || token == JsonToken.FIELD_NAME) {
            return context.getParent();  // the value's own context is already open
        }
        return context;
    }

    /**
     * Prepends to an exception the path from the value that started at {@code stop} down to the
     * parser's current position, and returns the exception.
     */
    static JsonMappingException locate(JsonMappingException e, JsonParser p, JsonStreamContext stop, Class<?> type) {
        List<Object> steps = new ArrayList<>();  // innermost first: field names and indices
        for (JsonStreamContext context = p.getParsingContext(); context != null && context != stop;
                context = context.getParent()) {
            if (context.inObject()) {
                if (context.getCurrentName() != null) {
                    steps.add(context.getCurrentName());
                }
            } else if (context.inArray()) {
                if (context.hasCurrentIndex()) {
                    steps.add(context.getCurrentIndex());
                }
            }
        }
        List<JsonMappingException.Reference> references = new ArrayList<>(steps.size());
        Class<?> current = type;
        for (int i = steps.size() - 1; i >= 0; i--) {
            current = step(references, current, steps.get(i));
        }
        for (int i = references.size() - 1; i >= 0; i--) {
            e.prependPath(references.get(i));
        }
        return e;
    }

    /**
     * Prepends to an exception the path of an attribute of a value of the given type, such as
     * {@code statements[3].speakers[0]} of a dossier, and returns the exception.
     */
    static <E extends JsonMappingException> E prependAttribute(E e, Class<?> type, String attributePath) {
        List<JsonMappingException.Reference> references = new ArrayList<>(4);
        Class<?> current = type;
        int i = 0;
        int length = attributePath.length();
        while (i < length) {
            char c = attributePath.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int close = attributePath.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                current = step(references, current, index(attributePath.substring(i + 1, close)));
                i = close + 1;
            } else {
                int end = i;
                while (end < length && attributePath.charAt(end) != '.' && attributePath.charAt(end) != '[') {
                    end++;
                }
                current = step(references, current, attributePath.substring(i, end));
                i = end;
            }
        }
        for (int j = references.size() - 1; j >= 0; j--) {
            e.prependPath(references.get(j));
        }
        return e;
    }

    private static Object index(String digits) {
        try {
            return Integer.valueOf(digits);
        } catch (NumberFormatException e) {
            return digits;  // not an index: keep it as a name
        }
    }

    /** Adds the reference of one step and returns the type of the value the step leads to. */
    private static Class<?> step(List<JsonMappingException.Reference> references, Class<?> type, Object step) {
        if (step instanceof Integer) {
            references.add(new JsonMappingException.Reference(List.class, (Integer) step));
            return type;  // an element of a list of the type
        }
        String name = (String) step;
        references.add(new JsonMappingException.Reference(type, name));
        return ObjectFields.valueType(type, name);
    }
}
