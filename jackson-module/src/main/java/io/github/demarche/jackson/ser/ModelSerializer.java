package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes one of the format's text values (a date, a country code, an enum name) as a token. The
 * object types of the model have their serializers beside their deserializers, in
 * {@code io.github.demarche.jackson.deser}, where both read the same list of fields.
 *
 * @param <T>  the type written
 */
abstract class ModelSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    ModelSerializer(Class<T> type) {
        super(type);
    }

    @Override
    public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    /** Writes the value, not null, at the generator's current position. */
    abstract void write(T value, JsonGenerator gen) throws IOException;
}
