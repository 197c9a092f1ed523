package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ExternalId;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Coding;
import io.github.demarche.DatePrecision;
import io.github.demarche.QualifiedCount;
import java.io.IOException;

/** The fields of an event, in the order they are written; see {@link ObjectField}. */
enum EventField implements ObjectField {

    ID(Name.of("id")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.id(Tokens.string(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.id());
        }
    },
    TYPE(Name.of("type")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.type(TYPES.read(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            TYPES.write(v.type(), g);
        }
    },
    TITLE(Name.of("title")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.title(Tokens.string(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.title());
        }
    },
    DATE(Name.of("date", ApproximateDate.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.date(d.dates.read(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.date().toString());
        }
    },
    DATE_PRECISION(Name.of("datePrecision")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.datePrecision(DATE_PRECISIONS.read(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            if (v.datePrecision().isPresent()) {
                ObjectSerializer.name(g, this);
                DATE_PRECISIONS.write(v.datePrecision().get(), g);
            }
        }
    },
    RELATIVE_DATE(Name.of("relativeDate", RelativeDate.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.relativeDate(d.relativeDates.read(p, ctxt));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.relativeDate(), s.relativeDates);
        }
    },
    LOCATION(Name.of("location", Location.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.location(d.locations.read(p, ctxt));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.location(), s.locations);
        }
    },
    PARTICIPANTS(Name.of("participants", Participant.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.addAllParticipants(d.participants.readAll(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.participants(), s.participants);
        }
    },
    CASUALTY_REPORT_IDS(Name.of("casualtyReportIds")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.casualtyReportIds(Tokens.strings(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.casualtyReportIds());
        }
    },
    DEATHS(Name.of("deaths", QualifiedCount.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.deaths(d.counts.read(p, ctxt));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.deaths(), s.counts);
        }
    },
    /** Written only for a blocked event; {@code false} when absent on input. */
    BLOCKED(Name.of("blocked")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.blocked(Tokens.bool(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.flag(g, this, v.isBlocked());
        }
    },
    CODING(Name.of("coding", Coding.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.coding(d.codings.read(p, ctxt));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.coding(), s.codings);
        }
    },
    SOURCES(Name.of("sources", SourceAttribution.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.sources(d.sources.readAll(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.sources(), s.sources);
        }
    },
    EXTERNAL_IDS(Name.of("externalIds", ExternalId.class)) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.externalIds(d.externalIds.readAll(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.externalIds(), s.externalIds);
        }
    },
    ATTRIBUTES(Name.of("attributes")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.attributes(Attributes.read(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Attributes.write(g, this, v.attributes());
        }
    };

    private static final EnumDeserializer<EventType> TYPES = new EnumDeserializer<>(EventType.class);
    private static final EnumDeserializer<DatePrecision> DATE_PRECISIONS = new EnumDeserializer<>(DatePrecision.class);

    private final Name json;

    EventField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the builder. */
    abstract void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b)
            throws IOException;

    /** Writes the field of an event, or nothing if the event has no value for it. */
    abstract void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
