package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Coding;
import java.io.IOException;

/** Writes a coding: {@code {"cameoCode":"036","cameoDialect":"gdelt"}}; its fields are {@link CodingField}. */
final class CodingSerializer extends ObjectSerializer<Coding, CodingField> {

    private static final long serialVersionUID = 1L;

    CodingSerializer() {
        super(Coding.class, CodingField.class);
    }

    @Override
    void writeField(CodingField field, Coding value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        field.write(value, gen);
    }
}
