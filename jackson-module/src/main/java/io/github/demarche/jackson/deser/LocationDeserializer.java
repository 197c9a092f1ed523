package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountryCode;
import io.github.demarche.Location;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads a location, {@code {"country":"MMR","place":"Yangon"}}, through {@code Location.of}; its
 * fields are {@link LocationField}.
 */
final class LocationDeserializer extends ObjectDeserializer<Location, LocationField, LocationDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final CountryCodeDeserializer countries;

    /** The fields of a location being read, null where absent. */
    static final class Reading {
        CountryCode country;
        String place;
    }

    LocationDeserializer(CountryCodeDeserializer countries) {
        super(Location.class, LocationField.class);
        this.countries = countries;
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(LocationField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Location build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.country == null) {
            throw Failures.missing(p, ctxt, Location.class, LocationField.COUNTRY.text());
        }
        try {
            return r.place == null ? Location.of(r.country) : Location.of(r.country, r.place);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Location.class, e, null);
        }
    }
}
