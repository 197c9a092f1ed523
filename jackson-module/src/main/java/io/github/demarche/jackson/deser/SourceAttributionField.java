package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.SourceAttribution;
import java.io.IOException;

/**
 * The fields of a source, in the order they are written; see {@link ObjectField}. Every field is a
 * text; the texts are read into a {@link SourceAttributionDeserializer.Reading} and the source is
 * built, or found among those read before, at the end.
 */
enum SourceAttributionField implements ObjectField {

    PUBLICATION(Name.of("publication")) {
        @Override
        void read(SourceAttributionDeserializer.Reading r, String text) {
            r.publication = text;
        }

        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.publication());
        }
    },
    URL(Name.of("url")) {
        @Override
        void read(SourceAttributionDeserializer.Reading r, String text) {
            r.url = text;
        }

        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.url().toString());
        }
    },
    /** In ISO 8601, {@code "2021-03-24"} ({@code LocalDate.toString()}), never as numbers. */
    PUBLICATION_DATE(Name.of("publicationDate")) {
        @Override
        void read(SourceAttributionDeserializer.Reading r, String text) {
            r.publicationDate = text;
        }

        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.publicationDate().toString());
        }
    },
    AUTHOR(Name.of("author")) {
        @Override
        void read(SourceAttributionDeserializer.Reading r, String text) {
            r.author = text;
        }

        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.author());
        }
    },
    LANGUAGE(Name.of("language")) {
        @Override
        void read(SourceAttributionDeserializer.Reading r, String text) {
            r.language = text;
        }

        @Override
        void write(SourceAttribution v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.language());
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

    /** Reads the field's text, the parser on it, into the source being read. */
    final void read(SourceAttributionDeserializer d, JsonParser p, DeserializationContext ctxt,
            SourceAttributionDeserializer.Reading r) throws IOException {
        read(r, d.texts.read(p, ctxt, SourceAttribution.class, text()));
    }

    /** Keeps the field's text in the source being read. */
    abstract void read(SourceAttributionDeserializer.Reading r, String text);

    /** Writes the field of a source, or nothing if the source has no value for it. */
    abstract void write(SourceAttribution v, JsonGenerator g) throws IOException;
}
