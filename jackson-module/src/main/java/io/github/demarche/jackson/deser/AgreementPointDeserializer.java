package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Stance;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a numbered point of an agreement, {@code {"number":1,"text":"...","stances":[...]}}; its fields are {@link AgreementPointField}. */
final class AgreementPointDeserializer extends ObjectDeserializer<AgreementPoint, AgreementPointField, AgreementPointDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final Nested<Stance> stances;

    /** The fields of a value being read, null where absent. */
    static final class Reading {
        Integer number;
        String text;
        List<Stance> stances;
    }

    AgreementPointDeserializer(StanceDeserializer stances) {
        super(AgreementPoint.class, AgreementPointField.class);
        this.stances = Nested.of(Stance.class, stances);
    }

    private AgreementPointDeserializer(AgreementPointDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.stances = source.stances.resolve(ctxt);
    }

    @Override
    AgreementPointDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new AgreementPointDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(AgreementPointField field, JsonParser p, DeserializationContext ctxt, Reading reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    AgreementPoint build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        List<Violation> violations = new ArrayList<>(2);
        if (r.number == null) {
            violations.add(Failures.rule(AgreementPoint.class, AgreementPointField.NUMBER.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (r.text == null) {
            violations.add(Failures.rule(AgreementPoint.class, AgreementPointField.TEXT.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set", "nothing"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, AgreementPoint.class, violations);
        }
        try {
            return AgreementPoint.of(r.number, r.text, r.stances == null ? List.of() : r.stances);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, AgreementPoint.class, e, null);
        }
    }
}
