package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.PackageVersion;
import java.io.IOException;

/**
 * Reads a dossier, the top-level document, through {@code Dossier.builder()}, which checks the
 * whole graph (unique ids, known references, nothing dated after publication); its fields are
 * {@link DossierField}.
 *
 * <p>The document must carry {@code "demarcheFormat": 2}. A missing format is an
 * {@code InvalidValueException} ({@code MISSING_ATTRIBUTE}); any other number, such as the 2 of a
 * newer version of the format, is an {@code InvalidFormatException} that says which format this
 * version reads. Writers put the format first, so that it is checked before anything else.
 */
final class DossierDeserializer extends ObjectDeserializer<Dossier, DossierField, DossierDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final Nested<SourceAttribution> sources;
    final Nested<Actor> actors;
    final Nested<Event> events;
    final Nested<Statement> statements;
    final Nested<CasualtyReport> reports;
    final Nested<Document> documents;

    /** A dossier being read: its builder, and whether the format version was read. */
    static final class Reading {
        final Dossier.Builder builder = Dossier.builder();
        boolean versioned;
    }

    DossierDeserializer(SourceAttributionDeserializer sources, ActorDeserializer actors, EventDeserializer events,
            StatementDeserializer statements, CasualtyReportDeserializer reports, DocumentDeserializer documents) {
        super(Dossier.class, DossierField.class);
        this.sources = Nested.of(SourceAttribution.class, sources);
        this.actors = Nested.of(Actor.class, actors);
        this.events = Nested.of(Event.class, events);
        this.statements = Nested.of(Statement.class, statements);
        this.reports = Nested.of(CasualtyReport.class, reports);
        this.documents = Nested.of(Document.class, documents);
    }

    private DossierDeserializer(DossierDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.sources = source.sources.resolve(ctxt);
        this.actors = source.actors.resolve(ctxt);
        this.events = source.events.resolve(ctxt);
        this.statements = source.statements.resolve(ctxt);
        this.reports = source.reports.resolve(ctxt);
        this.documents = source.documents.resolve(ctxt);
    }

    @Override
    DossierDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new DossierDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(DossierField field, JsonParser p, DeserializationContext ctxt, Reading reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Dossier build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (!r.versioned) {
            throw Failures.missing(p, ctxt, Dossier.class, DossierField.FORMAT.text());
        }
        try {
            return r.builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Dossier.class, e, null);
        }
    }

    static void checkFormat(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            ctxt.reportInputMismatch(Integer.class, "%s", Failures.where(Dossier.class, DemarcheJson.FORMAT_FIELD)
                    + " must be a whole number, got " + Failures.actual(p));
        }
        if (p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == DemarcheJson.FORMAT_VERSION) {
            return;
        }
        String text = Failures.actual(p);
        boolean newer = !text.startsWith("-")
                && (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() > DemarcheJson.FORMAT_VERSION);
        throw InvalidFormatException.from(p, Failures.where(Dossier.class, DemarcheJson.FORMAT_FIELD) + " must be "
                + DemarcheJson.FORMAT_VERSION + ", the only format that demarche-jackson " + PackageVersion.VERSION
                + " reads, got " + text + (newer ? "; a newer demarche-jackson may read it"
                        : "1".equals(text) ? DemarcheJson.FORMAT_1_HINT : ""), text, Dossier.class);
    }
}
