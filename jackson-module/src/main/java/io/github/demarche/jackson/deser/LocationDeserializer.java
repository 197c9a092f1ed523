package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Coordinates;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads a location through {@code Location.builder()}; its fields are {@link LocationField}, every
 * one optional, though a location must have at least one.
 */
final class LocationDeserializer extends ObjectDeserializer<Location, LocationField, Location.Builder> {

    private static final long serialVersionUID = 1L;

    final CountryCodeDeserializer countries;
    final Nested<Coordinates> coordinates;
    final Nested<LocationPrecision> precisions;

    LocationDeserializer(CountryCodeDeserializer countries, CoordinatesDeserializer coordinates,
            LocationPrecisionDeserializer precisions) {
        super(Location.class, LocationField.class);
        this.countries = countries;
        this.coordinates = Nested.of(Coordinates.class, coordinates);
        this.precisions = Nested.of(LocationPrecision.class, precisions);
    }

    private LocationDeserializer(LocationDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.countries = source.countries;
        this.coordinates = source.coordinates.resolve(ctxt);
        this.precisions = source.precisions.resolve(ctxt);
    }

    @Override
    LocationDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new LocationDeserializer(this, ctxt);
    }

    @Override
    Location.Builder start() {
        return Location.builder();
    }

    @Override
    void readField(LocationField field, JsonParser p, DeserializationContext ctxt, Location.Builder builder)
            throws IOException {
        field.read(this, p, ctxt, builder);
    }

    @Override
    Location build(JsonParser p, DeserializationContext ctxt, Location.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Location.class, e, null);
        }
    }
}
