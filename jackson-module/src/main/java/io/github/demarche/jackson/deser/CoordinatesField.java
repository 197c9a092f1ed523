package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Coordinates;
import java.io.IOException;

/**
 * The fields of coordinates, {@code {"latitude":22.488976,"longitude":90.062732}}: JSON numbers with
 * the digits of the value ({@code 35} stays {@code 35}); see {@link ObjectField}.
 */
enum CoordinatesField implements ObjectField {

    LATITUDE(Name.of("latitude")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CoordinatesDeserializer.Reading r) throws IOException {
            r.latitude = Tokens.decimal(p, ctxt, Coordinates.class, text());
        }

        @Override
        void write(Coordinates v, JsonGenerator g) throws IOException {
            ObjectSerializer.decimal(g, this, v.latitude());
        }
    },
    LONGITUDE(Name.of("longitude")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CoordinatesDeserializer.Reading r) throws IOException {
            r.longitude = Tokens.decimal(p, ctxt, Coordinates.class, text());
        }

        @Override
        void write(Coordinates v, JsonGenerator g) throws IOException {
            ObjectSerializer.decimal(g, this, v.longitude());
        }
    };

    private final Name json;

    CoordinatesField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the point being read. */
    abstract void read(JsonParser p, DeserializationContext ctxt, CoordinatesDeserializer.Reading r)
            throws IOException;

    /** Writes the field of a point. */
    abstract void write(Coordinates v, JsonGenerator g) throws IOException;
}
