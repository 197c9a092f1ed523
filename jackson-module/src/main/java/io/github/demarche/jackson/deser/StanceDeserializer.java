package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.ValidationException;
import io.github.demarche.Coding;
import java.io.IOException;

/**
 * Reads a stance through {@code Stance.builder()}; its fields are {@link StanceField}. An absent
 * {@code "intensity"} is {@code normal}, an absent {@code "contemplated"} is {@code false}.
 */
final class StanceDeserializer extends ObjectDeserializer<Stance, StanceField, Stance.Builder> {

    private static final long serialVersionUID = 1L;

    final Nested<StanceTarget> targets;
    final Nested<Coding> codings;

    StanceDeserializer(StanceTargetDeserializer targets, CodingDeserializer codings) {
        super(Stance.class, StanceField.class);
        this.targets = Nested.of(StanceTarget.class, targets);
        this.codings = Nested.of(Coding.class, codings);
    }

    private StanceDeserializer(StanceDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.targets = source.targets.resolve(ctxt);
        this.codings = source.codings.resolve(ctxt);
    }

    @Override
    StanceDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new StanceDeserializer(this, ctxt);
    }

    @Override
    Stance.Builder start() {
        return Stance.builder();
    }

    @Override
    void readField(StanceField field, JsonParser p, DeserializationContext ctxt, Stance.Builder builder)
            throws IOException {
        field.read(this, p, ctxt, builder);
    }

    @Override
    Stance build(JsonParser p, DeserializationContext ctxt, Stance.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Stance.class, e, null);
        }
    }
}
