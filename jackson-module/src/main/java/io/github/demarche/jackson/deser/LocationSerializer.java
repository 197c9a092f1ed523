package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Location;
import java.io.IOException;

/**
 * Writes a location: {@code {"country":"MMR","place":"Yangon"}}, or {@code {"country":"MMR"}} for
 * a whole country; its fields are {@link LocationField}.
 */
final class LocationSerializer extends ObjectSerializer<Location, LocationField> {

    private static final long serialVersionUID = 1L;

    private static final LocationField[] FIELDS = LocationField.values();

    LocationSerializer() {
        super(Location.class);
    }

    @Override
    void writeFields(Location value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (LocationField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
