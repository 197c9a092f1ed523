package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import java.io.IOException;

/** The fields of a participant of an event, in the order they are written; see {@link ObjectField}. */
enum ParticipantField implements ObjectField {

    ACTOR(Name.of("actor", Actor.class)) {
        @Override
        void read(ParticipantDeserializer d, JsonParser p, DeserializationContext ctxt,
                ParticipantDeserializer.Reading r) throws IOException {
            r.actor = d.actors.read(p, ctxt);
        }

        @Override
        void write(ParticipantSerializer s, Participant v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            s.actors.write(v.actor(), g, pr);
        }
    },
    ROLE(Name.of("role")) {
        @Override
        void read(ParticipantDeserializer d, JsonParser p, DeserializationContext ctxt,
                ParticipantDeserializer.Reading r) throws IOException {
            r.role = ROLES.read(p, ctxt, Participant.class, text());
        }

        @Override
        void write(ParticipantSerializer s, Participant v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            ROLES.write(v.role(), g);
        }
    },
    LOCATION(Name.of("location", Location.class)) {
        @Override
        void read(ParticipantDeserializer d, JsonParser p, DeserializationContext ctxt,
                ParticipantDeserializer.Reading r) throws IOException {
            r.location = d.locations.read(p, ctxt);
        }

        @Override
        void write(ParticipantSerializer s, Participant v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.location(), s.locations);
        }
    };

    private static final EnumDeserializer<ParticipantRole> ROLES = new EnumDeserializer<>(ParticipantRole.class);

    private final Name json;

    ParticipantField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the participant being read. */
    abstract void read(ParticipantDeserializer d, JsonParser p, DeserializationContext ctxt,
            ParticipantDeserializer.Reading r) throws IOException;

    /** Writes the field of a participant. */
    abstract void write(ParticipantSerializer s, Participant v, JsonGenerator g, SerializerProvider pr)
            throws IOException;
}
