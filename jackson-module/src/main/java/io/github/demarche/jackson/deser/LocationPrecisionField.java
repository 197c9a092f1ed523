package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.LocationPrecision;
import java.io.IOException;

/**
 * The fields of a location's precision, {@code {"scale":"ucdp_where_prec","code":1}}; see
 * {@link ObjectField}.
 */
enum LocationPrecisionField implements ObjectField {

    SCALE(Name.of("scale")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, LocationPrecisionDeserializer.Reading r)
                throws IOException {
            r.scale = SCALES.read(p, ctxt, LocationPrecision.class, text());
        }

        @Override
        void write(LocationPrecision v, JsonGenerator g) throws IOException {
            ObjectSerializer.name(g, this);
            SCALES.write(v.scale(), g);
        }
    },
    CODE(Name.of("code")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, LocationPrecisionDeserializer.Reading r)
                throws IOException {
            r.code = Tokens.whole(p, ctxt, LocationPrecision.class, text(), Integer.MAX_VALUE);
        }

        @Override
        void write(LocationPrecision v, JsonGenerator g) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeNumber(v.code());
        }
    };

    private static final EnumDeserializer<LocationPrecision.Scale> SCALES =
            new EnumDeserializer<>(LocationPrecision.Scale.class);

    private final Name json;

    LocationPrecisionField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the precision being read. */
    abstract void read(JsonParser p, DeserializationContext ctxt, LocationPrecisionDeserializer.Reading r)
            throws IOException;

    /** Writes the field of a precision. */
    abstract void write(LocationPrecision v, JsonGenerator g) throws IOException;
}
