package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.Location;
import io.github.demarche.RelativeDate;
import io.github.demarche.ExternalId;
import java.io.IOException;

/**
 * Reads a statement, with its speakers, stances and source by value, through
 * {@code Statement.builder()}; its fields are {@link StatementField}.
 */
final class StatementDeserializer extends ObjectDeserializer<Statement, StatementField, Statement.Builder> {

    private static final long serialVersionUID = 1L;

    final Nested<Actor> actors;
    final Nested<Stance> stances;
    final Nested<SourceAttribution> sources;
    final Nested<Location> locations;
    final Nested<ExternalId> externalIds;
    final Nested<RelativeDate> relativeDates;
    final ApproximateDateDeserializer dates;
    /** The ids of events, read again and again. */
    final Texts eventIds;

    StatementDeserializer(ActorDeserializer actors, ApproximateDateDeserializer dates, StanceDeserializer stances,
            SourceAttributionDeserializer sources, LocationDeserializer locations, ExternalIdDeserializer externalIds,
            RelativeDateDeserializer relativeDates) {
        super(Statement.class, StatementField.class);
        this.actors = Nested.of(Actor.class, actors);
        this.stances = Nested.of(Stance.class, stances);
        this.sources = Nested.of(SourceAttribution.class, sources);
        this.dates = dates;
        this.eventIds = new Texts(512);
        this.locations = Nested.of(Location.class, locations);
        this.externalIds = Nested.of(ExternalId.class, externalIds);
        this.relativeDates = Nested.of(RelativeDate.class, relativeDates);
    }

    private StatementDeserializer(StatementDeserializer source, DeserializationContext ctxt)
            throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(ctxt);
        this.stances = source.stances.resolve(ctxt);
        this.sources = source.sources.resolve(ctxt);
        this.dates = source.dates;
        this.eventIds = source.eventIds;
        this.locations = source.locations.resolve(ctxt);
        this.externalIds = source.externalIds.resolve(ctxt);
        this.relativeDates = source.relativeDates.resolve(ctxt);
    }

    @Override
    StatementDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new StatementDeserializer(this, ctxt);
    }

    @Override
    Statement.Builder start() {
        return Statement.builder();
    }

    @Override
    void readField(StatementField field, JsonParser p, DeserializationContext ctxt, Statement.Builder builder)
            throws IOException {
        field.read(this, p, ctxt, builder);
    }

    @Override
    Statement build(JsonParser p, DeserializationContext ctxt, Statement.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Statement.class, e, null);
        }
    }
}
