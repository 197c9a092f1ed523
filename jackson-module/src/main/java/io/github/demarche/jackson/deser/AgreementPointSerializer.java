package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Stance;
import java.io.IOException;

/** Writes a numbered point of an agreement, {@code {"number":1,"text":"...","stances":[...]}}; its fields are {@link AgreementPointField}. */
final class AgreementPointSerializer extends ObjectSerializer<AgreementPoint, AgreementPointField> {

    private static final long serialVersionUID = 1L;

    private static final AgreementPointField[] FIELDS = AgreementPointField.values();

    final NestedWriter<Stance> stances;

    AgreementPointSerializer(StanceSerializer stances) {
        super(AgreementPoint.class);
        this.stances = NestedWriter.of(Stance.class, stances);
    }

    private AgreementPointSerializer(AgreementPointSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.stances = source.stances.resolve(provider);
    }

    @Override
    AgreementPointSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new AgreementPointSerializer(this, provider);
    }

    @Override
    void writeFields(AgreementPoint value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (AgreementPointField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
