package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Coding;
import java.io.IOException;

/**
 * Writes a stance:
 * {@code {"type":"concern","target":{...},"intensity":"high","wording":"deep concern"}}; the
 * intensity always, {@code "contemplated": true} only when the stance is contemplated. Its fields
 * are {@link StanceField}.
 */
final class StanceSerializer extends ObjectSerializer<Stance, StanceField> {

    private static final long serialVersionUID = 1L;

    private static final StanceField[] FIELDS = StanceField.values();

    final NestedWriter<StanceTarget> targets;
    final NestedWriter<Coding> codings;

    StanceSerializer(StanceTargetSerializer targets, CodingSerializer codings) {
        super(Stance.class);
        this.targets = NestedWriter.of(StanceTarget.class, targets);
        this.codings = NestedWriter.of(Coding.class, codings);
    }

    private StanceSerializer(StanceSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.targets = source.targets.resolve(provider);
        this.codings = source.codings.resolve(provider);
    }

    @Override
    StanceSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new StanceSerializer(this, provider);
    }

    @Override
    void writeFields(Stance value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (StanceField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
