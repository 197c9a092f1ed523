package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.ValidationException;
import java.io.IOException;

/** Reads a casualty report through {@code CasualtyReport.builder()}. */
final class CasualtyReportDeserializer extends ModelDeserializer<CasualtyReport> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<CasualtyType> TYPES = new EnumDeserializer<>(CasualtyType.class);

    private final QualifiedCountDeserializer counts;
    private final VictimsDeserializer victims;
    private final ActorDeserializer actors;
    private final LocationDeserializer locations;
    private final ApproximateDateDeserializer dates;
    private final SourceAttributionDeserializer sources;

    CasualtyReportDeserializer(QualifiedCountDeserializer counts, VictimsDeserializer victims, ActorDeserializer actors,
            LocationDeserializer locations, ApproximateDateDeserializer dates, SourceAttributionDeserializer sources) {
        super(CasualtyReport.class, "id", "type", "count", "victims", "perpetrator", "location", "asOf", "periodStart",
                "source");
        this.counts = counts;
        this.victims = victims;
        this.actors = actors;
        this.locations = locations;
        this.dates = dates;
        this.sources = sources;
    }

    @Override
    CasualtyReport read(JsonParser p, DeserializationContext ctxt) throws IOException {
        CasualtyReport.Builder builder = CasualtyReport.builder();
        int present = 0;
        for (String field = Tokens.firstField(p, CasualtyReport.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "id":
                    builder.id(Tokens.string(p, CasualtyReport.class, field));
                    break;
                case "type":
                    builder.type(TYPES.read(p, CasualtyReport.class, field));
                    break;
                case "count":
                    builder.count(counts.read(p, ctxt));
                    break;
                case "victims":
                    builder.victims(victims.read(p, ctxt));
                    break;
                case "perpetrator":
                    builder.perpetrator(actors.read(p, ctxt));
                    break;
                case "location":
                    builder.location(locations.read(p, ctxt));
                    break;
                case "asOf":
                    builder.asOf(dates.read(p, ctxt, CasualtyReport.class, field));
                    break;
                case "periodStart":
                    builder.periodStart(dates.read(p, ctxt, CasualtyReport.class, field));
                    break;
                case "source":
                    builder.source(sources.read(p, ctxt));
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, CasualtyReport.class, field);
                    break;
            }
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, CasualtyReport.class, e, null);
        }
    }
}
