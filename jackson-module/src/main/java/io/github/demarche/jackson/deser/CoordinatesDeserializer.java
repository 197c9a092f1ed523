package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Coordinates;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Reads coordinates, {@code {"latitude":22.488976,"longitude":90.062732}}, through {@code Coordinates.of}. */
final class CoordinatesDeserializer
        extends ObjectDeserializer<Coordinates, CoordinatesField, CoordinatesDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The fields of a point being read, null where absent. */
    static final class Reading {
        BigDecimal latitude;
        BigDecimal longitude;
    }

    CoordinatesDeserializer() {
        super(Coordinates.class, CoordinatesField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(CoordinatesField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(p, ctxt, reading);
    }

    @Override
    Coordinates build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.latitude == null || r.longitude == null) {
            List<Violation> violations = new ArrayList<>(2);
            if (r.latitude == null) {
                violations.add(Failures.missingRule(Coordinates.class, CoordinatesField.LATITUDE.text()));
            }
            if (r.longitude == null) {
                violations.add(Failures.missingRule(Coordinates.class, CoordinatesField.LONGITUDE.text()));
            }
            throw Failures.invalid(p, ctxt, Coordinates.class, violations);
        }
        try {
            return Coordinates.of(r.latitude, r.longitude);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Coordinates.class, e, null);
        }
    }
}
