package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.ApproximateDate;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads an approximate date from its canonical text, {@code "2021-03-early"} or
 * {@code "2021-02-01/.."}, through {@code ApproximateDate.parse}, which is strict; a text it
 * rejects goes to the mapper's problem handlers ({@code handleWeirdStringValue}), then is an
 * {@code InvalidValueException} with the core's message, and the path points at the
 * field that holds the text. Dates read before are shared.
 */
final class ApproximateDateDeserializer extends ModelDeserializer<ApproximateDate> {

    private static final long serialVersionUID = 1L;

    private final InstanceCache<String, ApproximateDate> cache = new InstanceCache<>(1024);
    /** The dates read recently, by the hash of their text: found without making a string. */
    private final Recent<ApproximateDate> recent = new Recent<>(1024);

    ApproximateDateDeserializer() {
        super(ApproximateDate.class);
    }

    @Override
    ApproximateDate read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, ApproximateDate.class, null);
    }

    /**
     * Reads the date of the current token, the value of an attribute of another type. A text equal
     * to the canonical text of a date read recently is that date: {@code ApproximateDate.parse}
     * accepts canonical texts only, and gives an equal date for one.
     */
    @Override
    ApproximateDate read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute)
            throws IOException {
        int hash = 0;
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            hash = Texts.hash(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            ApproximateDate known = recent.get(hash);
            if (known != null && Tokens.matches(p, known.toString())) {
                return known;
            }
        }
        ApproximateDate date = parse(p, ctxt, Tokens.string(p, ctxt, owner, attribute));
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            recent.put(hash, date);  // not a problem handler's value for another token
        }
        return date;
    }

    private ApproximateDate parse(JsonParser p, DeserializationContext ctxt, String text) throws IOException {
        ApproximateDate date = cache.get(text);
        if (date != null) {
            return date;
        }
        try {
            date = ApproximateDate.parse(text);
        } catch (ValidationException e) {
            ApproximateDate handled = (ApproximateDate) Failures.weirdString(p, ctxt, ApproximateDate.class, text,
                    e.getMessage());
            if (handled != null) {
                return handled;
            }
            throw Failures.invalid(p, ctxt, ApproximateDate.class, e, "");
        }
        return cache.intern(text, date);
    }
}
