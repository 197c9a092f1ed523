package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Membership;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.Optional;

/**
 * The fields of a membership, {@code {"organization":{...},"role":"leader","since":"2021-04"}},
 * in the order they are written; see {@link ObjectField}. A membership is part of its actor, as an
 * affiliation is: its organization is read by the actor's deserializer, one level deeper.
 */
enum MembershipField implements ObjectField {

    ORGANIZATION(Name.of("organization", Actor.class)) {
        @Override
        void read(MembershipDeserializer d, JsonParser p, DeserializationContext ctxt, MembershipDeserializer.Reading r)
                throws IOException {
            if (r.depth >= Actor.MAX_AFFILIATION_DEPTH) {
                throw Failures.violationAtField(p, ctxt, Membership.class, text(), ViolationCode.AFFILIATION_TOO_DEEP,
                        "be nested at most " + Actor.MAX_AFFILIATION_DEPTH
                                + " actors deep through affiliations and memberships",
                        "more than " + Actor.MAX_AFFILIATION_DEPTH + " actors");
            }
            r.organization = d.actors.read(p, ctxt, r.depth + 1);
        }

        @Override
        void write(ActorSerializer s, Membership v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            s.write(v.organization(), g, pr);
        }
    },
    ROLE(Name.of("role")) {
        @Override
        void read(MembershipDeserializer d, JsonParser p, DeserializationContext ctxt, MembershipDeserializer.Reading r)
                throws IOException {
            r.role = Tokens.string(p, ctxt, Membership.class, text());
        }

        @Override
        void write(ActorSerializer s, Membership v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.role());
        }
    },
    SINCE(Name.of("since", ApproximateDate.class)) {
        @Override
        void read(MembershipDeserializer d, JsonParser p, DeserializationContext ctxt, MembershipDeserializer.Reading r)
                throws IOException {
            r.since = d.dates.read(p, ctxt, Membership.class, text());
        }

        @Override
        void write(ActorSerializer s, Membership v, JsonGenerator g, SerializerProvider pr) throws IOException {
            date(g, this, v.since());
        }
    },
    UNTIL(Name.of("until", ApproximateDate.class)) {
        @Override
        void read(MembershipDeserializer d, JsonParser p, DeserializationContext ctxt, MembershipDeserializer.Reading r)
                throws IOException {
            r.until = d.dates.read(p, ctxt, Membership.class, text());
        }

        @Override
        void write(ActorSerializer s, Membership v, JsonGenerator g, SerializerProvider pr) throws IOException {
            date(g, this, v.until());
        }
    };

    private final Name json;

    MembershipField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    private static void date(JsonGenerator g, MembershipField field, Optional<ApproximateDate> date)
            throws IOException {
        if (date.isPresent()) {
            ObjectSerializer.text(g, field, date.get().toString());
        }
    }

    /** Reads the field's value, the parser on it, into the membership being read. */
    abstract void read(MembershipDeserializer d, JsonParser p, DeserializationContext ctxt,
            MembershipDeserializer.Reading r) throws IOException;

    /** Writes the field of a membership, or nothing if it has no value for it. */
    abstract void write(ActorSerializer s, Membership v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
