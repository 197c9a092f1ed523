package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Coordinates;
import java.io.IOException;

/** Writes coordinates: {@code {"latitude":22.488976,"longitude":90.062732}}; its fields are {@link CoordinatesField}. */
final class CoordinatesSerializer extends ObjectSerializer<Coordinates, CoordinatesField> {

    private static final long serialVersionUID = 1L;

    private static final CoordinatesField[] FIELDS = CoordinatesField.values();

    CoordinatesSerializer() {
        super(Coordinates.class);
    }

    @Override
    void writeFields(Coordinates value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (CoordinatesField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
