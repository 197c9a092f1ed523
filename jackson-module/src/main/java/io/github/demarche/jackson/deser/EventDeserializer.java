package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ValidationException;
import io.github.demarche.QualifiedCount;
import io.github.demarche.Coding;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ExternalId;
import io.github.demarche.RelativeDate;
import java.io.IOException;

/**
 * Reads an event through {@code Event.builder()}; its fields are {@link EventField}. An absent
 * {@code "blocked"} is {@code false}.
 */
final class EventDeserializer extends ObjectDeserializer<Event, EventField, Event.Builder> {

    private static final long serialVersionUID = 1L;

    final ApproximateDateDeserializer dates;
    final Nested<Location> locations;
    final Nested<Participant> participants;
    final Nested<QualifiedCount> counts;
    final Nested<Coding> codings;
    final Nested<SourceAttribution> sources;
    final Nested<ExternalId> externalIds;
    final Nested<RelativeDate> relativeDates;

    EventDeserializer(ApproximateDateDeserializer dates, LocationDeserializer locations,
            ParticipantDeserializer participants, QualifiedCountDeserializer counts, CodingDeserializer codings,
            SourceAttributionDeserializer sources, ExternalIdDeserializer externalIds,
            RelativeDateDeserializer relativeDates) {
        super(Event.class, EventField.class);
        this.dates = dates;
        this.locations = Nested.of(Location.class, locations);
        this.participants = Nested.of(Participant.class, participants);
        this.counts = Nested.of(QualifiedCount.class, counts);
        this.codings = Nested.of(Coding.class, codings);
        this.sources = Nested.of(SourceAttribution.class, sources);
        this.externalIds = Nested.of(ExternalId.class, externalIds);
        this.relativeDates = Nested.of(RelativeDate.class, relativeDates);
    }

    private EventDeserializer(EventDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.dates = source.dates;
        this.locations = source.locations.resolve(ctxt);
        this.participants = source.participants.resolve(ctxt);
        this.counts = source.counts.resolve(ctxt);
        this.codings = source.codings.resolve(ctxt);
        this.sources = source.sources.resolve(ctxt);
        this.externalIds = source.externalIds.resolve(ctxt);
        this.relativeDates = source.relativeDates.resolve(ctxt);
    }

    @Override
    EventDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new EventDeserializer(this, ctxt);
    }

    @Override
    Event.Builder start() {
        return Event.builder();
    }

    @Override
    void readField(EventField field, JsonParser p, DeserializationContext ctxt, Event.Builder builder)
            throws IOException {
        field.read(this, p, ctxt, builder);
    }

    @Override
    Event build(JsonParser p, DeserializationContext ctxt, Event.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Event.class, e, null);
        }
    }
}
