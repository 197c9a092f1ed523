package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.util.List;

/**
 * Writes a dossier, the top-level document of the format, with the format version first:
 * {@code {"demarcheFormat":1,"source":{...},"actors":[...],"events":[...],"statements":[...],"casualtyReports":[...]}}.
 */
final class DossierSerializer extends ModelSerializer<Dossier> {

    private static final long serialVersionUID = 1L;

    static final DossierSerializer INSTANCE = new DossierSerializer();

    private static final SerializedString FORMAT = new SerializedString(DemarcheJson.FORMAT_FIELD);
    private static final SerializedString SOURCE = new SerializedString("source");
    private static final SerializedString ACTORS = new SerializedString("actors");
    private static final SerializedString EVENTS = new SerializedString("events");
    private static final SerializedString STATEMENTS = new SerializedString("statements");
    private static final SerializedString CASUALTY_REPORTS = new SerializedString("casualtyReports");

    private DossierSerializer() {
        super(Dossier.class);
    }

    @Override
    void write(Dossier dossier, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(FORMAT);
        gen.writeNumber(DemarcheJson.FORMAT_VERSION);
        gen.writeFieldName(SOURCE);
        SourceAttributionSerializer.INSTANCE.write(dossier.source(), gen);
        List<Actor> actors = dossier.actors();
        if (!actors.isEmpty()) {
            gen.writeFieldName(ACTORS);
            gen.writeStartArray();
            for (int i = 0; i < actors.size(); i++) {
                ActorSerializer.INSTANCE.write(actors.get(i), gen);
            }
            gen.writeEndArray();
        }
        List<Event> events = dossier.events();
        if (!events.isEmpty()) {
            gen.writeFieldName(EVENTS);
            gen.writeStartArray();
            for (int i = 0; i < events.size(); i++) {
                EventSerializer.INSTANCE.write(events.get(i), gen);
            }
            gen.writeEndArray();
        }
        List<Statement> statements = dossier.statements();
        if (!statements.isEmpty()) {
            gen.writeFieldName(STATEMENTS);
            gen.writeStartArray();
            for (int i = 0; i < statements.size(); i++) {
                StatementSerializer.INSTANCE.write(statements.get(i), gen);
            }
            gen.writeEndArray();
        }
        List<CasualtyReport> reports = dossier.casualtyReports();
        if (!reports.isEmpty()) {
            gen.writeFieldName(CASUALTY_REPORTS);
            gen.writeStartArray();
            for (int i = 0; i < reports.size(); i++) {
                CasualtyReportSerializer.INSTANCE.write(reports.get(i), gen);
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }
}
