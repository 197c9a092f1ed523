package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.FigureHedge;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Victims;
import io.github.demarche.ExternalId;
import java.io.IOException;

/**
 * Writes a casualty report:
 * {@code {"id":"killed-2021-03-23","type":"killed","count":{...},"victims":{...},"perpetrator":{...},
 * "originator":{...},"certainty":"verified","hedges":[{"kind":"likely_higher"}],
 * "location":{"country":"MMR"},"asOf":"2021-03-23","periodStart":"2021-02-01","sources":[...]}}; its
 * fields are {@link CasualtyReportField}.
 */
final class CasualtyReportSerializer extends ObjectSerializer<CasualtyReport, CasualtyReportField> {

    private static final long serialVersionUID = 1L;

    private static final CasualtyReportField[] FIELDS = CasualtyReportField.values();

    final NestedWriter<QualifiedCount> counts;
    final NestedWriter<Victims> victims;
    final NestedWriter<Actor> actors;
    final NestedWriter<Location> locations;
    final NestedWriter<SourceAttribution> sources;
    final NestedWriter<ExternalId> externalIds;
    final NestedWriter<FigureHedge> hedges;

    CasualtyReportSerializer(QualifiedCountSerializer counts, VictimsSerializer victims, ActorSerializer actors,
            LocationSerializer locations, SourceAttributionSerializer sources, ExternalIdSerializer externalIds,
            FigureHedgeSerializer hedges) {
        super(CasualtyReport.class);
        this.counts = NestedWriter.of(QualifiedCount.class, counts);
        this.victims = NestedWriter.of(Victims.class, victims);
        this.actors = NestedWriter.of(Actor.class, actors);
        this.locations = NestedWriter.of(Location.class, locations);
        this.sources = NestedWriter.of(SourceAttribution.class, sources);
        this.externalIds = NestedWriter.of(ExternalId.class, externalIds);
        this.hedges = NestedWriter.of(FigureHedge.class, hedges);
    }

    private CasualtyReportSerializer(CasualtyReportSerializer source, SerializerProvider provider)
            throws JsonMappingException {
        super(source);
        this.counts = source.counts.resolve(provider);
        this.victims = source.victims.resolve(provider);
        this.actors = source.actors.resolve(provider);
        this.locations = source.locations.resolve(provider);
        this.sources = source.sources.resolve(provider);
        this.externalIds = source.externalIds.resolve(provider);
        this.hedges = source.hedges.resolve(provider);
    }

    @Override
    CasualtyReportSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new CasualtyReportSerializer(this, provider);
    }

    @Override
    void writeFields(CasualtyReport value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (CasualtyReportField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
