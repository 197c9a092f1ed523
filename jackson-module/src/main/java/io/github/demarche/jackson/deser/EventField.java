package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.Location;
import io.github.demarche.Participant;
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
            Tokens.startArray(p, ctxt, Event.class, text());
            while (p.nextToken() != JsonToken.END_ARRAY) {
                b.addParticipant(d.participants.read(p, ctxt));
            }
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
    /** Always written; the type's default when absent on input. */
    CAMEO_ROOT_CODE(Name.of("cameoRootCode")) {
        @Override
        void read(EventDeserializer d, JsonParser p, DeserializationContext ctxt, Event.Builder b) throws IOException {
            b.cameoRootCode(Tokens.string(p, ctxt, Event.class, text()));
        }

        @Override
        void write(EventSerializer s, Event v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.cameoRootCode());
        }
    };

    private static final EnumDeserializer<EventType> TYPES = new EnumDeserializer<>(EventType.class);

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
