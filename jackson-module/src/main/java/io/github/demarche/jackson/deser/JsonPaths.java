package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.Victims;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * {@code JsonMappingException.getPathReference()}); the types come from the table below, which
 * mirrors the nesting of the format.
 */
final class JsonPaths {

    /** The type of the values that each object-valued field of each type holds. */
    private static final Map<Class<?>, Map<String, Class<?>>> CHILDREN = Map.ofEntries(
            Map.entry(Dossier.class, Map.of("source", SourceAttribution.class, "actors", Actor.class,
                    "events", Event.class, "statements", Statement.class, "casualtyReports", CasualtyReport.class)),
            Map.entry(Statement.class, Map.of("speakers", Actor.class, "onBehalfOf", Actor.class,
                    "stances", Stance.class, "source", SourceAttribution.class)),
            Map.entry(Stance.class, Map.of("target", StanceTarget.class)),
            Map.entry(StanceTarget.class, Map.of("actor", Actor.class)),
            Map.entry(Actor.class, Map.of("affiliation", Actor.class)),
            Map.entry(Event.class, Map.of("location", Location.class, "participants", Participant.class)),
            Map.entry(Participant.class, Map.of("actor", Actor.class)),
            Map.entry(CasualtyReport.class, Map.of("count", QualifiedCount.class, "victims", Victims.class,
                    "perpetrator", Actor.class, "location", Location.class, "source", SourceAttribution.class)),
            Map.entry(Victims.class, Map.of("actor", Actor.class)),
            Map.entry(QualifiedCount.class, Map.of("bounds", QualifiedCount.class)));

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
        Map<String, Class<?>> children = CHILDREN.get(type);
        Class<?> child = children == null ? null : children.get(name);
        return child == null ? Object.class : child;
    }
}
