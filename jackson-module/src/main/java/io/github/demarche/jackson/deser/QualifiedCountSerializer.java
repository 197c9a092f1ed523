package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.QualifiedCount;
import java.io.IOException;

/**
 * Writes a count as the source states it, with its bounds spelled out for readers that do not
 * derive them: {@code {"qualifier":"more_than","figure":270,"wording":"over 270","bounds":{"low":271,"best":271}}};
 * its fields are {@link QualifiedCountField}. An unbounded count has no {@code "high"}; a vague
 * count, which its source gave without a figure, has no {@code "figure"} and no {@code "best"}, and
 * no {@code "bounds"} at all unless they are an analyst's own: {@code {"qualifier":"thousands"}}.
 */
final class QualifiedCountSerializer extends ObjectSerializer<QualifiedCount, QualifiedCountField> {

    private static final long serialVersionUID = 1L;

    private static final QualifiedCountField[] FIELDS = QualifiedCountField.values();

    QualifiedCountSerializer() {
        super(QualifiedCount.class);
    }

    @Override
    void writeFields(QualifiedCount value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (QualifiedCountField field : FIELDS) {
            field.write(value, gen);
        }
    }
}
