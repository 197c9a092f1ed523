package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.StanceTarget;
import java.io.IOException;

/**
 * Writes a stance target with its kind first: {@code {"kind":"actor","actor":{...}}},
 * {@code {"kind":"topic","label":"the situation in Myanmar","key":"myanmar-situation"}} or
 * {@code {"kind":"event","eventId":"coup-2021-02-01"}}; its fields are {@link StanceTargetField}.
 */
final class StanceTargetSerializer extends ObjectSerializer<StanceTarget, StanceTargetField> {

    private static final long serialVersionUID = 1L;

    private static final StanceTargetField[] FIELDS = StanceTargetField.values();

    final NestedWriter<Actor> actors;

    StanceTargetSerializer(ActorSerializer actors) {
        super(StanceTarget.class);
        this.actors = NestedWriter.of(Actor.class, actors);
    }

    private StanceTargetSerializer(StanceTargetSerializer source, SerializerProvider provider)
            throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
    }

    @Override
    StanceTargetSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new StanceTargetSerializer(this, provider);
    }

    /**
     * Writes the fields as {@link #writeFieldsByTable} does, each constant called by its name: a call
     * of a constant is inlined, where the loop's one call, which sees every constant, is not.
     * {@code ObjectSerializerTest} proves that both write the same bytes.
     */
    @Override
    void writeFields(StanceTarget value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        StanceTargetField.KIND.write(this, value, gen, provider);
        StanceTargetField.ACTOR.write(this, value, gen, provider);
        StanceTargetField.LABEL.write(this, value, gen, provider);
        StanceTargetField.KEY.write(this, value, gen, provider);
        StanceTargetField.EVENT_ID.write(this, value, gen, provider);
        StanceTargetField.REPORT_ID.write(this, value, gen, provider);
        StanceTargetField.STATEMENT_ID.write(this, value, gen, provider);
        StanceTargetField.DOCUMENT_ID.write(this, value, gen, provider);
        StanceTargetField.PASSAGE_ID.write(this, value, gen, provider);
    }

    /**
     * Writes the fields in the order of the constants of {@link StanceTargetField}, one call for all: what
     * {@link #writeFields} spells out.
     */
    void writeFieldsByTable(StanceTarget value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (StanceTargetField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
