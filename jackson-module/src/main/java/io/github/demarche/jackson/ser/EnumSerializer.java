package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.util.Locale;

/**
 * Writes an enum of the model as its lower_snake_case name: {@code THREATEN_SANCTIONS} as
 * {@code "threaten_sanctions"}. The names are part of the format; the golden file
 * {@code enum-names.json} of the tests guards them.
 *
 * @param <E>  the enum type
 */
final class EnumSerializer<E extends Enum<E>> extends ModelSerializer<E> {

    private static final long serialVersionUID = 1L;

    /** The JSON name of each constant, by ordinal, encoded once. */
    private final SerializedString[] names;

    EnumSerializer(Class<E> type) {
        super(type);
        E[] constants = type.getEnumConstants();
        names = new SerializedString[constants.length];
        for (E constant : constants) {
            names[constant.ordinal()] = new SerializedString(constant.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    void write(E value, JsonGenerator gen) throws IOException {
        gen.writeString(names[value.ordinal()]);
    }

    /** Gets the JSON name of a constant. */
    SerializableString name(E value) {
        return names[value.ordinal()];
    }
}
