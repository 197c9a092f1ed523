package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Actor;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoActorCode;
import io.github.demarche.ExternalId;
import io.github.demarche.Membership;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import io.github.demarche.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an actor, its affiliation nested by value, through {@code Actor.builder()}; its fields are
 * {@link ActorField}. An affiliation is read by this deserializer itself, whatever the mapper
 * resolves for {@code Actor}: a chain is one value.
 *
 * <p>The nesting of affiliations is checked while reading: an actor with more than
 * {@link Actor#MAX_AFFILIATION_DEPTH} affiliations above it is rejected at the first one too many,
 * before it is read, so that hostile input cannot nest actors deeper than the model allows.
 *
 * <p>Identical actors read again share one instance: the cache key holds every attribute read
 * (the affiliation as the shared instance read before it), so an actor is only ever returned for
 * input that builds an equal actor. Actors with many aliases are not cached. Before that, an actor
 * whose id comes first is compared, field by field as it is read, with the actor read before with
 * that id ({@link RecentActors}): if every field equals it, it is returned without a string made
 * or a key hashed.
 */
final class ActorDeserializer extends ObjectDeserializer<Actor, ActorField, ActorDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** Actors with more aliases are read but not cached, which bounds the memory of the cache. */
    private static final int MAX_CACHED_ALIASES = 16;

    final CountryCodeDeserializer countries;
    private final InstanceCache<Key, Actor> cache = new InstanceCache<>(1024);
    final RecentActors recent = new RecentActors(256);

    /**
     * Everything an actor is built from; equal keys build equal actors. The affiliation is hashed by
     * identity, not by value: it is itself a shared instance when it was read before, and hashing
     * it by value would walk its whole chain for every actor read. An equal affiliation that is
     * another instance only misses the cache.
     */
    private record Key(String id, String name, String description, ActorKind kind, boolean collective,
            CountryCode country, String title, String surname, Actor affiliation, List<Membership> memberships,
            List<String> aliases, List<String> commonDescriptions, String wikidataId, String cameoCode,
            List<String> sectors, List<ExternalId> externalIds, Map<String, AttributeValue> attributes) {

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(id);
            hash = 31 * hash + Objects.hashCode(name);
            hash = 31 * hash + Objects.hashCode(description);
            hash = 31 * hash + Boolean.hashCode(collective);
            hash = 31 * hash + Objects.hashCode(surname);
            hash = 31 * hash + memberships.hashCode();
            hash = 31 * hash + commonDescriptions.hashCode();
            hash = 31 * hash + Objects.hashCode(kind);
            hash = 31 * hash + Objects.hashCode(country);
            hash = 31 * hash + Objects.hashCode(title);
            hash = 31 * hash + System.identityHashCode(affiliation);
            hash = 31 * hash + aliases.hashCode();
            hash = 31 * hash + Objects.hashCode(wikidataId);
            hash = 31 * hash + sectors.hashCode();
            hash = 31 * hash + externalIds.hashCode();
            hash = 31 * hash + attributes.hashCode();
            return 31 * hash + Objects.hashCode(cameoCode);
        }

        @Override
        public boolean equals(Object obj) {
            if (this == obj) {
                return true;
            }
            if (!(obj instanceof Key)) {
                return false;
            }
            Key other = (Key) obj;
            return affiliation == other.affiliation && Objects.equals(id, other.id) && Objects.equals(name, other.name)
                    && Objects.equals(description, other.description) && collective == other.collective
                    && Objects.equals(surname, other.surname) && memberships.equals(other.memberships)
                    && commonDescriptions.equals(other.commonDescriptions)
                    && kind == other.kind && Objects.equals(country, other.country) && Objects.equals(title, other.title)
                    && aliases.equals(other.aliases) && Objects.equals(wikidataId, other.wikidataId)
                    && Objects.equals(cameoCode, other.cameoCode) && sectors.equals(other.sectors)
                    && externalIds.equals(other.externalIds) && attributes.equals(other.attributes);
        }
    }

    /** The external ids of actors; read by the module's own deserializer, as affiliations are. */
    final ExternalIdDeserializer externalIds;
    /** The memberships of actors, whose organizations this deserializer reads. */
    final MembershipDeserializer memberships;

    ActorDeserializer(CountryCodeDeserializer countries, ExternalIdDeserializer externalIds,
            ApproximateDateDeserializer dates) {
        super(Actor.class, ActorField.class);
        this.countries = countries;
        this.externalIds = externalIds;
        this.memberships = new MembershipDeserializer(this, dates);
    }

    /**
     * An actor being read: its fields, and the actor read before with the same id that they are
     * compared with, as long as each equals it.
     */
    static final class Reading {

        /** The number of actors below this one in the chain being read. */
        final int depth;
        /** The actor read before that every field so far equals, or null. */
        RecentActors.Entry candidate;
        /** The fields read that count, as the bits of {@link RecentActors.Entry#fields()}. */
        int seen;
        String id;
        String name;
        String description;
        ActorKind kind;
        boolean collective;
        CountryCode country;
        String title;
        String surname;
        Actor affiliation;
        List<Membership> memberships = List.of();
        List<String> aliases = List.of();
        List<String> commonDescriptions = List.of();
        String wikidataId;
        String cameoCode;
        List<String> sectors = List.of();
        List<ExternalId> externalIds = List.of();
        Map<String, AttributeValue> attributes = Map.of();

        Reading(int depth) {
            this.depth = depth;
        }

        /** Marks a field as read, and drops the candidate unless the value read equals its own. */
        void seen(ActorField field, boolean same) {
            seen |= field.bit();
            if (!same) {
                candidate = null;
            }
        }

        /**
         * Reads a text field: the candidate's own string if the parser's characters equal it,
         * without making a string, else the text read, which drops the candidate.
         */
        String text(JsonParser p, DeserializationContext ctxt, String known, ActorField field) throws IOException {
            seen |= field.bit();
            if (candidate != null && known != null && Tokens.matches(p, known)) {
                return known;
            }
            candidate = null;
            return Tokens.string(p, ctxt, Actor.class, field.text());
        }
    }

    @Override
    Reading start() {
        return new Reading(0);
    }

    /** Reads an actor that has {@code depth} actors below it in the chain being read. */
    Actor read(JsonParser p, DeserializationContext ctxt, int depth) throws IOException {
        return readObject(p, ctxt, new Reading(depth));
    }

    @Override
    void readField(ActorField field, JsonParser p, DeserializationContext ctxt, Reading reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Actor build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.candidate != null && r.seen == r.candidate.fields()) {
            return r.candidate.actor();
        }
        Key key = new Key(r.id, r.name, r.description, r.kind, r.collective, r.country, r.title, r.surname,
                r.affiliation, r.memberships, r.aliases, r.commonDescriptions, r.wikidataId, r.cameoCode, r.sectors,
                r.externalIds, r.attributes);
        Actor cached = cache.get(key);
        if (cached != null) {
            recent.put(cached);
            return cached;
        }
        Actor.Builder builder = Actor.builder();
        if (r.id != null) {
            builder.id(r.id);
        }
        if (r.name != null) {
            builder.name(r.name);
        }
        if (r.description != null) {
            builder.description(r.description);
        }
        if (r.kind != null) {
            builder.kind(r.kind);
        }
        builder.collective(r.collective);
        if (r.surname != null) {
            builder.surname(r.surname);
        }
        builder.memberships(r.memberships);
        builder.commonDescriptions(r.commonDescriptions);
        if (r.country != null) {
            builder.country(r.country);
        }
        if (r.title != null) {
            builder.title(r.title);
        }
        if (r.affiliation != null) {
            builder.affiliation(r.affiliation);
        }
        builder.aliases(r.aliases);
        if (r.wikidataId != null) {
            builder.wikidataId(r.wikidataId);
        }
        if (r.cameoCode != null) {
            try {
                builder.cameoCode(CameoActorCode.parse(r.cameoCode));
            } catch (ValidationException e) {
                throw Failures.invalid(p, ctxt, Actor.class, e, ActorField.CAMEO_CODE.text());
            }
        }
        builder.sectors(r.sectors);
        builder.externalIds(r.externalIds);
        builder.attributes(r.attributes);
        Actor actor;
        try {
            actor = builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Actor.class, e, null);
        }
        if (r.aliases.size() > MAX_CACHED_ALIASES || r.sectors.size() > MAX_CACHED_ALIASES
                || r.memberships.size() > MAX_CACHED_ALIASES || r.commonDescriptions.size() > MAX_CACHED_ALIASES
                || r.externalIds.size() > MAX_CACHED_ALIASES || r.attributes.size() > MAX_CACHED_ALIASES) {
            return actor;
        }
        actor = cache.intern(key, actor);
        recent.put(actor);
        return actor;
    }

    /**
     * Reads an array of aliases, comparing it with the candidate's: returns the candidate's own list
     * if every alias equals it, otherwise the aliases read.
     */
    static List<String> aliases(JsonParser p, DeserializationContext ctxt, RecentActors.Entry candidate)
            throws IOException {
        Tokens.startArray(p, ctxt, Actor.class, ActorField.ALIASES.text());
        List<String> known = candidate.aliases();
        List<String> read = null;
        int index = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                if (read == null) {
                    read = new ArrayList<>(known.subList(0, index));
                }
                read.add(Tokens.string(p, ctxt, Actor.class, ActorField.ALIASES.text() + "[" + index + "]"));
                index++;
                continue;
            }
            if (read == null && index < known.size() && Tokens.matches(p, known.get(index))) {
                index++;
                continue;
            }
            if (read == null) {
                read = new ArrayList<>(known.subList(0, index));
            }
            read.add(p.getText());
            index++;
        }
        if (read == null && index < known.size()) {
            read = new ArrayList<>(known.subList(0, index));
        }
        return read == null ? known : read;
    }
}
