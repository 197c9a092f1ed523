package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.ExternalId;
import java.io.IOException;

/** The fields of an external id, {@code {"scheme":"gdelt","value":"881990842"}}; see {@link ObjectField}. */
enum ExternalIdField implements ObjectField {

    SCHEME(Name.of("scheme")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, ExternalIdDeserializer.Reading r) throws IOException {
            r.scheme = Tokens.string(p, ctxt, ExternalId.class, text());
        }

        @Override
        void write(ExternalId v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.scheme());
        }
    },
    VALUE(Name.of("value")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, ExternalIdDeserializer.Reading r) throws IOException {
            r.value = Tokens.string(p, ctxt, ExternalId.class, text());
        }

        @Override
        void write(ExternalId v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.value());
        }
    };

    private final Name json;

    ExternalIdField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the id being read. */
    abstract void read(JsonParser p, DeserializationContext ctxt, ExternalIdDeserializer.Reading r) throws IOException;

    /** Writes the field of an id. */
    abstract void write(ExternalId v, JsonGenerator g) throws IOException;
}
