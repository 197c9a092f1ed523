package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.RelativeDate;
import java.io.IOException;

/**
 * Writes a relative date: {@code {"relation":"after","anchorKind":"event","anchor":"…","amount":6,
 * "unit":"weeks","wording":"…"}}, the offset and wording only where given; its fields are
 * {@link RelativeDateField}.
 */
final class RelativeDateSerializer extends ObjectSerializer<RelativeDate, RelativeDateField> {

    private static final long serialVersionUID = 1L;

    private static final RelativeDateField[] FIELDS = RelativeDateField.values();

    RelativeDateSerializer() {
        super(RelativeDate.class);
    }

    @Override
    void writeFields(RelativeDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (RelativeDateField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
