package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.ExternalId;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads an external id, {@code {"scheme":"gdelt","value":"881990842"}}, through {@code ExternalId.of}. */
final class ExternalIdDeserializer
        extends ObjectDeserializer<ExternalId, ExternalIdField, ExternalIdDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The fields of an id being read, null where absent. */
    static final class Reading {
        String scheme;
        String value;
    }

    ExternalIdDeserializer() {
        super(ExternalId.class, ExternalIdField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(ExternalIdField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(p, ctxt, reading);
    }

    @Override
    ExternalId build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.scheme == null || r.value == null) {
            List<Violation> violations = new ArrayList<>(2);
            for (ExternalIdField field : ExternalIdField.values()) {
                if ((field == ExternalIdField.SCHEME ? r.scheme : r.value) == null) {
                    violations.add(Failures.missingRule(ExternalId.class, field.text()));
                }
            }
            throw Failures.invalid(p, ctxt, ExternalId.class, violations);
        }
        try {
            return ExternalId.of(r.scheme, r.value);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, ExternalId.class, e, null);
        }
    }
}
