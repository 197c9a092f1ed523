package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Coding;
import java.io.IOException;

/** Writes a coding: {@code {"cameoCode":"036","cameoDialect":"gdelt"}}; its fields are {@link CodingField}. */
final class CodingSerializer extends ObjectSerializer<Coding, CodingField> {

    private static final long serialVersionUID = 1L;

    private static final CodingField[] FIELDS = CodingField.values();

    CodingSerializer() {
        super(Coding.class);
    }

    @Override
    void writeFields(Coding value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (CodingField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
