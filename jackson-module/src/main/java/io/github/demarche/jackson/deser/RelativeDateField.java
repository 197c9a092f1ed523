package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.RelativeDate;
import java.io.IOException;

/**
 * The fields of a relative date, {@code {"relation":"after","anchorKind":"event",
 * "anchor":"asean-leaders-meeting-2021-04-24","amount":6,"unit":"weeks","wording":"some six weeks later"}};
 * see {@link ObjectField}.
 */
enum RelativeDateField implements ObjectField {

    RELATION(Name.of("relation")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException {
            r.relation = RELATIONS.read(p, ctxt, RelativeDate.class, text());
        }

        @Override
        void write(RelativeDate v, JsonGenerator g) throws IOException {
            ObjectSerializer.name(g, this);
            RELATIONS.write(v.relation(), g);
        }
    },
    ANCHOR_KIND(Name.of("anchorKind")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException {
            r.anchorKind = KINDS.read(p, ctxt, RelativeDate.class, text());
        }

        @Override
        void write(RelativeDate v, JsonGenerator g) throws IOException {
            ObjectSerializer.name(g, this);
            KINDS.write(v.anchor().kind(), g);
        }
    },
    ANCHOR(Name.of("anchor")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException {
            r.anchorId = Tokens.string(p, ctxt, RelativeDate.class, text());
        }

        @Override
        void write(RelativeDate v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.anchor().id());
        }
    },
    AMOUNT(Name.of("amount")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException {
            r.amount = Tokens.whole(p, ctxt, RelativeDate.class, text(), RelativeDate.MAX_AMOUNT);
            r.hasAmount = true;
        }

        @Override
        void write(RelativeDate v, JsonGenerator g) throws IOException {
            if (v.hasOffset()) {
                ObjectSerializer.name(g, this);
                g.writeNumber(v.amount().getAsInt());
            }
        }
    },
    UNIT(Name.of("unit")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException {
            r.unit = UNITS.read(p, ctxt, RelativeDate.class, text());
        }

        @Override
        void write(RelativeDate v, JsonGenerator g) throws IOException {
            if (v.hasOffset()) {
                ObjectSerializer.name(g, this);
                UNITS.write(v.unit().orElseThrow(), g);
            }
        }
    },
    WORDING(Name.of("wording")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException {
            r.wording = Tokens.string(p, ctxt, RelativeDate.class, text());
        }

        @Override
        void write(RelativeDate v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.wording());
        }
    };

    private static final EnumDeserializer<RelativeDate.Relation> RELATIONS =
            new EnumDeserializer<>(RelativeDate.Relation.class);
    private static final EnumDeserializer<RelativeDate.Anchor.Kind> KINDS =
            new EnumDeserializer<>(RelativeDate.Anchor.Kind.class);
    private static final EnumDeserializer<RelativeDate.Unit> UNITS = new EnumDeserializer<>(RelativeDate.Unit.class);

    private final Name json;

    RelativeDateField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the relative date being read. */
    abstract void read(JsonParser p, DeserializationContext ctxt, RelativeDateDeserializer.Reading r) throws IOException;

    /** Writes the field of a relative date, or nothing if it has no value for it. */
    abstract void write(RelativeDate v, JsonGenerator g) throws IOException;
}
