package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Stance;
import java.io.IOException;

/** The fields of a numbered point of an agreement, in the order they are written; see {@link ObjectField}. */
enum AgreementPointField implements ObjectField {

    NUMBER(Name.of("number")) {
        @Override
        void read(AgreementPointDeserializer d, JsonParser p, DeserializationContext ctxt, AgreementPointDeserializer.Reading r)
                throws IOException {
            r.number = Tokens.integer(p, ctxt, AgreementPoint.class, text());
        }

        @Override
        void write(AgreementPointSerializer s, AgreementPoint v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeNumber(v.number());
        }
    },
    TEXT(Name.of("text")) {
        @Override
        void read(AgreementPointDeserializer d, JsonParser p, DeserializationContext ctxt, AgreementPointDeserializer.Reading r)
                throws IOException {
            r.text = Tokens.string(p, ctxt, AgreementPoint.class, text());
        }

        @Override
        void write(AgreementPointSerializer s, AgreementPoint v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.text());
        }
    },
    STANCES(Name.of("stances", Stance.class)) {
        @Override
        void read(AgreementPointDeserializer d, JsonParser p, DeserializationContext ctxt, AgreementPointDeserializer.Reading r)
                throws IOException {
            r.stances = d.stances.readAll(p, ctxt, AgreementPoint.class, text());
        }

        @Override
        void write(AgreementPointSerializer s, AgreementPoint v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.stances(), s.stances);
        }
    };


    private final Name json;

    AgreementPointField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into what is being read. */
    abstract void read(AgreementPointDeserializer d, JsonParser p, DeserializationContext ctxt, AgreementPointDeserializer.Reading r)
            throws IOException;

    /** Writes the field of a value, or nothing if the value has none. */
    abstract void write(AgreementPointSerializer s, AgreementPoint v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
