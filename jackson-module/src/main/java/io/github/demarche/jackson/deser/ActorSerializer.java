package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.CameoActorCode;
import io.github.demarche.ExternalId;
import io.github.demarche.Membership;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes an actor by value, its affiliation nested in full:
 * {@code {"id":"wang-yi","name":"Wang Yi","kind":"person","country":"CHN","title":"Foreign Minister",
 * "affiliation":{...}}}; its fields are {@link ActorField}, and those of its memberships
 * {@link MembershipField}, each organization nested in full too. The nesting is bounded by the
 * model: at most {@link Actor#MAX_AFFILIATION_DEPTH} actors below the first, through affiliations
 * and memberships.
 */
final class ActorSerializer extends ObjectSerializer<Actor, ActorField> {

    private static final long serialVersionUID = 1L;

    private static final ActorField[] FIELDS = ActorField.values();
    private static final MembershipField[] MEMBERSHIP_FIELDS = MembershipField.values();

    /** The external ids of actors, written by the module's own serializer, as affiliations are. */
    final NestedWriter<ExternalId> externalIds = NestedWriter.of(ExternalId.class, new ExternalIdSerializer());

    ActorSerializer() {
        super(Actor.class);
    }

    /**
     * Writes the fields as {@link #writeFieldsByTable} does, each constant called by its name (a call
     * of a constant is inlined, where the loop's one call, which sees every constant, is not), two of
     * them written out.
     * {@code ObjectSerializerTest} proves that both write the same bytes.
     */
    @Override
    void writeFields(Actor value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        ActorField.ID.write(this, value, gen, provider);
        ActorField.NAME.write(this, value, gen, provider);
        ActorField.DESCRIPTION.write(this, value, gen, provider);
        ActorField.KIND.write(this, value, gen, provider);
        ActorField.COLLECTIVE.write(this, value, gen, provider);
        ActorField.COUNTRY.write(this, value, gen, provider);
        ActorField.TITLE.write(this, value, gen, provider);
        ActorField.SURNAME.write(this, value, gen, provider);
        // as AFFILIATION writes it: that constant is recursive, so it is not inlined, and the
        // Optional it gets would be allocated for every actor
        Optional<Actor> affiliation = value.affiliation();
        if (affiliation.isPresent()) {
            ObjectSerializer.name(gen, ActorField.AFFILIATION);
            write(affiliation.get(), gen, provider);
        }
        if (!value.memberships().isEmpty()) {
            writeMemberships(value, gen, provider);
        }
        ActorField.ALIASES.write(this, value, gen, provider);
        ActorField.COMMON_DESCRIPTIONS.write(this, value, gen, provider);
        ActorField.WIKIDATA_ID.write(this, value, gen, provider);
        // as CAMEO_CODE writes it, without the Optional of Optional.map
        Optional<CameoActorCode> cameoCode = value.cameoCode();
        if (cameoCode.isPresent()) {
            ObjectSerializer.text(gen, ActorField.CAMEO_CODE, cameoCode.get().text());
        }
        ActorField.SECTORS.write(this, value, gen, provider);
        ActorField.EXTERNAL_IDS.write(this, value, gen, provider);
        ActorField.ATTRIBUTES.write(this, value, gen, provider);
    }

    /**
     * Writes the memberships of an actor, if it has any, each organization written by this
     * serializer, as affiliations are: {@code "memberships":[{"organization":{...},"role":"leader"}]}.
     */
    void writeMemberships(Actor value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        List<Membership> memberships = value.memberships();
        if (memberships.isEmpty()) {
            return;
        }
        ObjectSerializer.name(gen, ActorField.MEMBERSHIPS);
        gen.writeStartArray();
        for (int i = 0; i < memberships.size(); i++) {
            gen.writeStartObject();
            for (MembershipField field : MEMBERSHIP_FIELDS) {
                field.write(this, memberships.get(i), gen, provider);
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    /**
     * Writes the fields in the order of the constants of {@link ActorField}, one call for all: what
     * {@link #writeFields} spells out.
     */
    void writeFieldsByTable(Actor value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (ActorField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
