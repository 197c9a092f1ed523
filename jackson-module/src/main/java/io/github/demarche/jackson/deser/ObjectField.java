package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * A field of one object type of the format, as the enum of that type's fields declares it: its
 * JSON name and the type of the model values it holds. Each type lists its fields once, in an enum
 * whose constants are the fields in the order they are written ({@code StatementField},
 * {@code ActorField}, …); each constant says how the field is read into the value being built and
 * how it is written from a value. From that one list come the deserializer's dispatch, its
 * duplicate-key bits and the known names of its unknown-property message, the serializer's names
 * and order, the types that {@link JsonPaths} names along a path, and the properties that the
 * tests hold the JSON Schema to.
 */
interface ObjectField {

    /** Gets the field's name and value type. */
    Name json();

    /** Gets the field's JSON name, which messages use as the attribute's name. */
    default String text() {
        return json().text();
    }

    /**
     * The JSON name of a field, encoded once for writing, and the type of the values it holds.
     *
     * @param text  the name, as written in JSON: {@code "onBehalfOf"}
     * @param encoded  the same, encoded for a generator
     * @param valueType  the model type of the field's value, or of each element of an array; {@code Object}
     *     for texts, numbers and flags
     */
    record Name(String text, SerializableString encoded, Class<?> valueType) {

        /** A field that holds a value of the model (an object, a date, a country code), or an array of them. */
        static Name of(String text, Class<?> valueType) {
            return new Name(text.intern(), new SerializedString(text), valueType);
        }

        /** A field that holds a text, a number or a flag. */
        static Name of(String text) {
            return of(text, Object.class);
        }
    }
}
