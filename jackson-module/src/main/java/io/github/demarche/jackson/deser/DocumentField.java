package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AgreementPoint;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.ExternalId;
import io.github.demarche.Passage;
import io.github.demarche.SourceAttribution;
import java.io.IOException;

/** The fields of a document, in the order they are written; see {@link ObjectField}. */
enum DocumentField implements ObjectField {

    ID(Name.of("id")) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.id(Tokens.string(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.id());
        }
    },
    KIND(Name.of("kind")) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.kind(KINDS.read(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            KINDS.write(v.kind(), g);
        }
    },
    TITLE(Name.of("title")) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.title(Tokens.string(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.title());
        }
    },
    DATE(Name.of("date", ApproximateDate.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.date(d.dates.read(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.date().toString());
        }
    },
    ADOPTED_BY(Name.of("adoptedBy", Actor.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.adoptedBy(d.actors.read(p, ctxt));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.adoptedBy(), s.actors);
        }
    },
    PARTIES(Name.of("parties", Actor.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.addAllParties(d.actors.readAll(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.parties(), s.actors);
        }
    },
    ADOPTION(Name.of("adoption", Adoption.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.adoption(d.adoptions.read(p, ctxt));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.adoption(), s.adoptions);
        }
    },
    DRAFT_OF(Name.of("draftOf")) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.draftOf(Tokens.string(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.draftOf());
        }
    },
    PASSAGES(Name.of("passages", Passage.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.addAllPassages(d.passages.readAll(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.passages(), s.passages);
        }
    },
    POINTS(Name.of("points", AgreementPoint.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.addAllPoints(d.points.readAll(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.points(), s.points);
        }
    },
    SOURCES(Name.of("sources", SourceAttribution.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.addAllSources(d.sources.readAll(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.sources(), s.sources);
        }
    },
    EXTERNAL_IDS(Name.of("externalIds", ExternalId.class)) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.addAllExternalIds(d.externalIds.readAll(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.externalIds(), s.externalIds);
        }
    },
    ATTRIBUTES(Name.of("attributes")) {
        @Override
        void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
                throws IOException {
            b.attributes(Attributes.read(p, ctxt, Document.class, text()));
        }

        @Override
        void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Attributes.write(g, this, v.attributes());
        }
    };

    private static final EnumDeserializer<DocumentKind> KINDS = new EnumDeserializer<>(DocumentKind.class);

    private final Name json;

    DocumentField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into what is being read. */
    abstract void read(DocumentDeserializer d, JsonParser p, DeserializationContext ctxt, Document.Builder b)
            throws IOException;

    /** Writes the field of a value, or nothing if the value has none. */
    abstract void write(DocumentSerializer s, Document v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
