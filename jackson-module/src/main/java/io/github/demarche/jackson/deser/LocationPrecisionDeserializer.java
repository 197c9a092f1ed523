package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.LocationPrecision;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a location's precision, {@code {"scale":"ucdp_where_prec","code":1}}, through {@code LocationPrecision.of}. */
final class LocationPrecisionDeserializer
        extends ObjectDeserializer<LocationPrecision, LocationPrecisionField, LocationPrecisionDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The fields of a precision being read, null or -1 where absent. */
    static final class Reading {
        LocationPrecision.Scale scale;
        long code = -1;
    }

    LocationPrecisionDeserializer() {
        super(LocationPrecision.class, LocationPrecisionField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(LocationPrecisionField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(p, ctxt, reading);
    }

    @Override
    LocationPrecision build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.scale == null || r.code < 0) {
            List<Violation> violations = new ArrayList<>(2);
            if (r.scale == null) {
                violations.add(Failures.missingRule(LocationPrecision.class, LocationPrecisionField.SCALE.text()));
            }
            if (r.code < 0) {
                violations.add(Failures.missingRule(LocationPrecision.class, LocationPrecisionField.CODE.text()));
            }
            throw Failures.invalid(p, ctxt, LocationPrecision.class, violations);
        }
        try {
            return LocationPrecision.of(r.scale, (int) Math.min(r.code, Integer.MAX_VALUE));
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, LocationPrecision.class, e, null);
        }
    }
}
