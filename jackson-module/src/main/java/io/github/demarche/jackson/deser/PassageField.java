package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Passage;
import io.github.demarche.PassageStatus;
import java.io.IOException;

/** The fields of a passage of a document, in the order they are written; see {@link ObjectField}. */
enum PassageField implements ObjectField {

    ID(Name.of("id")) {
        @Override
        void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
                throws IOException {
            b.id(Tokens.string(p, ctxt, Passage.class, text()));
        }

        @Override
        void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.id());
        }
    },
    LABEL(Name.of("label")) {
        @Override
        void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
                throws IOException {
            b.label(Tokens.string(p, ctxt, Passage.class, text()));
        }

        @Override
        void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.label());
        }
    },
    TEXT(Name.of("text")) {
        @Override
        void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
                throws IOException {
            b.text(Tokens.string(p, ctxt, Passage.class, text()));
        }

        @Override
        void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.text());
        }
    },
    STATUS(Name.of("status")) {
        @Override
        void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
                throws IOException {
            b.status(STATUSES.read(p, ctxt, Passage.class, text()));
        }

        @Override
        void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            STATUSES.write(v.status(), g);
        }
    },
    PROPOSED_BY(Name.of("proposedBy", Actor.class)) {
        @Override
        void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
                throws IOException {
            b.addAllProposedBy(d.actors.readAll(p, ctxt, Passage.class, text()));
        }

        @Override
        void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.proposedBy(), s.actors);
        }
    },
    OBJECTED_BY(Name.of("objectedBy", Actor.class)) {
        @Override
        void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
                throws IOException {
            b.addAllObjectedBy(d.actors.readAll(p, ctxt, Passage.class, text()));
        }

        @Override
        void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.objectedBy(), s.actors);
        }
    };

    private static final EnumDeserializer<PassageStatus> STATUSES = new EnumDeserializer<>(PassageStatus.class);

    private final Name json;

    PassageField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into what is being read. */
    abstract void read(PassageDeserializer d, JsonParser p, DeserializationContext ctxt, Passage.Builder b)
            throws IOException;

    /** Writes the field of a value, or nothing if the value has none. */
    abstract void write(PassageSerializer s, Passage v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
