package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.StanceTarget;
import java.io.IOException;

/**
 * The fields of a stance target, in the order they are written, the kind first; see
 * {@link ObjectField}. Each kind has its own fields: {@code actor}; {@code label} and {@code key};
 * {@code eventId}; {@code reportId}; {@code statementId}; {@code documentId} and {@code passageId}.
 */
enum StanceTargetField implements ObjectField {

    KIND(Name.of("kind")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.kind = StanceTargetDeserializer.readKind(p, ctxt);
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            StanceTargetDeserializer.KINDS.write(v.kind(), g);
        }
    },
    ACTOR(Name.of("actor", Actor.class)) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.actor = d.actors.read(p, ctxt);
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.actor(), s.actors);
        }
    },
    LABEL(Name.of("label")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.label = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.label());
        }
    },
    KEY(Name.of("key")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.key = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.topicKey());
        }
    },
    EVENT_ID(Name.of("eventId")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.eventId = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.eventId());
        }
    },
    REPORT_ID(Name.of("reportId")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.reportId = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.casualtyReportId());
        }
    },
    STATEMENT_ID(Name.of("statementId")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.statementId = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.statementId());
        }
    },
    DOCUMENT_ID(Name.of("documentId")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.documentId = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.documentId());
        }
    },
    PASSAGE_ID(Name.of("passageId")) {
        @Override
        void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
                StanceTargetDeserializer.Reading r) throws IOException {
            r.passageId = d.texts.read(p, ctxt, StanceTarget.class, text());
        }

        @Override
        void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.passageId());
        }
    };

    private final Name json;

    StanceTargetField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the target being read. */
    abstract void read(StanceTargetDeserializer d, JsonParser p, DeserializationContext ctxt,
            StanceTargetDeserializer.Reading r) throws IOException;

    /** Writes the field of a target, or nothing if the target has no value for it. */
    abstract void write(StanceTargetSerializer s, StanceTarget v, JsonGenerator g, SerializerProvider pr)
            throws IOException;
}
