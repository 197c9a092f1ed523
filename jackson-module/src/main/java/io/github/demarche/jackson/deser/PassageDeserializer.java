package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.Passage;
import io.github.demarche.ValidationException;
import java.io.IOException;

/** Reads a passage of a document, {@code {"id":"coup-wording","label":"the word 'coup'","status":"struck","objectedBy":[...]}}; its fields are {@link PassageField}. */
final class PassageDeserializer extends ObjectDeserializer<Passage, PassageField, Passage.Builder> {

    private static final long serialVersionUID = 1L;

    final Nested<Actor> actors;

    PassageDeserializer(ActorDeserializer actors) {
        super(Passage.class, PassageField.class);
        this.actors = Nested.of(Actor.class, actors);
    }

    private PassageDeserializer(PassageDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(ctxt);
    }

    @Override
    PassageDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new PassageDeserializer(this, ctxt);
    }

    @Override
    Passage.Builder start() {
        return Passage.builder();
    }

    @Override
    void readField(PassageField field, JsonParser p, DeserializationContext ctxt, Passage.Builder reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Passage build(JsonParser p, DeserializationContext ctxt, Passage.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Passage.class, e, null);
        }
    }
}
