package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.List;

/**
 * Reads an actor, its affiliation nested by value, through {@code Actor.builder()}.
 *
 * <p>The nesting of affiliations is checked while reading: an actor with more than
 * {@link Actor#MAX_AFFILIATION_DEPTH} affiliations above it is rejected at the first one too many,
 * before it is read, so that hostile input cannot nest actors deeper than the model allows.
 *
 * <p>Identical actors read again share one instance: the cache key holds every attribute read
 * (the affiliation as the shared instance read before it), so an actor is only ever returned for
 * input that builds an equal actor. Actors with many aliases are not cached.
 */
final class ActorDeserializer extends ModelDeserializer<Actor> {

    private static final long serialVersionUID = 1L;

    /** Actors with more aliases are read but not cached, which bounds the memory of the cache. */
    private static final int MAX_CACHED_ALIASES = 16;

    private static final EnumDeserializer<ActorKind> KINDS = new EnumDeserializer<>(ActorKind.class);

    private final CountryCodeDeserializer countries;
    private final InstanceCache<Key, Actor> cache = new InstanceCache<>(1024);

    /** Everything an actor is built from; equal keys build equal actors. */
    private record Key(String id, String name, ActorKind kind, CountryCode country, String title, Actor affiliation,
            List<String> aliases, String wikidataId, String cameoCode) {
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
        String id = null;
        String name = null;
        ActorKind kind = null;
        CountryCode country = null;
        String title = null;
        Actor affiliation = null;
        List<String> aliases = List.of();
        String wikidataId = null;
        String cameoCode = null;
        for (String field = Tokens.firstField(p, Actor.class); field != null; field = p.nextFieldName()) {
            p.nextToken();
            switch (field) {
                case "id":
                    id = Tokens.string(p, Actor.class, field);
                    break;
                case "name":
                    name = Tokens.string(p, Actor.class, field);
                    break;
                case "kind":
                    kind = KINDS.read(p, Actor.class, field);
                    break;
                case "country":
                    country = countries.read(p, ctxt, Actor.class, field);
                    break;
                case "title":
                    title = Tokens.string(p, Actor.class, field);
                    break;
                case "affiliation":
                    if (depth >= Actor.MAX_AFFILIATION_DEPTH) {
                        throw Failures.violationAtField(p, ctxt, Actor.class, field, ViolationCode.AFFILIATION_TOO_DEEP,
                                "be a chain of at most " + Actor.MAX_AFFILIATION_DEPTH + " actors",
                                "more than " + Actor.MAX_AFFILIATION_DEPTH + " actors");
                    }
                    affiliation = read(p, ctxt, depth + 1);
                    break;
                case "aliases":
                    aliases = Tokens.strings(p, Actor.class, field);
                    break;
                case "wikidataId":
                    wikidataId = Tokens.string(p, Actor.class, field);
                    break;
                case "cameoCode":
                    cameoCode = Tokens.string(p, Actor.class, field);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Actor.class, field);
                    break;
            }
        }
        Key key = new Key(id, name, kind, country, title, affiliation, aliases, wikidataId, cameoCode);
        Actor cached = cache.get(key);
        if (cached != null) {
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
        return aliases.size() > MAX_CACHED_ALIASES ? actor : cache.intern(key, actor);
    }
}
