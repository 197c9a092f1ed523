package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import java.io.IOException;

/** Writes a participant of an event: {@code {"actor":{...},"role":"initiator"}}. */
final class ParticipantSerializer extends ModelSerializer<Participant> {

    private static final long serialVersionUID = 1L;

    static final ParticipantSerializer INSTANCE = new ParticipantSerializer();

    private static final EnumSerializer<ParticipantRole> ROLES = new EnumSerializer<>(ParticipantRole.class);

    private static final SerializedString ACTOR = new SerializedString("actor");
    private static final SerializedString ROLE = new SerializedString("role");

    private ParticipantSerializer() {
        super(Participant.class);
    }

    @Override
    void write(Participant participant, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ACTOR);
        ActorSerializer.INSTANCE.write(participant.actor(), gen);
        gen.writeFieldName(ROLE);
        ROLES.write(participant.role(), gen);
        gen.writeEndObject();
    }
}
