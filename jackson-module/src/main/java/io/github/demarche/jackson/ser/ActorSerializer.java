package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes an actor by value, its affiliation nested in full:
 * {@code {"id":"wang-yi","name":"Wang Yi","kind":"person","country":"CHN","title":"Foreign Minister",
 * "affiliation":{...}}}.
 * The nesting is bounded by the model: a chain of affiliations has at most
 * {@link Actor#MAX_AFFILIATION_DEPTH} actors above the first.
 */
final class ActorSerializer extends ModelSerializer<Actor> {

    private static final long serialVersionUID = 1L;

    static final ActorSerializer INSTANCE = new ActorSerializer();

    private static final EnumSerializer<ActorKind> KINDS = new EnumSerializer<>(ActorKind.class);

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString KIND = new SerializedString("kind");
    private static final SerializedString COUNTRY = new SerializedString("country");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString AFFILIATION = new SerializedString("affiliation");
    private static final SerializedString ALIASES = new SerializedString("aliases");
    private static final SerializedString WIKIDATA_ID = new SerializedString("wikidataId");
    private static final SerializedString CAMEO_CODE = new SerializedString("cameoCode");

    private ActorSerializer() {
        super(Actor.class);
    }

    @Override
    void write(Actor actor, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ID);
        gen.writeString(actor.id());
        gen.writeFieldName(NAME);
        gen.writeString(actor.name());
        gen.writeFieldName(KIND);
        KINDS.write(actor.kind(), gen);
        Optional<CountryCode> country = actor.country();
        if (country.isPresent()) {
            gen.writeFieldName(COUNTRY);
            gen.writeString(country.get().code());
        }
        Strings.writeIfPresent(gen, TITLE, actor.title());
        Optional<Actor> affiliation = actor.affiliation();
        if (affiliation.isPresent()) {
            gen.writeFieldName(AFFILIATION);
            write(affiliation.get(), gen);
        }
        List<String> aliases = actor.aliases();
        if (!aliases.isEmpty()) {
            gen.writeFieldName(ALIASES);
            Strings.writeArray(gen, aliases);
        }
        Strings.writeIfPresent(gen, WIKIDATA_ID, actor.wikidataId());
        Strings.writeIfPresent(gen, CAMEO_CODE, actor.cameoCode());
        gen.writeEndObject();
    }
}
