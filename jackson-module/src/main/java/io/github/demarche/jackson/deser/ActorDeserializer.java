package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads an actor, its affiliation nested by value, through {@code Actor.builder()}.
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
final class ActorDeserializer extends ModelDeserializer<Actor> {

    private static final long serialVersionUID = 1L;

    /** Actors with more aliases are read but not cached, which bounds the memory of the cache. */
    private static final int MAX_CACHED_ALIASES = 16;

    private static final EnumDeserializer<ActorKind> KINDS = new EnumDeserializer<>(ActorKind.class);

    private final CountryCodeDeserializer countries;
    private final InstanceCache<Key, Actor> cache = new InstanceCache<>(1024);
    private final RecentActors recent = new RecentActors(256);

    /**
     * Everything an actor is built from; equal keys build equal actors. The affiliation is hashed by
     * identity, not by value: it is itself a shared instance when it was read before, and hashing
     * it by value would walk its whole chain for every actor read. An equal affiliation that is
     * another instance only misses the cache.
     */
    private record Key(String id, String name, ActorKind kind, CountryCode country, String title, Actor affiliation,
            List<String> aliases, String wikidataId, String cameoCode) {

        @Override
        public int hashCode() {
            int hash = Objects.hashCode(id);
            hash = 31 * hash + Objects.hashCode(name);
            hash = 31 * hash + Objects.hashCode(kind);
            hash = 31 * hash + Objects.hashCode(country);
            hash = 31 * hash + Objects.hashCode(title);
            hash = 31 * hash + System.identityHashCode(affiliation);
            hash = 31 * hash + aliases.hashCode();
            hash = 31 * hash + Objects.hashCode(wikidataId);
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
                    && kind == other.kind && Objects.equals(country, other.country) && Objects.equals(title, other.title)
                    && aliases.equals(other.aliases) && Objects.equals(wikidataId, other.wikidataId)
                    && Objects.equals(cameoCode, other.cameoCode);
        }
    }

    ActorDeserializer(CountryCodeDeserializer countries) {
        super(Actor.class, "id", "name", "kind", "country", "title", "affiliation", "aliases", "wikidataId",
                "cameoCode");
        this.countries = countries;
    }

