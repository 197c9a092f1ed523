package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import java.io.IOException;

/**
 * The fields of a location, in the order they are written; see {@link ObjectField}:
 * {@code {"country":"BGD","place":"Bhāndāria town","adminUnits":["Barisāl Division"],
 * "coordinates":{"latitude":22.488976,"longitude":90.062732},"precision":{"scale":"ucdp_where_prec","code":1}}}.
 */
enum LocationField implements ObjectField {

    COUNTRY(Name.of("country", CountryCode.class)) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.country(d.countries.read(p, ctxt, Location.class, text()));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            if (v.country().isPresent()) {
                ObjectSerializer.text(g, this, v.country().get().code());
            }
        }
    },
    PLACE(Name.of("place")) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.place(Tokens.string(p, ctxt, Location.class, text()));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.place());
        }
    },
    ADMIN_UNITS(Name.of("adminUnits")) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.adminUnits(Tokens.strings(p, ctxt, Location.class, text()));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.adminUnits());
        }
    },
    ADMIN_CODES(Name.of("adminCodes")) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.adminCodes(Tokens.strings(p, ctxt, Location.class, text()));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.adminCodes());
        }
    },
    COORDINATES(Name.of("coordinates", Coordinates.class)) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.coordinates(d.coordinates.read(p, ctxt));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.coordinates(), s.coordinates);
        }
    },
    FEATURE_ID(Name.of("featureId")) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.featureId(Tokens.string(p, ctxt, Location.class, text()));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.featureId());
        }
    },
    PRECISION(Name.of("precision", LocationPrecision.class)) {
        @Override
        void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
                throws IOException {
            b.precision(d.precisions.read(p, ctxt));
        }

        @Override
        void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.precision(), s.precisions);
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

    /** Reads the field's value, the parser on it, into the builder. */
    abstract void read(LocationDeserializer d, JsonParser p, DeserializationContext ctxt, Location.Builder b)
            throws IOException;

    /** Writes the field of a location, or nothing if the location has no value for it. */
    abstract void write(LocationSerializer s, Location v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
