package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ContextualSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Writes an object type of the model from the enum that lists its fields ({@link ObjectField}), in
 * the order of its constants, each constant writing its field (or nothing, for an absent value) with
 * its pre-encoded name. It lives beside the deserializers because both read the same list.
 *
 * <p>Each subclass loops over its own constants ({@link #writeFields}): the call of each field's
 * constant is then the only call per field that cannot be inlined. A loop here, calling a method of
 * the subclass for each field, cost a second such call per field and about 5% of the time of
 * writing statements; one method with a {@code switch} over the constants, inlined nowhere because
 * of its size, cost 10% more than the constants' own methods.
 *
 * <p>Nested values of the model are written by the serializers the mapper resolves for them
 * ({@link NestedWriter}), once, in {@link #createContextual}: a type that holds nested values
 * overrides {@link #resolve}.
 *
 * @param <T>  the type written
 * @param <F>  the enum of its fields
 */
abstract class ObjectSerializer<T, F extends Enum<F> & ObjectField> extends StdSerializer<T>
        implements ContextualSerializer {

    private static final long serialVersionUID = 1L;

    ObjectSerializer(Class<T> type) {
        super(type);
    }

    /** A copy, for {@link #resolve}. */
    ObjectSerializer(ObjectSerializer<T, F> source) {
        super(source);
    }

    @Override
    public final JsonSerializer<?> createContextual(SerializerProvider provider, BeanProperty property)
            throws JsonMappingException {
        return resolve(provider);
    }

    /**
     * Gets this serializer with the serializers of its nested types resolved from the mapper's
     * configuration; this one for a type without nested values.
     */
    ObjectSerializer<T, F> resolve(SerializerProvider provider) throws JsonMappingException {
        return this;
    }

    @Override
    public final void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen, provider);
    }

    /** Writes the value, not null, at the generator's current position. */
    final void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        writeFields(value, gen, provider);
        gen.writeEndObject();
    }

    /**
     * Writes the fields of the value that it has, in the order of {@code F}'s constants: each
     * subclass loops over its own constants and calls each one's write method, so that the call
     * of a field's constant is made once per field, not through a second call of this class.
     */
    abstract void writeFields(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;

    /** Writes the name of a field. */
    static void name(JsonGenerator gen, ObjectField field) throws IOException {
        gen.writeFieldName(field.json().encoded());
    }

    /** Writes {@code "name": "value"}. */
    static void text(JsonGenerator gen, ObjectField field, String value) throws IOException {
        gen.writeFieldName(field.json().encoded());
        gen.writeString(value);
    }

    /** Writes {@code "name": "value"} if the value is present, nothing otherwise. */
    static void text(JsonGenerator gen, ObjectField field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            gen.writeFieldName(field.json().encoded());
            gen.writeString(value.get());
        }
    }

    /**
     * Writes {@code "name": number} with the digits of the number, whatever the generator's
     * features: {@code 35} as {@code 35}, {@code 22.488976} as {@code 22.488976}.
     */
    static void decimal(JsonGenerator gen, ObjectField field, BigDecimal value) throws IOException {
        gen.writeFieldName(field.json().encoded());
        number(gen, value);
    }

    /**
     * Writes a decimal number so that it is read back with the same digits and scale: as
     * {@code BigDecimal.toString()} writes it, except that a number without digits after the point
     * (scale 0 or less) gets an exponent, {@code 5E0} or {@code 1E3}, so that it is read back as a
     * decimal and not as a whole number.
     */
    static void decimalNumber(JsonGenerator gen, BigDecimal value) throws IOException {
        gen.writeNumber(value.scale() > 0 ? value.toString() : value.unscaledValue() + "E" + (-value.scale()));
    }

    /** Writes a number with the digits of its text, {@code BigDecimal.toString()}. */
    static void number(JsonGenerator gen, BigDecimal value) throws IOException {
        gen.writeNumber(value.toString());
    }

    /** Writes {@code "name": true} if the flag is set, nothing otherwise (the format leaves out {@code false}). */
    static void flag(JsonGenerator gen, ObjectField field, boolean value) throws IOException {
        if (value) {
            gen.writeFieldName(field.json().encoded());
            gen.writeBoolean(true);
        }
    }

    /** Writes an array of texts if it is not empty, nothing otherwise. */
    static void texts(JsonGenerator gen, ObjectField field, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            gen.writeFieldName(field.json().encoded());
            gen.writeStartArray();
            for (int i = 0; i < values.size(); i++) {
                gen.writeString(values.get(i));
            }
            gen.writeEndArray();
        }
    }

    /** Writes a nested value if it is present, nothing otherwise. */
    static <V> void value(JsonGenerator gen, SerializerProvider provider, ObjectField field, Optional<V> value,
            NestedWriter<V> writer) throws IOException {
        if (value.isPresent()) {
            gen.writeFieldName(field.json().encoded());
            writer.write(value.get(), gen, provider);
        }
    }

    /** Writes an array of nested values if it is not empty, nothing otherwise. */
    static <V> void values(JsonGenerator gen, SerializerProvider provider, ObjectField field, List<V> values,
            NestedWriter<V> writer) throws IOException {
        if (!values.isEmpty()) {
            gen.writeFieldName(field.json().encoded());
            gen.writeStartArray();
            for (int i = 0; i < values.size(); i++) {
                writer.write(values.get(i), gen, provider);
            }
            gen.writeEndArray();
        }
    }
}
