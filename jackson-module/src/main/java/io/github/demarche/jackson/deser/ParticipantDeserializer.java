package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import io.github.demarche.Location;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a participant of an event, {@code {"actor":{...},"role":"initiator"}}, through
 * {@code Participant.of}; its fields are {@link ParticipantField}.
 */
final class ParticipantDeserializer
        extends ObjectDeserializer<Participant, ParticipantField, ParticipantDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final Nested<Actor> actors;
    final Nested<Location> locations;

    /** The fields of a participant being read, null where absent. */
    static final class Reading {
        Actor actor;
        ParticipantRole role;
        Location location;
    }

    ParticipantDeserializer(ActorDeserializer actors, LocationDeserializer locations) {
        super(Participant.class, ParticipantField.class);
        this.actors = Nested.of(Actor.class, actors);
        this.locations = Nested.of(Location.class, locations);
    }

    private ParticipantDeserializer(ParticipantDeserializer source, DeserializationContext ctxt)
            throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(ctxt);
        this.locations = source.locations.resolve(ctxt);
    }

    @Override
    ParticipantDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new ParticipantDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(ParticipantField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Participant build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.actor == null || r.role == null) {
            List<Violation> violations = new ArrayList<>(2);
            if (r.actor == null) {
                violations.add(Failures.rule(Participant.class, ParticipantField.ACTOR.text(),
                        ViolationCode.MISSING_ATTRIBUTE, "be set", "nothing"));
            }
            if (r.role == null) {
                violations.add(Failures.rule(Participant.class, ParticipantField.ROLE.text(),
                        ViolationCode.MISSING_ATTRIBUTE, "be set", "nothing"));
            }
            throw Failures.invalid(p, ctxt, Participant.class, violations);
        }
        return r.location == null ? Participant.of(r.actor, r.role) : Participant.of(r.actor, r.role, r.location);
    }
}
