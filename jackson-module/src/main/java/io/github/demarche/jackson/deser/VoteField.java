package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import java.io.IOException;

/** The fields of a member's vote, in the order they are written; see {@link ObjectField}. */
enum VoteField implements ObjectField {

    ACTOR(Name.of("actor", Actor.class)) {
        @Override
        void read(VoteDeserializer d, JsonParser p, DeserializationContext ctxt, VoteDeserializer.Reading r)
                throws IOException {
            r.actor = d.actors.read(p, ctxt);
        }

        @Override
        void write(VoteSerializer s, Vote v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            s.actors.write(v.actor(), g, pr);
        }
    },
    CHOICE(Name.of("choice")) {
        @Override
        void read(VoteDeserializer d, JsonParser p, DeserializationContext ctxt, VoteDeserializer.Reading r)
                throws IOException {
            r.choice = CHOICES.read(p, ctxt, Vote.class, text());
        }

        @Override
        void write(VoteSerializer s, Vote v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            CHOICES.write(v.choice(), g);
        }
    };

    private static final EnumDeserializer<VoteChoice> CHOICES = new EnumDeserializer<>(VoteChoice.class);

    private final Name json;

    VoteField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into what is being read. */
    abstract void read(VoteDeserializer d, JsonParser p, DeserializationContext ctxt, VoteDeserializer.Reading r)
            throws IOException;

    /** Writes the field of a value, or nothing if the value has none. */
    abstract void write(VoteSerializer s, Vote v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
