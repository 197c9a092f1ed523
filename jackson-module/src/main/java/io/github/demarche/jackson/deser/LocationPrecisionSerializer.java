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

    private static final LocationPrecisionField[] FIELDS = LocationPrecisionField.values();

    LocationPrecisionSerializer() {
        super(LocationPrecision.class);
    }

    @Override
    void writeFields(LocationPrecision value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (LocationPrecisionField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
