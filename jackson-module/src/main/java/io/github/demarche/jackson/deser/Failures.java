package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.util.LinkedNode;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import io.github.demarche.jackson.InvalidValueException;
import java.io.IOException;
import java.util.List;

/**
 * Creates the exceptions of bad input. Messages follow the core's wording,
 * {@code <Type>.<attribute> must <rule>, got <actual>}, with values shown by the core's
 * {@code Violation.show} (texts in single quotes, shortened past 100 characters), so that a message
 * is the same whether the core or the JSON reader found the problem. Where Jackson has a hook for a
 * failure ({@code handleUnexpectedToken}, {@code handleWeirdStringValue},
 * {@code handleUnknownProperty}), the failure goes through it, so that the mapper's
 * {@code DeserializationProblemHandler}s run first.
 */
final class Failures {

    private Failures() {
    }

    /** Names the attribute of a type as messages do: {@code Statement.summary}, or {@code Actor} alone. */
    static String where(Class<?> type, String attribute) {
        String name = typeName(type);
        return attribute == null ? name : name + "." + attribute;
    }

    /** The simple name of a type, with its enclosing types: {@code StanceTarget.Kind}. */
    static String typeName(Class<?> type) {
        String name = type.getSimpleName();
        for (Class<?> outer = type.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name = outer.getSimpleName() + "." + name;
        }
        return name;
    }

    /** Shows a text as the core does ({@code Violation.show}): quoted, shortened past 100 characters. */
    static String show(String text) {
        return Violation.show(text);
    }

    /** Shows a number's text as the core's messages do: shortened past 100 characters, without quotes. */
    private static String abbreviate(String text) {
        String shown = Violation.show(text);
        return shown.substring(1, shown.length() - 1);
    }

