package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.FigureHedge;
import java.io.IOException;

/**
 * The fields of a figure's hedge,
 * {@code {"kind":"likely_higher","wording":"the real toll is likely considerably higher"}}; see
 * {@link ObjectField}.
 */
enum FigureHedgeField implements ObjectField {

    KIND(Name.of("kind")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, FigureHedgeDeserializer.Reading r) throws IOException {
            r.kind = KINDS.read(p, ctxt, FigureHedge.class, text());
        }

        @Override
        void write(FigureHedge v, JsonGenerator g) throws IOException {
            ObjectSerializer.name(g, this);
            KINDS.write(v.kind(), g);
        }
    },
    WORDING(Name.of("wording")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, FigureHedgeDeserializer.Reading r) throws IOException {
            r.wording = Tokens.string(p, ctxt, FigureHedge.class, text());
        }

        @Override
        void write(FigureHedge v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.wording());
        }
    };

    private static final EnumDeserializer<FigureHedge.Kind> KINDS = new EnumDeserializer<>(FigureHedge.Kind.class);

    private final Name json;

    FigureHedgeField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the hedge being read. */
    abstract void read(JsonParser p, DeserializationContext ctxt, FigureHedgeDeserializer.Reading r) throws IOException;

    /** Writes the field of a hedge, or nothing if the hedge has no value for it. */
    abstract void write(FigureHedge v, JsonGenerator g) throws IOException;
}
