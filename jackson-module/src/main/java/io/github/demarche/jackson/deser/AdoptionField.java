package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.Vote;
import io.github.demarche.VoteCount;
import java.io.IOException;

/** The fields of how a body decided on a document, in the order they are written; see {@link ObjectField}. */
enum AdoptionField implements ObjectField {

    METHOD(Name.of("method")) {
        @Override
        void read(AdoptionDeserializer d, JsonParser p, DeserializationContext ctxt, Adoption.Builder b)
                throws IOException {
            b.method(METHODS.read(p, ctxt, Adoption.class, text()));
        }

        @Override
        void write(AdoptionSerializer s, Adoption v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            METHODS.write(v.method(), g);
        }
    },
    ADOPTED(Name.of("adopted")) {
        @Override
        void read(AdoptionDeserializer d, JsonParser p, DeserializationContext ctxt, Adoption.Builder b)
                throws IOException {
            b.adopted(Tokens.bool(p, ctxt, Adoption.class, text()));
        }

        @Override
        void write(AdoptionSerializer s, Adoption v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeBoolean(v.isAdopted());
        }
    },
    COUNT(Name.of("count", VoteCount.class)) {
        @Override
        void read(AdoptionDeserializer d, JsonParser p, DeserializationContext ctxt, Adoption.Builder b)
                throws IOException {
            b.count(d.counts.read(p, ctxt));
        }

        @Override
        void write(AdoptionSerializer s, Adoption v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.count(), s.counts);
        }
    },
    VOTES(Name.of("votes", Vote.class)) {
        @Override
        void read(AdoptionDeserializer d, JsonParser p, DeserializationContext ctxt, Adoption.Builder b)
                throws IOException {
            b.addAllVotes(d.votes.readAll(p, ctxt, Adoption.class, text()));
        }

        @Override
        void write(AdoptionSerializer s, Adoption v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.votes(), s.votes);
        }
    },
    OBJECTORS(Name.of("objectors", Actor.class)) {
        @Override
        void read(AdoptionDeserializer d, JsonParser p, DeserializationContext ctxt, Adoption.Builder b)
                throws IOException {
            b.addAllObjectors(d.actors.readAll(p, ctxt, Adoption.class, text()));
        }

        @Override
        void write(AdoptionSerializer s, Adoption v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.objectors(), s.actors);
        }
    };

    private static final EnumDeserializer<AdoptionMethod> METHODS = new EnumDeserializer<>(AdoptionMethod.class);

    private final Name json;

    AdoptionField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into what is being read. */
    abstract void read(AdoptionDeserializer d, JsonParser p, DeserializationContext ctxt, Adoption.Builder b)
            throws IOException;

    /** Writes the field of a value, or nothing if the value has none. */
    abstract void write(AdoptionSerializer s, Adoption v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
