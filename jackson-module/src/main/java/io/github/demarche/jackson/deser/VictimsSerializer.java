package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.IncludedGroup;
import io.github.demarche.Victims;
import java.io.IOException;

/**
 * Writes victims with their kind first: {@code {"kind":"group","group":"civilians"}} or
 * {@code {"kind":"actor","actor":{...}}}, then the groups they include, if any:
 * {@code "included":[{"group":"women"},{"group":"children"}]}; its fields are {@link VictimsField}.
 */
final class VictimsSerializer extends ObjectSerializer<Victims, VictimsField> {

    private static final long serialVersionUID = 1L;

    private static final VictimsField[] FIELDS = VictimsField.values();

    final NestedWriter<Actor> actors;
    final NestedWriter<IncludedGroup> included;

    VictimsSerializer(ActorSerializer actors, IncludedGroupSerializer included) {
        super(Victims.class);
        this.actors = NestedWriter.of(Actor.class, actors);
        this.included = NestedWriter.of(IncludedGroup.class, included);
    }

    private VictimsSerializer(VictimsSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
        this.included = source.included.resolve(provider);
    }

    @Override
    VictimsSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new VictimsSerializer(this, provider);
    }

    @Override
    void writeFields(Victims value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (VictimsField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
