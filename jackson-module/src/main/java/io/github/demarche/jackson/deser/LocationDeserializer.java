package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountryCode;
import io.github.demarche.Location;
import io.github.demarche.ValidationException;
import java.io.IOException;

/** Reads a location, {@code {"country":"MMR","place":"Yangon"}}, through {@code Location.of}. */
final class LocationDeserializer extends ModelDeserializer<Location> {

    private static final long serialVersionUID = 1L;

    private final CountryCodeDeserializer countries;

    LocationDeserializer(CountryCodeDeserializer countries) {
        super(Location.class, "country", "place");
        this.countries = countries;
    }

    @Override
    Location read(JsonParser p, DeserializationContext ctxt) throws IOException {
        CountryCode country = null;
        String place = null;
        int present = 0;
        for (String field = Tokens.firstField(p, Location.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "country":
                    country = countries.read(p, ctxt, Location.class, field);
                    break;
                case "place":
                    place = Tokens.string(p, Location.class, field);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Location.class, field);
                    break;
            }
        }
        if (country == null) {
            throw Failures.missing(p, ctxt, Location.class, "country");
        }
        try {
            return place == null ? Location.of(country) : Location.of(country, place);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Location.class, e, null);
        }
    }
}
