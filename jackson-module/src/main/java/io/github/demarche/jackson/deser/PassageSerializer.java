package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Passage;
import java.io.IOException;

/** Writes a passage of a document, {@code {"id":"coup-wording","label":"the word 'coup'","status":"struck","objectedBy":[...]}}; its fields are {@link PassageField}. */
final class PassageSerializer extends ObjectSerializer<Passage, PassageField> {

    private static final long serialVersionUID = 1L;

    private static final PassageField[] FIELDS = PassageField.values();

    final NestedWriter<Actor> actors;

    PassageSerializer(ActorSerializer actors) {
        super(Passage.class);
        this.actors = NestedWriter.of(Actor.class, actors);
    }

    private PassageSerializer(PassageSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
    }

    @Override
    PassageSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new PassageSerializer(this, provider);
    }

    @Override
    void writeFields(Passage value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (PassageField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
