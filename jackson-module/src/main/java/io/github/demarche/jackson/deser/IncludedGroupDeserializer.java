package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.IncludedGroup;
import io.github.demarche.QualifiedCount;
import io.github.demarche.VictimGroup;
import java.io.IOException;
import java.util.List;

/**
 * Reads a group the victims include, {@code {"group":"children","count":{...}}}, through
 * {@code IncludedGroup.of}; its fields are {@link IncludedGroupField}.
 */
final class IncludedGroupDeserializer
        extends ObjectDeserializer<IncludedGroup, IncludedGroupField, IncludedGroupDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final Nested<QualifiedCount> counts;

    /** The fields of a group being read, null where absent. */
    static final class Reading {
        VictimGroup group;
        QualifiedCount count;
    }

    IncludedGroupDeserializer(QualifiedCountDeserializer counts) {
        super(IncludedGroup.class, IncludedGroupField.class);
        this.counts = Nested.of(QualifiedCount.class, counts);
    }

    private IncludedGroupDeserializer(IncludedGroupDeserializer source, DeserializationContext ctxt)
            throws JsonMappingException {
        super(source);
        this.counts = source.counts.resolve(ctxt);
    }

    @Override
    IncludedGroupDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new IncludedGroupDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(IncludedGroupField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    IncludedGroup build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.group == null) {
            throw Failures.invalid(p, ctxt, IncludedGroup.class,
                    List.of(Failures.missingRule(IncludedGroup.class, IncludedGroupField.GROUP.text())));
        }
        return r.count == null ? IncludedGroup.of(r.group) : IncludedGroup.of(r.group, r.count);
    }
}
