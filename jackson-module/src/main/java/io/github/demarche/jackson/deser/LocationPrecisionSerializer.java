package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.LocationPrecision;
import java.io.IOException;

/**
 * Writes a location's precision: {@code {"scale":"ucdp_where_prec","code":1}}; its fields are
 * {@link LocationPrecisionField}.
 */
final class LocationPrecisionSerializer extends ObjectSerializer<LocationPrecision, LocationPrecisionField> {

    private static final long serialVersionUID = 1L;

    LocationPrecisionSerializer() {
        super(LocationPrecision.class, LocationPrecisionField.class);
    }

    @Override
    void writeField(LocationPrecisionField field, LocationPrecision value, JsonGenerator gen,
            SerializerProvider provider) throws IOException {
        field.write(value, gen);
    }
}
