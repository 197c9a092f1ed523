package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.AttributeValue;
import java.io.IOException;

/** Reads one extension attribute's value on its own: a string, a number, {@code true} or {@code false}; see {@link Attributes}. */
final class AttributeValueDeserializer extends ModelDeserializer<AttributeValue> {

    private static final long serialVersionUID = 1L;

    AttributeValueDeserializer() {
        super(AttributeValue.class);
    }

    @Override
    AttributeValue read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return Attributes.value(p, ctxt, AttributeValue.class, null);
    }
}
