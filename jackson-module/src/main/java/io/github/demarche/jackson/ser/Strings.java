package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Writes the text fields that many types share: optional strings and lists of strings. */
final class Strings {

    private Strings() {
    }

    /** Writes {@code "name": "value"} if the value is present, nothing otherwise. */
    static void writeIfPresent(JsonGenerator gen, SerializableString name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            gen.writeFieldName(name);
            gen.writeString(value.get());
        }
    }

    /** Writes an array of strings. */
    static void writeArray(JsonGenerator gen, List<String> values) throws IOException {
        gen.writeStartArray();
        for (int i = 0; i < values.size(); i++) {
            gen.writeString(values.get(i));
        }
        gen.writeEndArray();
    }
}
