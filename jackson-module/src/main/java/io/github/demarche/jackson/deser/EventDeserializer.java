package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads an event through {@code Event.builder()}; its fields are {@link EventField}. An absent
 * {@code "blocked"} is {@code false}, an absent {@code "cameoRootCode"} the type's default.
 */
final class EventDeserializer extends ObjectDeserializer<Event, EventField, Event.Builder> {

    private static final long serialVersionUID = 1L;

    final ApproximateDateDeserializer dates;
    final Nested<Location> locations;
    final Nested<Participant> participants;

    EventDeserializer(ApproximateDateDeserializer dates, LocationDeserializer locations,
            ParticipantDeserializer participants) {
        super(Event.class, EventField.class);
        this.dates = dates;
        this.locations = Nested.of(Location.class, locations);
        this.participants = Nested.of(Participant.class, participants);
    }

    private EventDeserializer(EventDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.dates = source.dates;
        this.locations = source.locations.resolve(ctxt);
        this.participants = source.participants.resolve(ctxt);
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