    /** Describes the current token for a message: a text in quotes, a number, or what it is. */
    static String actual(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case VALUE_STRING:
                return show(p.getText());
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return abbreviate(p.getText());
            case VALUE_TRUE:
                return "true";
            case VALUE_FALSE:
                return "false";
            case VALUE_NULL:
                return "null";
            case START_OBJECT:
            case FIELD_NAME:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return token.asString() == null ? token.name() : token.asString();
        }
    }

    /**
     * A token of the wrong JSON type, {@code null} included:
     * {@code Statement.summary must be a string, got 42}. Goes through
     * {@code DeserializationContext.handleUnexpectedToken}, so that the mapper's problem handlers
     * may supply a value instead; if none does, Jackson throws a {@code MismatchedInputException}
     * with this message.
     *
     * @param valueType  the type of the value expected, which a handler's value must have
     * @param owner  the type whose attribute holds the value, for the message
     * @param attribute  the attribute, or null for a value that is the owner itself
     * @param expected  what the value must be: {@code "a string"}
     * @return the value a problem handler supplied
     */
    static Object unexpected(JsonParser p, DeserializationContext ctxt, Class<?> valueType, Class<?> owner,
            String attribute, String expected) throws IOException {
        String message = where(owner, attribute) + " must be " + expected + ", got " + actual(p);
        return ctxt.handleUnexpectedToken(valueType, p.currentToken(), p, message);
    }

    /**
     * Offers a text that names no value of {@code valueType} (an unknown enum name, a malformed date
     * or country code) to the mapper's problem handlers, as
     * {@code DeserializationContext.handleWeirdStringValue} does: each
     * {@code DeserializationProblemHandler.handleWeirdStringValue} in turn, until one returns a value.
     * Unlike that method, it returns null when none does, so that the caller throws the module's own
     * exception with its message, the same whether handlers are registered or not.
     *
     * @return the value a handler supplied, or null
     * @throws InvalidFormatException if a handler supplied a value of another type
     */
    static Object weirdString(JsonParser p, DeserializationContext ctxt, Class<?> valueType, String text,
            String message) throws IOException {
        for (LinkedNode<DeserializationProblemHandler> h = ctxt.getConfig().getProblemHandlers(); h != null;
                h = h.next()) {
            Object value = h.value().handleWeirdStringValue(ctxt, valueType, text, message);
            if (value != DeserializationProblemHandler.NOT_HANDLED) {
                if (valueType.isInstance(value)) {
                    return value;
                }
                throw InvalidFormatException.from(p, "DeserializationProblemHandler.handleWeirdStringValue() for "
                        + typeName(valueType) + " returned a value of another type: " + value, text, valueType);
            }
        }
        return null;
    }

    /** A text that names no constant of an enum: {@code Stance.type must be one of 'neutral', ..., got 'deep'}. */
    static InvalidFormatException unknownName(JsonParser p, Class<?> type, String attribute, String text,
            String names, Class<?> enumType) {
        return InvalidFormatException.from(p, where(type, attribute) + " must be one of " + names + ", got "
                + show(text), text, enumType);
    }

    /** A discriminator that names no kind: {@code StanceTarget.kind must be one of 'actor', ..., got 'country'}. */
    static InvalidTypeIdException unknownKind(JsonParser p, DeserializationContext ctxt, Class<?> type, String text,
            String names) {
        String got = text == null ? "nothing" : show(text);
        return InvalidTypeIdException.from(p, where(type, "kind") + " must be one of " + names + ", got " + got,
                ctxt.constructType(type), text);
    }

    /**
     * The violations the core reported when building a value of the given type. The path of the
     * exception points at {@code attributePath} within the value, or at the first violation's path
     * when {@code attributePath} is null; the enclosing path is added by the deserializer Jackson
     * called.
     */
    static InvalidValueException invalid(JsonParser p, DeserializationContext ctxt, Class<?> type,
            ValidationException e, String attributePath) {
        InvalidValueException invalid = InvalidValueException.from(p, ctxt.constructType(type), e);
        String path = attributePath != null ? attributePath : e.violations().get(0).path();
        return JsonPaths.prependAttribute(invalid, type, path);
    }

    /**
     * A rule of the model that the JSON reader checks itself, worded like the core's:
     * {@code Dossier.demarcheFormat must be set, got nothing}. Found at the end of the value's
     * object, so the path adds the attribute.
     */
    static InvalidValueException violation(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute,
            ViolationCode code, String rule, String actualText) {
        return invalid(p, ctxt, type, exception(type, attribute, code, rule, actualText), attribute);
    }

    /**
     * A rule of the model that the JSON reader checks itself on the value of a field, while the
     * parser is on that value, whose path already ends with the attribute.
     */
    static InvalidValueException violationAtField(JsonParser p, DeserializationContext ctxt, Class<?> type,
            String attribute, ViolationCode code, String rule, String actualText) {
        return invalid(p, ctxt, type, exception(type, attribute, code, rule, actualText), "");
    }

    private static ValidationException exception(Class<?> type, String attribute, ViolationCode code, String rule,
            String actualText) {
        return new ValidationException(List.of(rule(type, attribute, code, rule, actualText)));
    }

    /** A broken rule worded like the core's, to be reported with others of the same value. */
    static Violation rule(Class<?> type, String attribute, ViolationCode code, String rule, String actualText) {
        return Violation.of(attribute, code, where(type, attribute) + " must " + rule + ", got " + actualText);
    }

    /** Several broken rules of one value, found at the end of its object; the path points at the first. */
    static InvalidValueException invalid(JsonParser p, DeserializationContext ctxt, Class<?> type,
            List<Violation> violations) {
        return invalid(p, ctxt, type, new ValidationException(violations), null);
    }

    /** The rule of a required attribute the JSON leaves out, to be reported with others of the same value. */
    static Violation missingRule(Class<?> type, String attribute) {
        return rule(type, attribute, ViolationCode.MISSING_ATTRIBUTE, "be set", "nothing");
    }

    /** A required attribute the JSON leaves out: {@code Location.country must be set, got nothing}. */
    static InvalidValueException missing(JsonParser p, DeserializationContext ctxt, Class<?> type, String attribute) {
        return violation(p, ctxt, type, attribute, ViolationCode.MISSING_ATTRIBUTE, "be set", "nothing");
    }
}
