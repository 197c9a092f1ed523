package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.FigureHedge;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.Victims;
import io.github.demarche.ExternalId;
import java.io.IOException;

/** Reads a casualty report through {@code CasualtyReport.builder()}; its fields are {@link CasualtyReportField}. */
final class CasualtyReportDeserializer
        extends ObjectDeserializer<CasualtyReport, CasualtyReportField, CasualtyReport.Builder> {

    private static final long serialVersionUID = 1L;

    final Nested<QualifiedCount> counts;
    final Nested<Victims> victims;
    final Nested<Actor> actors;
    final Nested<Location> locations;
    final Nested<SourceAttribution> sources;
    final Nested<ExternalId> externalIds;
    final Nested<FigureHedge> hedges;
    final ApproximateDateDeserializer dates;

    CasualtyReportDeserializer(QualifiedCountDeserializer counts, VictimsDeserializer victims, ActorDeserializer actors,
            LocationDeserializer locations, ApproximateDateDeserializer dates, SourceAttributionDeserializer sources,
            ExternalIdDeserializer externalIds, FigureHedgeDeserializer hedges) {
        super(CasualtyReport.class, CasualtyReportField.class);
        this.counts = Nested.of(QualifiedCount.class, counts);
        this.victims = Nested.of(Victims.class, victims);
        this.actors = Nested.of(Actor.class, actors);
        this.locations = Nested.of(Location.class, locations);
        this.sources = Nested.of(SourceAttribution.class, sources);
        this.dates = dates;
        this.externalIds = Nested.of(ExternalId.class, externalIds);
        this.hedges = Nested.of(FigureHedge.class, hedges);
    }

    private CasualtyReportDeserializer(CasualtyReportDeserializer source, DeserializationContext ctxt)
            throws JsonMappingException {
        super(source);
        this.counts = source.counts.resolve(ctxt);
        this.victims = source.victims.resolve(ctxt);
        this.actors = source.actors.resolve(ctxt);
        this.locations = source.locations.resolve(ctxt);
        this.sources = source.sources.resolve(ctxt);
        this.dates = source.dates;
        this.externalIds = source.externalIds.resolve(ctxt);
        this.hedges = source.hedges.resolve(ctxt);
    }

    @Override
    CasualtyReportDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new CasualtyReportDeserializer(this, ctxt);
    }

    @Override
    CasualtyReport.Builder start() {
        return CasualtyReport.builder();
    }

    @Override
    void readField(CasualtyReportField field, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder builder)
            throws IOException {
        field.read(this, p, ctxt, builder);
    }

    @Override
    CasualtyReport build(JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder builder)
            throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, CasualtyReport.class, e, null);
        }
    }
}
