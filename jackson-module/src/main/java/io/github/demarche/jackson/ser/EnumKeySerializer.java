package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an enum of the model used as a map key with the same lower_snake_case name as
 * {@link EnumSerializer}, so that {@code Map<StanceType, Long>} reads {@code {"threaten_sanctions": 2}}.
 *
 * @param <E>  the enum type
 */
final class EnumKeySerializer<E extends Enum<E>> extends StdSerializer<E> {

    private static final long serialVersionUID = 1L;

    private final EnumSerializer<E> names;

    EnumKeySerializer(Class<E> type) {
        super(type);
        this.names = new EnumSerializer<>(type);
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeFieldName(names.name(value));
    }
}
