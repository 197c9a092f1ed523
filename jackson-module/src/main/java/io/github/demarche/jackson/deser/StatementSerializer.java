package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.Location;
import io.github.demarche.RelativeDate;
import io.github.demarche.ExternalId;
import java.io.IOException;

/**
 * Writes a statement with its speakers, stances and source in full:
 * {@code {"id":"s03-joint-statement","speakers":[...],"date":"2021-03-23","mode":"joint","channel":"meeting",
 * "summary":"...","stances":[...],"eventIds":["wang-lavrov-2021-03-23"],"sources":[...]}}; its fields
 * are {@link StatementField}.
 */
final class StatementSerializer extends ObjectSerializer<Statement, StatementField> {

    private static final long serialVersionUID = 1L;

    private static final StatementField[] FIELDS = StatementField.values();

    final NestedWriter<Actor> actors;
    final NestedWriter<Stance> stances;
    final NestedWriter<SourceAttribution> sources;
    final NestedWriter<Location> locations;
    final NestedWriter<ExternalId> externalIds;
    final NestedWriter<RelativeDate> relativeDates;

    StatementSerializer(ActorSerializer actors, StanceSerializer stances, SourceAttributionSerializer sources,
            LocationSerializer locations, ExternalIdSerializer externalIds, RelativeDateSerializer relativeDates) {
        super(Statement.class);
        this.actors = NestedWriter.of(Actor.class, actors);
        this.stances = NestedWriter.of(Stance.class, stances);
        this.sources = NestedWriter.of(SourceAttribution.class, sources);
        this.locations = NestedWriter.of(Location.class, locations);
        this.externalIds = NestedWriter.of(ExternalId.class, externalIds);
        this.relativeDates = NestedWriter.of(RelativeDate.class, relativeDates);
    }

    private StatementSerializer(StatementSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
        this.stances = source.stances.resolve(provider);
        this.sources = source.sources.resolve(provider);
        this.locations = source.locations.resolve(provider);
        this.externalIds = source.externalIds.resolve(provider);
        this.relativeDates = source.relativeDates.resolve(provider);
    }

    @Override
    StatementSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new StatementSerializer(this, provider);
    }

    /**
     * Writes the fields as {@link #writeFieldsByTable} does, each constant called by its name: a call
     * of a constant is inlined, where the loop's one call, which sees every constant, is not.
     * {@code ObjectSerializerTest} proves that both write the same bytes.
     */
    @Override
    void writeFields(Statement value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        StatementField.ID.write(this, value, gen, provider);
        StatementField.SPEAKERS.write(this, value, gen, provider);
        StatementField.ON_BEHALF_OF.write(this, value, gen, provider);
        StatementField.REPORTED_BY.write(this, value, gen, provider);
        StatementField.DATE.write(this, value, gen, provider);
        StatementField.RELATIVE_DATE.write(this, value, gen, provider);
        StatementField.MODE.write(this, value, gen, provider);
        StatementField.CHANNEL.write(this, value, gen, provider);
        StatementField.LOCATION.write(this, value, gen, provider);
        StatementField.QUOTE.write(this, value, gen, provider);
        StatementField.SUMMARY.write(this, value, gen, provider);
        StatementField.STANCES.write(this, value, gen, provider);
        StatementField.EVENT_IDS.write(this, value, gen, provider);
        StatementField.SOURCES.write(this, value, gen, provider);
        StatementField.EXTERNAL_IDS.write(this, value, gen, provider);
        StatementField.ATTRIBUTES.write(this, value, gen, provider);
    }

    /**
     * Writes the fields in the order of the constants of {@link StatementField}, one call for all: what
     * {@link #writeFields} spells out.
     */
    void writeFieldsByTable(Statement value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (StatementField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
