package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Actor;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a participant of an event, {@code {"actor":{...},"role":"initiator"}}, through {@code Participant.of}. */
final class ParticipantDeserializer extends ModelDeserializer<Participant> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<ParticipantRole> ROLES = new EnumDeserializer<>(ParticipantRole.class);

    private final ActorDeserializer actors;

    ParticipantDeserializer(ActorDeserializer actors) {
        super(Participant.class, "actor", "role");
        this.actors = actors;
    }

    @Override
    Participant read(JsonParser p, DeserializationContext ctxt) throws IOException {
        Actor actor = null;
        ParticipantRole role = null;
        int present = 0;
        for (String field = Tokens.firstField(p, Participant.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "actor":
                    actor = actors.read(p, ctxt);
                    break;
                case "role":
                    role = ROLES.read(p, Participant.class, field);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Participant.class, field);
                    break;
            }
        }
        if (actor == null || role == null) {
            List<Violation> violations = new ArrayList<>(2);
            if (actor == null) {
                violations.add(Failures.rule(Participant.class, "actor", ViolationCode.MISSING_ATTRIBUTE, "be set",
                        "nothing"));
            }
            if (role == null) {
                violations.add(Failures.rule(Participant.class, "role", ViolationCode.MISSING_ATTRIBUTE, "be set",
                        "nothing"));
            }
            throw Failures.invalid(p, ctxt, Participant.class, violations);
        }
        return Participant.of(actor, role);
    }
}
