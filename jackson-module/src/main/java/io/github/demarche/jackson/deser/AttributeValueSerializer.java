package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.demarche.AttributeValue;
import java.io.IOException;

/** Writes one extension attribute's value on its own; see {@link Attributes}. */
final class AttributeValueSerializer extends StdSerializer<AttributeValue> {

    private static final long serialVersionUID = 1L;

    AttributeValueSerializer() {
        super(AttributeValue.class);
    }

    @Override
    public void serialize(AttributeValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        Attributes.write(gen, value);
    }
}
