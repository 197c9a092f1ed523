package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.FigureHedge;
import io.github.demarche.ValidationException;
import java.io.IOException;
import java.util.List;

/**
 * Reads a figure's hedge, {@code {"kind":"likely_higher","wording":"…"}}, through
 * {@code FigureHedge.of}.
 */
final class FigureHedgeDeserializer
        extends ObjectDeserializer<FigureHedge, FigureHedgeField, FigureHedgeDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The fields of a hedge being read, null where absent. */
    static final class Reading {
        FigureHedge.Kind kind;
        String wording;
    }

    FigureHedgeDeserializer() {
        super(FigureHedge.class, FigureHedgeField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(FigureHedgeField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(p, ctxt, reading);
    }

    @Override
    FigureHedge build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.kind == null) {
            throw Failures.invalid(p, ctxt, FigureHedge.class,
                    List.of(Failures.missingRule(FigureHedge.class, FigureHedgeField.KIND.text())));
        }
        try {
            return r.wording == null ? FigureHedge.of(r.kind) : FigureHedge.of(r.kind, r.wording);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, FigureHedge.class, e, null);
        }
    }
}
