package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a member's vote, {@code {"actor":{...},"choice":"abstention"}}; its fields are {@link VoteField}. */
final class VoteDeserializer extends ObjectDeserializer<Vote, VoteField, VoteDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final Nested<Actor> actors;

    /** The fields of a value being read, null (-1 for a number) where absent. */
    static final class Reading {
        Actor actor;
        VoteChoice choice;
    }

    VoteDeserializer(ActorDeserializer actors) {
        super(Vote.class, VoteField.class);
        this.actors = Nested.of(Actor.class, actors);
    }

    private VoteDeserializer(VoteDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(ctxt);
    }

    @Override
    VoteDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new VoteDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(VoteField field, JsonParser p, DeserializationContext ctxt, Reading reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Vote build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        List<Violation> violations = new ArrayList<>(2);
        if (r.actor == null) {
            violations.add(Failures.rule(Vote.class, VoteField.ACTOR.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (r.choice == null) {
            violations.add(Failures.rule(Vote.class, VoteField.CHOICE.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, Vote.class, violations);
        }
        try {
            return Vote.of(r.actor, r.choice);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Vote.class, e, null);
        }
    }
}
