package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Intensity;
import io.github.demarche.Stance;
import io.github.demarche.StanceType;
import java.io.IOException;

/**
 * Writes a stance:
 * {@code {"type":"concern","target":{...},"intensity":"high","wording":"deep concern"}}; the
 * intensity always, {@code "contemplated": true} only when the stance is contemplated.
 */
final class StanceSerializer extends ModelSerializer<Stance> {

    private static final long serialVersionUID = 1L;

    static final StanceSerializer INSTANCE = new StanceSerializer();

    private static final EnumSerializer<StanceType> TYPES = new EnumSerializer<>(StanceType.class);
    private static final EnumSerializer<Intensity> INTENSITIES = new EnumSerializer<>(Intensity.class);

    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TARGET = new SerializedString("target");
    private static final SerializedString INTENSITY = new SerializedString("intensity");
    private static final SerializedString CONTEMPLATED = new SerializedString("contemplated");
    private static final SerializedString WORDING = new SerializedString("wording");

    private StanceSerializer() {
        super(Stance.class);
    }

    @Override
    void write(Stance stance, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(TYPE);
        TYPES.write(stance.type(), gen);
        gen.writeFieldName(TARGET);
        StanceTargetSerializer.INSTANCE.write(stance.target(), gen);
        gen.writeFieldName(INTENSITY);
        INTENSITIES.write(stance.intensity(), gen);
        if (stance.isContemplated()) {
            gen.writeFieldName(CONTEMPLATED);
            gen.writeBoolean(true);
        }
        Strings.writeIfPresent(gen, WORDING, stance.wording());
        gen.writeEndObject();
    }
}
