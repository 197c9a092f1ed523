package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Location;
import io.github.demarche.Coordinates;
import io.github.demarche.LocationPrecision;
import java.io.IOException;

/**
 * Writes a location: {@code {"country":"MMR","place":"Yangon"}}, or {@code {"country":"MMR"}} for
 * a whole country; its fields are {@link LocationField}.
 */
final class LocationSerializer extends ObjectSerializer<Location, LocationField> {

    private static final long serialVersionUID = 1L;

    private static final LocationField[] FIELDS = LocationField.values();
    final NestedWriter<Coordinates> coordinates;
    final NestedWriter<LocationPrecision> precisions;

    LocationSerializer(CoordinatesSerializer coordinates, LocationPrecisionSerializer precisions) {
        super(Location.class);
        this.coordinates = NestedWriter.of(Coordinates.class, coordinates);
        this.precisions = NestedWriter.of(LocationPrecision.class, precisions);
    }


    private LocationSerializer(LocationSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.coordinates = source.coordinates.resolve(provider);
        this.precisions = source.precisions.resolve(provider);
    }

    @Override
    LocationSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new LocationSerializer(this, provider);
    }

    @Override
    void writeFields(Location value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (LocationField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
