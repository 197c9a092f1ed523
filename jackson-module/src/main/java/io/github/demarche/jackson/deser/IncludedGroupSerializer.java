package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.IncludedGroup;
import io.github.demarche.QualifiedCount;
import java.io.IOException;

/**
 * Writes a group the victims include: {@code {"group":"children"}} or
 * {@code {"group":"children","count":{"qualifier":"exactly","figure":44,...}}}; its fields are
 * {@link IncludedGroupField}.
 */
final class IncludedGroupSerializer extends ObjectSerializer<IncludedGroup, IncludedGroupField> {

    private static final long serialVersionUID = 1L;

    private static final IncludedGroupField[] FIELDS = IncludedGroupField.values();

    final NestedWriter<QualifiedCount> counts;

    IncludedGroupSerializer(QualifiedCountSerializer counts) {
        super(IncludedGroup.class);
        this.counts = NestedWriter.of(QualifiedCount.class, counts);
    }

    private IncludedGroupSerializer(IncludedGroupSerializer source, SerializerProvider provider)
            throws JsonMappingException {
        super(source);
        this.counts = source.counts.resolve(provider);
    }

    @Override
    IncludedGroupSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new IncludedGroupSerializer(this, provider);
    }

    @Override
    void writeFields(IncludedGroup value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (IncludedGroupField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
