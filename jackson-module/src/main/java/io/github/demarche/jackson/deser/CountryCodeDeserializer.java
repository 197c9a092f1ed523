package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountryCode;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads a country code from its text, {@code "MMR"}, through {@code CountryCode.of}; a malformed or
 * unknown code goes to the mapper's problem handlers ({@code handleWeirdStringValue}), then is an
 * {@code InvalidValueException} with the core's message. Codes read before are
 * shared.
 */
final class CountryCodeDeserializer extends ModelDeserializer<CountryCode> {

    private static final long serialVersionUID = 1L;

    private final InstanceCache<String, CountryCode> cache = new InstanceCache<>(512);

    CountryCodeDeserializer() {
        super(CountryCode.class);
    }

    @Override
    CountryCode read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return parse(p, ctxt, Tokens.string(p, ctxt, CountryCode.class, null));
    }

    /** Reads the code of the current token, the value of an attribute of another type. */
    @Override
    CountryCode read(JsonParser p, DeserializationContext ctxt, Class<?> owner, String attribute) throws IOException {
        return parse(p, ctxt, Tokens.string(p, ctxt, owner, attribute));
    }

    private CountryCode parse(JsonParser p, DeserializationContext ctxt, String text) throws IOException {
        CountryCode code = cache.get(text);
        if (code != null) {
            return code;
        }
        try {
            code = CountryCode.of(text);
        } catch (ValidationException e) {
            CountryCode handled = (CountryCode) Failures.weirdString(p, ctxt, CountryCode.class, text, e.getMessage());
            if (handled != null) {
                return handled;
            }
            throw Failures.invalid(p, ctxt, CountryCode.class, e, "");
        }
        return cache.intern(text, code);
    }
}
