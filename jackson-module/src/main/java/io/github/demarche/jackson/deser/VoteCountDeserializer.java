package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import io.github.demarche.VoteCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the tally of a vote, {@code {"inFavour":13,"against":0,"abstentions":2}}; its fields are {@link VoteCountField}. */
final class VoteCountDeserializer extends ObjectDeserializer<VoteCount, VoteCountField, VoteCountDeserializer.Reading> {

    private static final long serialVersionUID = 1L;


    /** The fields of a value being read, null where absent. */
    static final class Reading {
        Integer inFavour;
        Integer against;
        Integer abstentions;
    }

    VoteCountDeserializer() {
        super(VoteCount.class, VoteCountField.class);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(VoteCountField field, JsonParser p, DeserializationContext ctxt, Reading reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    VoteCount build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        List<Violation> violations = new ArrayList<>(2);
        if (r.inFavour == null) {
            violations.add(Failures.rule(VoteCount.class, VoteCountField.IN_FAVOUR.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (r.against == null) {
            violations.add(Failures.rule(VoteCount.class, VoteCountField.AGAINST.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (r.abstentions == null) {
            violations.add(Failures.rule(VoteCount.class, VoteCountField.ABSTENTIONS.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, VoteCount.class, violations);
        }
        try {
            return VoteCount.of(r.inFavour, r.against, r.abstentions);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, VoteCount.class, e, null);
        }
    }
}
