package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Victims;
import java.io.IOException;
import java.util.Optional;

/** The fields of a casualty report, in the order they are written; see {@link ObjectField}. */
enum CasualtyReportField implements ObjectField {

    ID(Name.of("id")) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.id(Tokens.string(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.id());
        }
    },
    TYPE(Name.of("type")) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.type(TYPES.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            TYPES.write(v.type(), g);
        }
    },
    COUNT(Name.of("count", QualifiedCount.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.count(d.counts.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            s.counts.write(v.count(), g, pr);
        }
    },
    VICTIMS(Name.of("victims", Victims.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.victims(d.victims.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            s.victims.write(v.victims(), g, pr);
        }
    },
    PERPETRATOR(Name.of("perpetrator", Actor.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.perpetrator(d.actors.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.perpetrator(), s.actors);
        }
    },
    LOCATION(Name.of("location", Location.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.location(d.locations.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            s.locations.write(v.location(), g, pr);
        }
    },
    AS_OF(Name.of("asOf", ApproximateDate.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.asOf(d.dates.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.text(g, this, v.asOf().toString());
        }
    },
    PERIOD_START(Name.of("periodStart", ApproximateDate.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.periodStart(d.dates.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            Optional<ApproximateDate> periodStart = v.periodStart();
            if (periodStart.isPresent()) {
                ObjectSerializer.text(g, this, periodStart.get().toString());
            }
        }
    },
    SOURCE(Name.of("source", SourceAttribution.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.source(d.sources.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.name(g, this);
            s.sources.write(v.source(), g, pr);
        }
    };

    private static final EnumDeserializer<CasualtyType> TYPES = new EnumDeserializer<>(CasualtyType.class);

    private final Name json;

    CasualtyReportField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the builder. */
    abstract void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt,
            CasualtyReport.Builder b) throws IOException;

    /** Writes the field of a report, or nothing if the report has no value for it. */
    abstract void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
            throws IOException;
}
