package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountryCode;
import io.github.demarche.Location;
import java.io.IOException;

/** The fields of a location, in the order they are written; see {@link ObjectField}. */
enum LocationField implements ObjectField {

    COUNTRY(Name.of("country", CountryCode.class)) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, LocationDeserializer.Reading r)
                throws IOException {
            r.country = d.countries.read(p, ctxt, Location.class, text());
        }

        @Override
        void write(Location v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.country().code());
        }
    },
    PLACE(Name.of("place")) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, LocationDeserializer.Reading r)
                throws IOException {
            r.place = Tokens.string(p, ctxt, Location.class, text());
        }

        @Override
        void write(Location v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.place());
        }
    };

    private final Name json;

    LocationField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the location being read. */
    abstract void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt,
            LocationDeserializer.Reading r) throws IOException;

    /** Writes the field of a location, or nothing if the location has no value for it. */
    abstract void write(Location v, JsonGenerator g) throws IOException;
}
