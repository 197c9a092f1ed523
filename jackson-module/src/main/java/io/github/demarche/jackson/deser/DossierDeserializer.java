package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.demarche.Dossier;
import io.github.demarche.ValidationException;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.PackageVersion;
import java.io.IOException;

/**
 * Reads a dossier, the top-level document, through {@code Dossier.builder()}, which checks the
 * whole graph (unique ids, known references, nothing dated after publication).
 *
 * <p>The document must carry {@code "demarcheFormat": 1}. A missing format is an
 * {@code InvalidValueException} ({@code MISSING_ATTRIBUTE}); any other number, such as the 2 of a
 * newer version of the format, is an {@code InvalidFormatException} that says which format this
 * version reads. Writers put the format first, so that it is checked before anything else.
 */
final class DossierDeserializer extends ModelDeserializer<Dossier> {

    private static final long serialVersionUID = 1L;

    private final SourceAttributionDeserializer sources;
    private final ActorDeserializer actors;
    private final EventDeserializer events;
    private final StatementDeserializer statements;
    private final CasualtyReportDeserializer reports;

    DossierDeserializer(SourceAttributionDeserializer sources, ActorDeserializer actors, EventDeserializer events,
            StatementDeserializer statements, CasualtyReportDeserializer reports) {
        super(Dossier.class, DemarcheJson.FORMAT_FIELD, "source", "actors", "events", "statements", "casualtyReports");
        this.sources = sources;
        this.actors = actors;
        this.events = events;
        this.statements = statements;
        this.reports = reports;
    }

    @Override
    Dossier read(JsonParser p, DeserializationContext ctxt) throws IOException {
        Dossier.Builder builder = Dossier.builder();
        boolean versioned = false;
        int present = 0;
        for (String field = Tokens.firstField(p, Dossier.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case DemarcheJson.FORMAT_FIELD:
                    checkFormat(p);
                    versioned = true;
                    break;
                case "source":
                    builder.source(sources.read(p, ctxt));
                    break;
                case "actors":
                    Tokens.startArray(p, Dossier.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addActor(actors.read(p, ctxt));
                    }
                    break;
                case "events":
                    Tokens.startArray(p, Dossier.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addEvent(events.read(p, ctxt));
                    }
                    break;
                case "statements":
                    Tokens.startArray(p, Dossier.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addStatement(statements.read(p, ctxt));
                    }
                    break;
                case "casualtyReports":
                    Tokens.startArray(p, Dossier.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addCasualtyReport(reports.read(p, ctxt));
                    }
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Dossier.class, field);
                    break;
            }
        }
        if (!versioned) {
            throw Failures.missing(p, ctxt, Dossier.class, DemarcheJson.FORMAT_FIELD);
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Dossier.class, e, null);
        }
    }

    private static void checkFormat(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw Failures.wrongType(p, Dossier.class, DemarcheJson.FORMAT_FIELD, "a whole number");
        }
        if (p.getNumberType() == JsonParser.NumberType.INT && p.getIntValue() == DemarcheJson.FORMAT_VERSION) {
            return;
        }
        String text = Failures.actual(p);
        boolean newer = !text.startsWith("-")
                && (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() > DemarcheJson.FORMAT_VERSION);
        throw InvalidFormatException.from(p, Failures.where(Dossier.class, DemarcheJson.FORMAT_FIELD) + " must be "
                + DemarcheJson.FORMAT_VERSION + ", the only format that demarche-jackson " + PackageVersion.VERSION
                + " reads, got " + text + (newer ? "; a newer demarche-jackson may read it" : ""), text, Dossier.class);
    }
}
