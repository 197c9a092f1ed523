package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.CameoActorCode;
import io.github.demarche.ExternalId;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.Optional;

/**
 * The fields of an actor, in the order they are written; see {@link ObjectField}. An actor is read
 * into an {@link ActorDeserializer.Reading}, which compares each field with the actor read before
 * with the same id (see {@link ActorDeserializer}).
 */
enum ActorField implements ObjectField {

    ID(Name.of("id")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            if (r.seen == 0 && r.candidate == null && p.currentToken() == JsonToken.VALUE_STRING) {
                r.candidate = d.recent.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            }
            r.id = r.text(p, ctxt, r.candidate == null ? null : r.candidate.id(), this);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.id());
        }
    },
    NAME(Name.of("name")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.name = r.text(p, ctxt, r.candidate == null ? null : r.candidate.name(), this);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.name());
        }
    },
    DESCRIPTION(Name.of("description")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.description = r.text(p, ctxt, r.candidate == null ? null : r.candidate.description(), this);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.description());
        }
    },
    KIND(Name.of("kind")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            ActorKind kind = KINDS.read(p, ctxt, Actor.class, text());
            r.kind = kind;
            r.seen(this, r.candidate != null && r.candidate.kind() == kind);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.name(g, this);
            KINDS.write(v.kind(), g);
        }
    },
    COLLECTIVE(Name.of("collective")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            boolean collective = Tokens.bool(p, ctxt, Actor.class, text());
            r.collective = collective;
            // false is the same as absent, as for every flag of the format
            r.seen = collective ? r.seen | bit() : r.seen & ~bit();
            if (r.candidate != null && r.candidate.actor().isCollective() != collective) {
                r.candidate = null;
            }
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.flag(g, this, v.isCollective());
        }
    },
    COUNTRY(Name.of("country", CountryCode.class)) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            CountryCode known = r.candidate == null ? null : r.candidate.country();
            if (known != null && Tokens.matches(p, known.code())) {
                r.country = known;
                r.seen(this, true);
            } else {
                r.country = d.countries.read(p, ctxt, Actor.class, text());
                r.seen(this, false);
            }
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Optional<CountryCode> country = v.country();
            if (country.isPresent()) {
                ObjectSerializer.text(g, this, country.get().code());
            }
        }
    },
    TITLE(Name.of("title")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.title = r.text(p, ctxt, r.candidate == null ? null : r.candidate.title(), this);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.title());
        }
    },
    SURNAME(Name.of("surname")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.seen(this, false);
            r.surname = Tokens.string(p, ctxt, Actor.class, text());
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.surname());
        }
    },
    AFFILIATION(Name.of("affiliation", Actor.class)) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            if (r.depth >= Actor.MAX_AFFILIATION_DEPTH) {
                throw Failures.violationAtField(p, ctxt, Actor.class, text(), ViolationCode.AFFILIATION_TOO_DEEP,
                        "be a chain of at most " + Actor.MAX_AFFILIATION_DEPTH + " actors",
                        "more than " + Actor.MAX_AFFILIATION_DEPTH + " actors");
            }
            Actor affiliation = d.read(p, ctxt, r.depth + 1);
            r.affiliation = affiliation;
            r.seen(this, r.candidate != null && r.candidate.affiliation() == affiliation);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Optional<Actor> affiliation = v.affiliation();
            if (affiliation.isPresent()) {
                ObjectSerializer.name(g, this);
                s.write(affiliation.get(), g, pr);
            }
        }
    },
    MEMBERSHIPS(Name.of("memberships", io.github.demarche.Membership.class)) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.seen(this, false);
            r.memberships = d.memberships.readAll(p, ctxt, r.depth);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            s.writeMemberships(v, g, pr);
        }
    },
    ALIASES(Name.of("aliases")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.aliases = r.candidate == null ? Tokens.strings(p, ctxt, Actor.class, text())
                    : ActorDeserializer.aliases(p, ctxt, r.candidate);
            if (r.candidate != null && r.aliases != r.candidate.aliases()) {
                r.candidate = null;
            }
            // an empty array is the same as none
            r.seen = r.aliases.isEmpty() ? r.seen & ~RecentActors.ALIASES : r.seen | RecentActors.ALIASES;
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.aliases());
        }
    },
    COMMON_DESCRIPTIONS(Name.of("commonDescriptions")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.seen(this, false);
            r.commonDescriptions = Tokens.strings(p, ctxt, Actor.class, text());
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.commonDescriptions());
        }
    },
    WIKIDATA_ID(Name.of("wikidataId")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.wikidataId = r.text(p, ctxt, r.candidate == null ? null : r.candidate.wikidataId(), this);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.wikidataId());
        }
    },
    CAMEO_CODE(Name.of("cameoCode")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.cameoCode = r.text(p, ctxt, r.candidate == null ? null : r.candidate.cameoCode(), this);
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.text(g, this, v.cameoCode().map(CameoActorCode::text));
        }
    },
    SECTORS(Name.of("sectors")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.seen(this, false);
            r.sectors = Tokens.strings(p, ctxt, Actor.class, text());
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.texts(g, this, v.sectors());
        }
    },
    EXTERNAL_IDS(Name.of("externalIds", ExternalId.class)) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.seen(this, false);
            r.externalIds = d.externalIds.readAll(p, ctxt, Actor.class, text());
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            ObjectSerializer.values(g, pr, this, v.externalIds(), s.externalIds);
        }
    },
    ATTRIBUTES(Name.of("attributes")) {
        @Override
        void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
                throws IOException {
            r.seen(this, false);
            r.attributes = Attributes.read(p, ctxt, Actor.class, text());
        }

        @Override
        void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException {
            Attributes.write(g, this, v.attributes());
        }
    };

    private static final EnumDeserializer<ActorKind> KINDS = new EnumDeserializer<>(ActorKind.class);

    private final Name json;

    ActorField(Name json) {
        this.json = json;
    }

    @Override
    public Name json() {
        return json;
    }

    /** The bit of the field in {@link RecentActors.Entry#fields()}. */
    int bit() {
        return 1 << ordinal();
    }

    /** Reads the field's value, the parser on it, into the actor being read. */
    abstract void read(ActorDeserializer d, JsonParser p, DeserializationContext ctxt, ActorDeserializer.Reading r)
            throws IOException;

    /** Writes the field of an actor, or nothing if the actor has no value for it. */
    abstract void write(ActorSerializer s, Actor v, JsonGenerator g, SerializerProvider pr) throws IOException;
}
