package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.ExternalId;
import java.io.IOException;

/**
 * Writes an actor by value, its affiliation nested in full:
 * {@code {"id":"wang-yi","name":"Wang Yi","kind":"person","country":"CHN","title":"Foreign Minister",
 * "affiliation":{...}}}; its fields are {@link ActorField}. The nesting is bounded by the model: a
 * chain of affiliations has at most {@link Actor#MAX_AFFILIATION_DEPTH} actors above the first.
 */
final class ActorSerializer extends ObjectSerializer<Actor, ActorField> {

    private static final long serialVersionUID = 1L;

    private static final ActorField[] FIELDS = ActorField.values();

    /** The external ids of actors, written by the module's own serializer, as affiliations are. */
    final NestedWriter<ExternalId> externalIds = NestedWriter.of(ExternalId.class, new ExternalIdSerializer());

    ActorSerializer() {
        super(Actor.class);
    }

    @Override
    void writeFields(Actor value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (ActorField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
