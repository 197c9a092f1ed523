package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Actor;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.io.IOException;
import java.util.Optional;

/**
 * Writes victims with their kind first: {@code {"kind":"group","group":"civilians"}} or
 * {@code {"kind":"actor","actor":{...}}}.
 */
final class VictimsSerializer extends ModelSerializer<Victims> {

    private static final long serialVersionUID = 1L;

    static final VictimsSerializer INSTANCE = new VictimsSerializer();

    private static final EnumSerializer<VictimGroup> GROUPS = new EnumSerializer<>(VictimGroup.class);

    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString GROUP = new SerializedString("group");
    private static final SerializedString ACTOR = new SerializedString("actor");

    private VictimsSerializer() {
        super(Victims.class);
    }

    @Override
    void write(Victims victims, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(KIND);
        Optional<VictimGroup> group = victims.group();
        if (group.isPresent()) {
            gen.writeString(GROUP);
            gen.writeFieldName(GROUP);
            GROUPS.write(group.get(), gen);
        } else {
            gen.writeString(ACTOR);
            gen.writeFieldName(ACTOR);
            Optional<Actor> actor = victims.actor();
            ActorSerializer.INSTANCE.write(actor.orElseThrow(), gen);
        }
        gen.writeEndObject();
    }
}
