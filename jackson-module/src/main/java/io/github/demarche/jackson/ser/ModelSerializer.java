package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes one type of the model as a stream of tokens. Nested values are written by calling the
 * nested type's serializer directly, not through the provider, so the format does not depend on
 * what else a mapper has registered and no lookup slows the hot path.
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