    @Override
    Actor read(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, 0);
    }

    /** Reads an actor that has {@code depth} actors below it in the chain being read. */
    private Actor read(JsonParser p, DeserializationContext ctxt, int depth) throws IOException {
        // An actor usually comes again exactly as read before. When the id comes first, the actor read
        // before with that id is the candidate: each field is compared with it where it is in the
        // parser, without making a string, and taken from it; from the first field that differs on,
        // the fields are read as they are. The candidate is returned only if every field equals it.
        RecentActors.Entry candidate = null;
        int seen = 0;  // the fields that count, as the bits of RecentActors.Entry.fields()
        String id = null;
        String name = null;
        ActorKind kind = null;
        CountryCode country = null;
        String title = null;
        Actor affiliation = null;
        List<String> aliases = List.of();
        String wikidataId = null;
        String cameoCode = null;
        int present = 0;
        for (String field = Tokens.firstField(p, Actor.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "id":
                    if (seen == 0 && candidate == null && p.currentToken() == JsonToken.VALUE_STRING) {
                        candidate = recent.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                    }
                    if (candidate != null && Tokens.matches(p, candidate.id())) {
                        id = candidate.id();
                    } else {
                        candidate = null;
                        id = Tokens.string(p, Actor.class, field);
                    }
                    seen |= RecentActors.ID;
                    break;
                case "name":
                    if (candidate != null && Tokens.matches(p, candidate.name())) {
                        name = candidate.name();
                    } else {
                        candidate = null;
                        name = Tokens.string(p, Actor.class, field);
                    }
                    seen |= RecentActors.NAME;
                    break;
                case "kind":
                    kind = KINDS.read(p, Actor.class, field);
                    candidate = candidate != null && candidate.kind() == kind ? candidate : null;
                    seen |= RecentActors.KIND;
                    break;
                case "country":
                    CountryCode known = candidate == null ? null : candidate.country();
                    if (known != null && Tokens.matches(p, known.code())) {
                        country = known;
                    } else {
                        candidate = null;
                        country = countries.read(p, ctxt, Actor.class, field);
                    }
                    seen |= RecentActors.COUNTRY;
                    break;
                case "title":
                    String knownTitle = candidate == null ? null : candidate.title();
                    if (knownTitle != null && Tokens.matches(p, knownTitle)) {
                        title = knownTitle;
                    } else {
                        candidate = null;
                        title = Tokens.string(p, Actor.class, field);
                    }
                    seen |= RecentActors.TITLE;
                    break;
                case "affiliation":
                    if (depth >= Actor.MAX_AFFILIATION_DEPTH) {
                        throw Failures.violationAtField(p, ctxt, Actor.class, field, ViolationCode.AFFILIATION_TOO_DEEP,
                                "be a chain of at most " + Actor.MAX_AFFILIATION_DEPTH + " actors",
                                "more than " + Actor.MAX_AFFILIATION_DEPTH + " actors");
                    }
                    affiliation = read(p, ctxt, depth + 1);
                    candidate = candidate != null && candidate.affiliation() == affiliation ? candidate : null;
                    seen |= RecentActors.AFFILIATION;
                    break;
                case "aliases":
                    aliases = candidate == null ? Tokens.strings(p, Actor.class, field) : aliases(p, candidate);
                    if (candidate != null && aliases != candidate.aliases()) {
                        candidate = null;
                    }
                    seen = aliases.isEmpty() ? seen & ~RecentActors.ALIASES : seen | RecentActors.ALIASES;
                    break;
                case "wikidataId":
                    String knownWikidataId = candidate == null ? null : candidate.wikidataId();
                    if (knownWikidataId != null && Tokens.matches(p, knownWikidataId)) {
                        wikidataId = knownWikidataId;
                    } else {
                        candidate = null;
                        wikidataId = Tokens.string(p, Actor.class, field);
                    }
                    seen |= RecentActors.WIKIDATA_ID;
                    break;
                case "cameoCode":
                    String knownCameoCode = candidate == null ? null : candidate.cameoCode();
                    if (knownCameoCode != null && Tokens.matches(p, knownCameoCode)) {
                        cameoCode = knownCameoCode;
                    } else {
                        candidate = null;
                        cameoCode = Tokens.string(p, Actor.class, field);
                    }
                    seen |= RecentActors.CAMEO_CODE;
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Actor.class, field);
                    break;
            }
        }
        if (candidate != null && seen == candidate.fields()) {
            return candidate.actor();
        }
        Key key = new Key(id, name, kind, country, title, affiliation, aliases, wikidataId, cameoCode);
        Actor cached = cache.get(key);
        if (cached != null) {
            recent.put(cached);
            return cached;
        }
        Actor.Builder builder = Actor.builder();
        if (id != null) {
            builder.id(id);
        }
        if (name != null) {
            builder.name(name);
        }
        if (kind != null) {
            builder.kind(kind);
        }
        if (country != null) {
            builder.country(country);
        }
        if (title != null) {
            builder.title(title);
        }
        if (affiliation != null) {
            builder.affiliation(affiliation);
        }
        builder.aliases(aliases);
        if (wikidataId != null) {
            builder.wikidataId(wikidataId);
        }
        if (cameoCode != null) {
            builder.cameoCode(cameoCode);
        }
        Actor actor;
        try {
            actor = builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Actor.class, e, null);
        }
        if (aliases.size() > MAX_CACHED_ALIASES) {
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
    private static List<String> aliases(JsonParser p, RecentActors.Entry candidate) throws IOException {
        Tokens.startArray(p, Actor.class, "aliases");
        List<String> known = candidate.aliases();
        List<String> read = null;
        int index = 0;
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.VALUE_STRING) {
                throw Failures.wrongType(p, Actor.class, "aliases[" + index + "]", "a string");
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
