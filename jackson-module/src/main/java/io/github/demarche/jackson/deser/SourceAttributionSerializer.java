package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.SourceAttribution;
import java.io.IOException;

/**
 * Writes a source:
 * {@code {"publication":"The Irrawaddy","url":"urn:...","publicationDate":"2021-03-24","language":"en"}};
 * its fields are {@link SourceAttributionField}.
 */
final class SourceAttributionSerializer extends ObjectSerializer<SourceAttribution, SourceAttributionField> {

    private static final long serialVersionUID = 1L;

    private static final SourceAttributionField[] FIELDS = SourceAttributionField.values();

    SourceAttributionSerializer() {
        super(SourceAttribution.class);
    }

    @Override
    void writeFields(SourceAttribution value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (SourceAttributionField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
