package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.SourceAttribution;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.io.IOException;

/**
 * The fields of a source, in the order they are written; see {@link ObjectField}. Every field but
 * the sentence number is a text; they are read into a {@link SourceAttributionDeserializer.Reading}
 * and the source is built, or found among those read before, at the end.
 */
enum SourceAttributionField implements ObjectField {

    PUBLICATION(Name.of("publication")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.publication());
        }
    },
    URL(Name.of("url")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.url().map(URI::toString));
        }
    },
    /** In ISO 8601, {@code "2021-03-24"} ({@code LocalDate.toString()}), never as numbers. */
    PUBLICATION_DATE(Name.of("publicationDate")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.publicationDate().map(LocalDate::toString));
        }
    },
    AUTHOR(Name.of("author")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.author());
        }
    },
    LANGUAGE(Name.of("language")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.language());
        }
    },
    HEADLINE(Name.of("headline")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.headline());
        }
    },
    CITATION(Name.of("citation")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.citation());
        }
    },
    ORIGINATOR(Name.of("originator")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.originator());
        }
    },
    DOCUMENT_ID(Name.of("documentId")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.documentId());
        }
    },
    /** A whole number from 1. */
    SENTENCE_NUMBER(Name.of("sentenceNumber")) {
        @Override
        void read(SourceAttributionDeserializer d, JsonParser p, DeserializationContext ctxt,
                SourceAttributionDeserializer.Reading r) throws IOException {
            r.sentenceNumber = Tokens.whole(p, ctxt, SourceAttribution.class, text(), Integer.MAX_VALUE);
        }

        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            if (v.sentenceNumber().isPresent()) {
                ObjectSerializer.name(g, this);
                g.writeNumber(v.sentenceNumber().getAsInt());
            }
        }
    },
    EXCERPT(Name.of("excerpt")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.excerpt());
        }
    },
    CODER(Name.of("coder")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.coder());
        }
    },
    /** In ISO 8601, {@code "2016-12-19"}. */
    CODED_ON(Name.of("codedOn")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.codedOn().map(LocalDate::toString));
        }
    },
    /** In ISO 8601 UTC, {@code "2019-10-24T14:30:00Z"} ({@code Instant.toString()}). */
    CODED_AT(Name.of("codedAt")) {
        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.codedAt().map(Instant::toString));
        }
    };

    private final Name json;

    SourceAttributionField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the source being read: a text, by default. */
    void read(SourceAttributionDeserializer d, JsonParser p, DeserializationContext ctxt,
            SourceAttributionDeserializer.Reading r) throws IOException {
        r.texts[ordinal()] = d.texts.read(p, ctxt, SourceAttribution.class, text());
    }

    /** Writes the field of a source, or nothing if the source has no value for it. */
    abstract void write(SourceAttribution v, JsonGenerator g) throws IOException;
}
