package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.StanceTarget;
import java.io.IOException;

/**
 * Writes a stance target with its kind first: {@code {"kind":"actor","actor":{...}}},
 * {@code {"kind":"topic","label":"the situation in Myanmar","key":"myanmar-situation"}} or
 * {@code {"kind":"event","eventId":"coup-2021-02-01"}}.
 */
final class StanceTargetSerializer extends ModelSerializer<StanceTarget> {

    private static final long serialVersionUID = 1L;

    static final StanceTargetSerializer INSTANCE = new StanceTargetSerializer();

    private static final EnumSerializer<StanceTarget.Kind> KINDS = new EnumSerializer<>(StanceTarget.Kind.class);

    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString ACTOR = new SerializedString("actor");
    private static final SerializedString LABEL = new SerializedString("label");
    private static final SerializedString KEY = new SerializedString("key");
    private static final SerializedString EVENT_ID = new SerializedString("eventId");

    private StanceTargetSerializer() {
        super(StanceTarget.class);
    }

    @Override
    void write(StanceTarget target, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(KIND);
        KINDS.write(target.kind(), gen);
        switch (target.kind()) {
            case ACTOR:
                gen.writeFieldName(ACTOR);
                ActorSerializer.INSTANCE.write(target.actor().orElseThrow(), gen);
                break;
            case EVENT:
                gen.writeFieldName(EVENT_ID);
                gen.writeString(target.eventId().orElseThrow());
                break;
            default:
                gen.writeFieldName(LABEL);
                gen.writeString(target.label().orElseThrow());
                Strings.writeIfPresent(gen, KEY, target.topicKey());
                break;
        }
        gen.writeEndObject();
    }
}
