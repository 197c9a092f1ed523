package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Channel;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.ExternalId;
import io.github.demarche.Location;
import io.github.demarche.RelativeDate;
import java.io.IOException;

/** The fields of a statement, in the order they are written; see {@link ObjectField}. */
enum StatementField implements ObjectField {

    ID(Name.of("id")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.id(Tokens.string(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.id());
        }
    },
    SPEAKERS(Name.of("speakers", Actor.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.addAllSpeakers(d.actors.readAll(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.speakers(), s.actors);
        }
    },
    ON_BEHALF_OF(Name.of("onBehalfOf", Actor.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.onBehalfOf(d.actors.read(p, ctxt));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.onBehalfOf(), s.actors);
        }
    },
    REPORTED_BY(Name.of("reportedBy", Actor.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.reportedBy(d.actors.read(p, ctxt));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.reportedBy(), s.actors);
        }
    },
    DATE(Name.of("date", ApproximateDate.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.date(d.dates.read(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.date().toString());
        }
    },
    RELATIVE_DATE(Name.of("relativeDate", RelativeDate.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.relativeDate(d.relativeDates.read(p, ctxt));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.relativeDate(), s.relativeDates);
        }
    },
    MODE(Name.of("mode")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.mode(MODES.read(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            MODES.write(v.mode(), g);
        }
    },
    CHANNEL(Name.of("channel")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.channel(CHANNELS.read(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            CHANNELS.write(v.channel(), g);
        }
    },
    LOCATION(Name.of("location", Location.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b) throws IOException {
            b.location(d.locations.read(p, ctxt));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.value(g, pr, this, v.location(), s.locations);
        }
    },
    QUOTE(Name.of("quote")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.quote(Tokens.string(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.quote());
        }
    },
    SUMMARY(Name.of("summary")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.summary(Tokens.string(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.summary());
        }
    },
    STANCES(Name.of("stances", Stance.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.addAllStances(d.stances.readAll(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.stances(), s.stances);
        }
    },
    EVENT_IDS(Name.of("eventIds")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
                throws IOException {
            b.eventIds(Tokens.strings(p, ctxt, Statement.class, text(), d.eventIds));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.eventIds());
        }
    },
    SOURCES(Name.of("sources", SourceAttribution.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b) throws IOException {
            b.sources(d.sources.readAll(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.sources(), s.sources);
        }
    },
    EXTERNAL_IDS(Name.of("externalIds", ExternalId.class)) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b) throws IOException {
            b.externalIds(d.externalIds.readAll(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.externalIds(), s.externalIds);
        }
    },
    ATTRIBUTES(Name.of("attributes")) {
        @Override
        void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b) throws IOException {
            b.attributes(Attributes.read(p, ctxt, Statement.class, text()));
        }

        @Override
        void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Attributes.write(g, this, v.attributes());
        }
    };

    private static final EnumDeserializer<StatementMode> MODES = new EnumDeserializer<>(StatementMode.class);
    private static final EnumDeserializer<Channel> CHANNELS = new EnumDeserializer<>(Channel.class);

    private final Name json;

    StatementField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** Reads the field's value, the parser on it, into the builder. */
    abstract void read(StatementDeserializer d, JsonParser p, DeserializationContext ctxt, Statement.Builder b)
            throws IOException;

    /** Writes the field of a statement, or nothing if the statement has no value for it. */
    abstract void write(StatementSerializer s, Statement v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
