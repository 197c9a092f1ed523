package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.VoteCount;
import java.io.IOException;

/** The fields of the tally of a vote, in the order they are written; see {@link ObjectField}. */
enum VoteCountField implements ObjectField {

    IN_FAVOUR(Name.of("inFavour")) {
        @Override
        void read(VoteCountDeserializer d, JsonParser p, DeserializationContext ctxt, VoteCountDeserializer.Reading r)
                throws IOException {
            r.inFavour = Tokens.integer(p, ctxt, VoteCount.class, text());
        }

        @Override
        void write(VoteCountSerializer s, VoteCount v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeNumber(v.inFavour());
        }
    },
    AGAINST(Name.of("against")) {
        @Override
        void read(VoteCountDeserializer d, JsonParser p, DeserializationContext ctxt, VoteCountDeserializer.Reading r)
                throws IOException {
            r.against = Tokens.integer(p, ctxt, VoteCount.class, text());
        }

        @Override
        void write(VoteCountSerializer s, VoteCount v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeNumber(v.against());
        }
    },
    ABSTENTIONS(Name.of("abstentions")) {
        @Override
        void read(VoteCountDeserializer d, JsonParser p, DeserializationContext ctxt, VoteCountDeserializer.Reading r)
                throws IOException {
            r.abstentions = Tokens.integer(p, ctxt, VoteCount.class, text());
        }

        @Override
        void write(VoteCountSerializer s, VoteCount v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeNumber(v.abstentions());
        }
    };


    private final Name json;

    VoteCountField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into what is being read. */
    abstract void read(VoteCountDeserializer d, JsonParser p, DeserializationContext ctxt, VoteCountDeserializer.Reading r)
            throws IOException;

    /** Writes the field of a value, or nothing if the value has none. */
    abstract void write(VoteCountSerializer s, VoteCount v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
