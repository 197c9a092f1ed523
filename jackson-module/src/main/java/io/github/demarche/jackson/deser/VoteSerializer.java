package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Vote;
import java.io.IOException;

/** Writes a member's vote, {@code {"actor":{...},"choice":"abstention"}}; its fields are {@link VoteField}. */
final class VoteSerializer extends ObjectSerializer<Vote, VoteField> {

    private static final long serialVersionUID = 1L;

    private static final VoteField[] FIELDS = VoteField.values();

    final NestedWriter<Actor> actors;

    VoteSerializer(ActorSerializer actors) {
        super(Vote.class);
        this.actors = NestedWriter.of(Actor.class, actors);
    }

    private VoteSerializer(VoteSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
    }

    @Override
    VoteSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new VoteSerializer(this, provider);
    }

    @Override
    void writeFields(Vote value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (VoteField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
