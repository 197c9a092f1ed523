package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CountQualifier;
import io.github.demarche.QualifiedCount;
import java.io.IOException;
import java.util.OptionalLong;

/**
 * The fields of a count, in the order they are written; see {@link ObjectField}. The
 * {@code bounds} are an object of their own, {@link BoundsField}.
 */
enum QualifiedCountField implements ObjectField {

    QUALIFIER(Name.of("qualifier")) {
        @Override
        void read(QualifiedCountDeserializer d, JsonParser p, DeserializationContext ctxt,
                QualifiedCountDeserializer.Reading r) throws IOException {
            r.qualifier = QUALIFIERS.read(p, ctxt, QualifiedCount.class, text());
        }

        @Override
        void write(QualifiedCount v, JsonGenerator g) throws IOException {
            ObjectSerializer.name(g, this);
            QUALIFIERS.write(v.qualifier(), g);
        }
    },
    FIGURE(Name.of("figure")) {
        @Override
        void read(QualifiedCountDeserializer d, JsonParser p, DeserializationContext ctxt,
                QualifiedCountDeserializer.Reading r) throws IOException {
            r.figure = Tokens.whole(p, ctxt, QualifiedCount.class, text(), QualifiedCount.MAX_FIGURE);
        }

        /** Absent for a vague count: the source gave no figure. */
        @Override
        void write(QualifiedCount v, JsonGenerator g) throws IOException {
            OptionalLong figure = v.figure();
            if (figure.isPresent()) {
                ObjectSerializer.name(g, this);
                g.writeNumber(figure.getAsLong());
            }
        }
    },
    SECOND_FIGURE(Name.of("secondFigure")) {
        @Override
        void read(QualifiedCountDeserializer d, JsonParser p, DeserializationContext ctxt,
                QualifiedCountDeserializer.Reading r) throws IOException {
            r.secondFigure = Tokens.whole(p, ctxt, QualifiedCount.class, text(), QualifiedCount.MAX_FIGURE);
        }

        @Override
        void write(QualifiedCount v, JsonGenerator g) throws IOException {
            OptionalLong secondFigure = v.secondFigure();
            if (secondFigure.isPresent()) {
                ObjectSerializer.name(g, this);
                g.writeNumber(secondFigure.getAsLong());
            }
        }
    },
    WORDING(Name.of("wording")) {
        @Override
        void read(QualifiedCountDeserializer d, JsonParser p, DeserializationContext ctxt,
                QualifiedCountDeserializer.Reading r) throws IOException {
            r.wording = Tokens.string(p, ctxt, QualifiedCount.class, text());
        }

        @Override
        void write(QualifiedCount v, JsonGenerator g) throws IOException {
            ObjectSerializer.text(g, this, v.wording());
        }
    },
    /**
     * Written for readers that do not derive them, except the derived bounds of a vague count,
     * which are the library's convention for the word and not numbers the source gave; optional on
     * input.
     */
    BOUNDS(Name.of("bounds", QualifiedCount.class)) {
        @Override
        void read(QualifiedCountDeserializer d, JsonParser p, DeserializationContext ctxt,
                QualifiedCountDeserializer.Reading r) throws IOException {
            r.bounds = d.readBounds(p, ctxt);
        }

        @Override
        void write(QualifiedCount v, JsonGenerator g) throws IOException {
            if (v.isVague() && v.hasDerivedBounds()) {
                return;
            }
            ObjectSerializer.name(g, this);
            g.writeStartObject();
            for (BoundsField bound : BoundsField.values()) {
                bound.write(v, g);
            }
            g.writeEndObject();
        }
    };

    private static final EnumDeserializer<CountQualifier> QUALIFIERS = new EnumDeserializer<>(CountQualifier.class);

    private final Name json;

    QualifiedCountField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the count being read. */
    abstract void read(QualifiedCountDeserializer d, JsonParser p, DeserializationContext ctxt,
            QualifiedCountDeserializer.Reading r) throws IOException;

    /** Writes the field of a count, or nothing if the count has no value for it. */
    abstract void write(QualifiedCount v, JsonGenerator g) throws IOException;

    /**
     * The fields of a count's {@code bounds} object, in the order they are written:
     * {@code {"low":271,"best":271,"high":400}}; no {@code "high"} means unbounded, no
     * {@code "best"} no best estimate.
     */
    enum BoundsField implements ObjectField {

        LOW(Name.of("low")) {
            @Override
            void write(QualifiedCount v, JsonGenerator g) throws IOException {
                ObjectSerializer.name(g, this);
                g.writeNumber(v.low());
            }
        },
        BEST(Name.of("best")) {
            @Override
            void write(QualifiedCount v, JsonGenerator g) throws IOException {
                OptionalLong best = v.best();
                if (best.isPresent()) {
                    ObjectSerializer.name(g, this);
                    g.writeNumber(best.getAsLong());
                }
            }
        },
        HIGH(Name.of("high")) {
            @Override
            void write(QualifiedCount v, JsonGenerator g) throws IOException {
                OptionalLong high = v.high();
                if (high.isPresent()) {
                    ObjectSerializer.name(g, this);
                    g.writeNumber(high.getAsLong());
                }
            }
        };

        private final Name json;

        BoundsField(Name json) {
            this.json = json;
        }

        @Override
        public Name json() {
            return json;
        }

        /** Writes the bound of a count, or nothing for an unbounded high or an absent best. */
        abstract void write(QualifiedCount v, JsonGenerator g) throws IOException;
    }
}
