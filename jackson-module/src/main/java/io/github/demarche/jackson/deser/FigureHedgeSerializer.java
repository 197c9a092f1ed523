package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.FigureHedge;
import java.io.IOException;

/**
 * Writes a figure's hedge: {@code {"kind":"likely_higher","wording":"the real toll is likely
 * considerably higher"}}; its fields are {@link FigureHedgeField}.
 */
final class FigureHedgeSerializer extends ObjectSerializer<FigureHedge, FigureHedgeField> {

    private static final long serialVersionUID = 1L;

    private static final FigureHedgeField[] FIELDS = FigureHedgeField.values();

    FigureHedgeSerializer() {
        super(FigureHedge.class);
    }

    @Override
    void writeFields(FigureHedge value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (FigureHedgeField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
