package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;

/** The fields of a dossier, in the order they are written, the format version first; see {@link ObjectField}. */
enum DossierField implements ObjectField {

    FORMAT(Name.of(DemarcheJson.FORMAT_FIELD)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            DossierDeserializer.checkFormat(p, ctxt);
            r.versioned = true;
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeNumber(DemarcheJson.FORMAT_VERSION);
        }
    },
    SOURCE(Name.of("source", SourceAttribution.class)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            r.builder.source(d.sources.read(p, ctxt));
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            s.sources.write(v.source(), g, pr);
        }
    },
    ACTORS(Name.of("actors", Actor.class)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            r.builder.addAllActors(d.actors.readAll(p, ctxt, Dossier.class, text()));
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.actors(), s.actors);
        }
    },
    EVENTS(Name.of("events", Event.class)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            r.builder.addAllEvents(d.events.readAll(p, ctxt, Dossier.class, text()));
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.events(), s.events);
        }
    },
    STATEMENTS(Name.of("statements", Statement.class)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            r.builder.addAllStatements(d.statements.readAll(p, ctxt, Dossier.class, text()));
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.statements(), s.statements);
        }
    },
    CASUALTY_REPORTS(Name.of("casualtyReports", CasualtyReport.class)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            r.builder.addAllCasualtyReports(d.reports.readAll(p, ctxt, Dossier.class, text()));
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.casualtyReports(), s.reports);
        }
    },
    DOCUMENTS(Name.of("documents", Document.class)) {
        @Override
        void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
                throws IOException {
            r.builder.addAllDocuments(d.documents.readAll(p, ctxt, Dossier.class, text()));
        }

        @Override
        void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.documents(), s.documents);
        }
    };

    private final Name json;

    DossierField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the dossier being read. */
    abstract void read(DossierDeserializer d, JsonParser p, DeserializationContext ctxt, DossierDeserializer.Reading r)
            throws IOException;

    /** Writes the field of a dossier, or nothing if the dossier has no value for it. */
    abstract void write(DossierSerializer s, Dossier v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
