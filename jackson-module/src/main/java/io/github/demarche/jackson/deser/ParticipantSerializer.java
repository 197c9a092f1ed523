package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Participant;
import io.github.demarche.Location;
import java.io.IOException;

/**
 * Writes a participant of an event: {@code {"actor":{...},"role":"initiator"}}; its fields are
 * {@link ParticipantField}.
 */
final class ParticipantSerializer extends ObjectSerializer<Participant, ParticipantField> {

    private static final long serialVersionUID = 1L;

    private static final ParticipantField[] FIELDS = ParticipantField.values();

    final NestedWriter<Actor> actors;
    final NestedWriter<Location> locations;

    ParticipantSerializer(ActorSerializer actors, LocationSerializer locations) {
        super(Participant.class);
        this.actors = NestedWriter.of(Actor.class, actors);
        this.locations = NestedWriter.of(Location.class, locations);
    }

    private ParticipantSerializer(ParticipantSerializer source, SerializerProvider provider)
            throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
        this.locations = source.locations.resolve(provider);
    }

    @Override
    ParticipantSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new ParticipantSerializer(this, provider);
    }

    @Override
    void writeFields(Participant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (ParticipantField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
