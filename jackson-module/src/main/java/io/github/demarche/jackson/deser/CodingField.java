package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.CameoDialect;
import io.github.demarche.Coding;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a coding, {@code {"cameoCode":"036","cameoDialect":"gdelt","reportedScore":4.0}};
 * see {@link ObjectField}. The CAMEO code is its digits as text, with its dialect beside it; the
 * reported score a JSON number with the digits the source gave; PLOVER modes and contexts their
 * labels as PLOVER writes them.
 */
enum CodingField implements ObjectField {

    CAMEO_CODE(Name.of("cameoCode")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException {
            r.cameoCode = Tokens.string(p, ctxt, Coding.class, text());
        }

        @Override
        void write(Coding v, JsonGenerator g) throws IOException {
            if (v.cameoCode().isPresent()) {
                ObjectSerializer.text(g, this, v.cameoCode().get().code());
            }
        }
    },
    CAMEO_DIALECT(Name.of("cameoDialect")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException {
            r.cameoDialect = DIALECTS.read(p, ctxt, Coding.class, text());
        }

        @Override
        void write(Coding v, JsonGenerator g) throws IOException {
            if (v.cameoCode().isPresent()) {
                ObjectSerializer.name(g, this);
                DIALECTS.write(v.cameoCode().get().dialect(), g);
            }
        }
    },
    REPORTED_SCORE(Name.of("reportedScore")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException {
            r.reportedScore = Tokens.decimal(p, ctxt, Coding.class, text());
        }

        @Override
        void write(Coding v, JsonGenerator g) throws IOException {
            if (v.reportedScore().isPresent()) {
                ObjectSerializer.decimal(g, this, v.reportedScore().get());
            }
        }
    },
    PLOVER_TYPE(Name.of("ploverType")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException {
            r.ploverType = PLOVER_TYPES.read(p, ctxt, Coding.class, text());
        }

        @Override
        void write(Coding v, JsonGenerator g) throws IOException {
            if (v.ploverType().isPresent()) {
                ObjectSerializer.name(g, this);
                PLOVER_TYPES.write(v.ploverType().get(), g);
            }
        }
    },
    PLOVER_MODE(Name.of("ploverMode")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException {
            r.ploverMode = Tokens.string(p, ctxt, Coding.class, text());
        }

        @Override
        void write(Coding v, JsonGenerator g) throws IOException {
            if (v.ploverMode().isPresent()) {
                ObjectSerializer.text(g, this, v.ploverMode().get().label());
            }
        }
    },
    PLOVER_CONTEXTS(Name.of("ploverContexts")) {
        @Override
        void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException {
            r.ploverContexts = Tokens.strings(p, ctxt, Coding.class, text());
        }

        @Override
        void write(Coding v, JsonGenerator g) throws IOException {
            List<String> labels = new ArrayList<>(v.ploverContexts().size());
            for (PloverContext context : v.ploverContexts()) {
                labels.add(context.label());
            }
            ObjectSerializer.texts(g, this, labels);
        }
    };

    private static final EnumDeserializer<CameoDialect> DIALECTS = new EnumDeserializer<>(CameoDialect.class);
    private static final EnumDeserializer<PloverEventType> PLOVER_TYPES =
            new EnumDeserializer<>(PloverEventType.class);

    private final Name json;

    CodingField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the coding being read. */
    abstract void read(JsonParser p, DeserializationContext ctxt, CodingDeserializer.Reading r) throws IOException;

    /** Writes the field of a coding, or nothing if the coding has no value for it. */
    abstract void write(Coding v, JsonGenerator g) throws IOException;
}
