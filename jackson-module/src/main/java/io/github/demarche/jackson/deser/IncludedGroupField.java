package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.IncludedGroup;
import io.github.demarche.QualifiedCount;
import java.io.IOException;

/**
 * The fields of a group the victims include, {@code {"group":"children","count":{...}}}; see
 * {@link ObjectField}.
 */
enum IncludedGroupField implements ObjectField {

    GROUP(Name.of("group")) {
        @Override
        void read(IncludedGroupDeserializer d, JsonParser p, DeserializationContext ctxt,
                IncludedGroupDeserializer.Reading r) throws IOException {
            r.group = VictimsField.GROUPS.read(p, ctxt, IncludedGroup.class, text());
        }

        @Override
        void write(IncludedGroupSerializer s, IncludedGroup v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            VictimsField.GROUPS.write(v.group(), g);
        }
    },
    COUNT(Name.of("count", QualifiedCount.class)) {
        @Override
        void read(IncludedGroupDeserializer d, JsonParser p, DeserializationContext ctxt,
                IncludedGroupDeserializer.Reading r) throws IOException {
            r.count = d.counts.read(p, ctxt);
        }

        @Override
        void write(IncludedGroupSerializer s, IncludedGroup v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.count(), s.counts);
        }
    };

    private final Name json;

    IncludedGroupField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the group being read. */
    abstract void read(IncludedGroupDeserializer d, JsonParser p, DeserializationContext ctxt,
            IncludedGroupDeserializer.Reading r) throws IOException;

    /** Writes the field of a group, or nothing if it has no value for it. */
    abstract void write(IncludedGroupSerializer s, IncludedGroup v, JsonGenerator g, SerializerProvider pr)
            throws IOException;
}
