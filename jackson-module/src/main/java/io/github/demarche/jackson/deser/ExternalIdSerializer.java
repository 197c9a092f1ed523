package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.ExternalId;
import java.io.IOException;

/** Writes an external id: {@code {"scheme":"gdelt","value":"881990842"}}; its fields are {@link ExternalIdField}. */
final class ExternalIdSerializer extends ObjectSerializer<ExternalId, ExternalIdField> {

    private static final long serialVersionUID = 1L;

    private static final ExternalIdField[] FIELDS = ExternalIdField.values();

    ExternalIdSerializer() {
        super(ExternalId.class);
    }

    @Override
    void writeFields(ExternalId value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (ExternalIdField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
