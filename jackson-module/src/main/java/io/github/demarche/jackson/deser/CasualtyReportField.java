package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Victims;
import io.github.demarche.ExternalId;
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
    /** Written only for a projection; {@code reported} when absent on input. */
    FIGURE_KIND(Name.of("figureKind")) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.figureKind(FIGURE_KINDS.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            if (v.isProjection()) {
                ObjectSerializer.name(g, this);
                FIGURE_KINDS.write(v.figureKind(), g);
            }
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
    ORIGINATOR(Name.of("originator", Actor.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.originator(d.actors.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.originator(), s.actors);
        }
    },
    REPORTED_BY(Name.of("reportedBy", Actor.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.reportedBy(d.actors.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.reportedBy(), s.actors);
        }
    },
    CERTAINTY(Name.of("certainty")) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.certainty(CERTAINTIES.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            Optional<FigureCertainty> certainty = v.certainty();
            if (certainty.isPresent()) {
                ObjectSerializer.name(g, this);
                CERTAINTIES.write(certainty.get(), g);
            }
        }
    },
    HEDGES(Name.of("hedges", FigureHedge.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.hedges(d.hedges.readAll(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.values(g, pr, this, v.hedges(), s.hedges);
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
            ObjectSerializer.value(g, pr, this, v.location(), s.locations);
        }
    },
    ORIGIN(Name.of("origin", Location.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.origin(d.locations.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.origin(), s.locations);
        }
    },
    DESTINATION(Name.of("destination", Location.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.destination(d.locations.read(p, ctxt));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            ObjectSerializer.value(g, pr, this, v.destination(), s.locations);
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
    HORIZON(Name.of("horizon", ApproximateDate.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b)
                throws IOException {
            b.horizon(d.dates.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr)
                throws IOException {
            Optional<ApproximateDate> horizon = v.horizon();
            if (horizon.isPresent()) {
                ObjectSerializer.text(g, this, horizon.get().toString());
            }
        }
    },
    SOURCES(Name.of("sources", SourceAttribution.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b) throws IOException {
            b.sources(d.sources.readAll(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.sources(), s.sources);
        }
    },
    EXTERNAL_IDS(Name.of("externalIds", ExternalId.class)) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b) throws IOException {
            b.externalIds(d.externalIds.readAll(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.externalIds(), s.externalIds);
        }
    },
    ATTRIBUTES(Name.of("attributes")) {
        @Override
        void read(CasualtyReportDeserializer d, JsonParser p, DeserializationContext ctxt, CasualtyReport.Builder b) throws IOException {
            b.attributes(Attributes.read(p, ctxt, CasualtyReport.class, text()));
        }

        @Override
        void write(CasualtyReportSerializer s, CasualtyReport v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Attributes.write(g, this, v.attributes());
        }
    };

    private static final EnumDeserializer<CasualtyType> TYPES = new EnumDeserializer<>(CasualtyType.class);
    private static final EnumDeserializer<FigureKind> FIGURE_KINDS = new EnumDeserializer<>(FigureKind.class);
    private static final EnumDeserializer<FigureCertainty> CERTAINTIES = new EnumDeserializer<>(FigureCertainty.class);

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
