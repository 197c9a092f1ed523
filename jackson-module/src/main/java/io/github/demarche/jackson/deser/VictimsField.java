package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.IncludedGroup;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.io.IOException;
import java.util.Optional;

/**
 * The fields of victims, in the order they are written, the kind first; see {@link ObjectField}.
 * The kind is the name of the other field that the victims have: {@code "group"} or {@code "actor"}.
 */
enum VictimsField implements ObjectField {

    KIND(Name.of("kind")) {
        @Override
        void read(VictimsDeserializer d, JsonParser p, DeserializationContext ctxt, VictimsDeserializer.Reading r)
                throws IOException {
            r.kind = VictimsDeserializer.readKind(p, ctxt);
        }

        @Override
        void write(VictimsSerializer s, Victims v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            g.writeString((v.group().isPresent() ? GROUP : ACTOR).json().encoded());
        }
    },
    GROUP(Name.of("group")) {
        @Override
        void read(VictimsDeserializer d, JsonParser p, DeserializationContext ctxt, VictimsDeserializer.Reading r)
                throws IOException {
            r.group = GROUPS.read(p, ctxt, Victims.class, text());
        }

        @Override
        void write(VictimsSerializer s, Victims v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Optional<VictimGroup> group = v.group();
            if (group.isPresent()) {
                ObjectSerializer.name(g, this);
                GROUPS.write(group.get(), g);
            }
        }
    },
    ACTOR(Name.of("actor", Actor.class)) {
        @Override
        void read(VictimsDeserializer d, JsonParser p, DeserializationContext ctxt, VictimsDeserializer.Reading r)
                throws IOException {
            r.actor = d.actors.read(p, ctxt);
        }

        @Override
        void write(VictimsSerializer s, Victims v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.actor(), s.actors);
        }
    },
    /** The groups included, "including women and children"; written only when there are some. */
    INCLUDED(Name.of("included", IncludedGroup.class)) {
        @Override
        void read(VictimsDeserializer d, JsonParser p, DeserializationContext ctxt, VictimsDeserializer.Reading r)
                throws IOException {
            r.included = d.included.readAll(p, ctxt, Victims.class, text());
        }

        @Override
        void write(VictimsSerializer s, Victims v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.included(), s.included);
        }
    };

    static final EnumDeserializer<VictimGroup> GROUPS = new EnumDeserializer<>(VictimGroup.class);

    private final Name json;

    VictimsField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the victims being read. */
    abstract void read(VictimsDeserializer d, JsonParser p, DeserializationContext ctxt, VictimsDeserializer.Reading r)
            throws IOException;

    /** Writes the field of victims, or nothing if they have no value for it. */
    abstract void write(VictimsSerializer s, Victims v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
