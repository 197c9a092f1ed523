package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import java.io.IOException;

/**
 * Writes an event:
 * {@code {"id":"coup-2021-02-01","type":"coup","title":"...","date":"2021-02-01","location":{...},
 * "participants":[...],"cameoRootCode":"17"}}; its fields are {@link EventField}.
 */
final class EventSerializer extends ObjectSerializer<Event, EventField> {

    private static final long serialVersionUID = 1L;

    private static final EventField[] FIELDS = EventField.values();

    final NestedWriter<Location> locations;
    final NestedWriter<Participant> participants;

    EventSerializer(LocationSerializer locations, ParticipantSerializer participants) {
        super(Event.class);
        this.locations = NestedWriter.of(Location.class, locations);
        this.participants = NestedWriter.of(Participant.class, participants);
    }

    private EventSerializer(EventSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.locations = source.locations.resolve(provider);
        this.participants = source.participants.resolve(provider);
    }

    @Override
    EventSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new EventSerializer(this, provider);
    }

    @Override
    void writeFields(Event value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (EventField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
