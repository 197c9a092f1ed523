package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Statement;
import java.io.IOException;

/**
 * Writes a dossier, the top-level document of the format, with the format version first:
 * {@code {"demarcheFormat":2,"source":{...},"actors":[...],"events":[...],"statements":[...],"casualtyReports":[...]}};
 * its fields are {@link DossierField}.
 */
final class DossierSerializer extends ObjectSerializer<Dossier, DossierField> {

    private static final long serialVersionUID = 1L;

    private static final DossierField[] FIELDS = DossierField.values();

    final NestedWriter<SourceAttribution> sources;
    final NestedWriter<Actor> actors;
    final NestedWriter<Event> events;
    final NestedWriter<Statement> statements;
    final NestedWriter<CasualtyReport> reports;
    final NestedWriter<Document> documents;

    DossierSerializer(SourceAttributionSerializer sources, ActorSerializer actors, EventSerializer events,
            StatementSerializer statements, CasualtyReportSerializer reports, DocumentSerializer documents) {
        super(Dossier.class);
        this.sources = NestedWriter.of(SourceAttribution.class, sources);
        this.actors = NestedWriter.of(Actor.class, actors);
        this.events = NestedWriter.of(Event.class, events);
        this.statements = NestedWriter.of(Statement.class, statements);
        this.reports = NestedWriter.of(CasualtyReport.class, reports);
        this.documents = NestedWriter.of(Document.class, documents);
    }

    private DossierSerializer(DossierSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.sources = source.sources.resolve(provider);
        this.actors = source.actors.resolve(provider);
        this.events = source.events.resolve(provider);
        this.statements = source.statements.resolve(provider);
        this.reports = source.reports.resolve(provider);
        this.documents = source.documents.resolve(provider);
    }

    @Override
    DossierSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new DossierSerializer(this, provider);
    }

    @Override
    void writeFields(Dossier value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (DossierField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
