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

    /**
     * Writes the fields as {@link #writeFieldsByTable} does, each constant called by its name: a call
     * of a constant is inlined, where the loop's one call, which sees every constant, is not.
     * {@code ObjectSerializerTest} proves that both write the same bytes.
     */
    @Override
    void writeFields(Stance value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        StanceField.TYPE.write(this, value, gen, provider);
        StanceField.TARGET.write(this, value, gen, provider);
        StanceField.INTENSITY.write(this, value, gen, provider);
        StanceField.CONTEMPLATED.write(this, value, gen, provider);
        StanceField.WORDING.write(this, value, gen, provider);
        StanceField.POSITION.write(this, value, gen, provider);
        StanceField.CODING.write(this, value, gen, provider);
    }

    /**
     * Writes the fields in the order of the constants of {@link StanceField}, one call for all: what
     * {@link #writeFields} spells out.
     */
    void writeFieldsByTable(Stance value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (StanceField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
