package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Intensity;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Coding;
import io.github.demarche.Position;
import java.io.IOException;

/** The fields of a stance, in the order they are written; see {@link ObjectField}. */
enum StanceField implements ObjectField {

    TYPE(Name.of("type")) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.type(TYPES.read(p, ctxt, Stance.class, text()));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            TYPES.write(v.type(), g);
        }
    },
    TARGET(Name.of("target", StanceTarget.class)) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.target(d.targets.read(p, ctxt));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            s.targets.write(v.target(), g, pr);
        }
    },
    /** Always written; {@code normal} when absent on input. */
    INTENSITY(Name.of("intensity")) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.intensity(INTENSITIES.read(p, ctxt, Stance.class, text()));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            INTENSITIES.write(v.intensity(), g);
        }
    },
    CONTEMPLATED(Name.of("contemplated")) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.contemplated(Tokens.bool(p, ctxt, Stance.class, text()));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.flag(g, this, v.isContemplated());
        }
    },
    WORDING(Name.of("wording")) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.wording(Tokens.string(p, ctxt, Stance.class, text()));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.wording());
        }
    },
    /** Written only when the source states it; absent means the type's default. */
    POSITION(Name.of("position")) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.statedPosition(POSITIONS.read(p, ctxt, Stance.class, text()));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            if (v.statedPosition().isPresent()) {
                ObjectSerializer.name(g, this);
                POSITIONS.write(v.statedPosition().get(), g);
            }
        }
    },
    CODING(Name.of("coding", Coding.class)) {
        @Override
        void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
                throws IOException {
            b.coding(d.codings.read(p, ctxt));
        }

        @Override
        void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.coding(), s.codings);
        }
    };

    private static final EnumDeserializer<StanceType> TYPES = new EnumDeserializer<>(StanceType.class);
    private static final EnumDeserializer<Intensity> INTENSITIES = new EnumDeserializer<>(Intensity.class);
    private static final EnumDeserializer<Position> POSITIONS = new EnumDeserializer<>(Position.class);

    private final Name json;

    StanceField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the builder. */
    abstract void read(StanceDeserializer d, JsonParser p, DeserializationContext ctxt, Stance.Builder b)
            throws IOException;

    /** Writes the field of a stance, or nothing if the stance has no value for it. */
    abstract void write(StanceSerializer s, Stance v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
