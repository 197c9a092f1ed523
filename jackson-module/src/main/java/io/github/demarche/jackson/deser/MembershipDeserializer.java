package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Membership;
import io.github.demarche.ValidationException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the memberships of an actor, {@code [{"organization":{...},"role":"leader"}]}, through
 * {@code Membership.builder()}; its fields are {@link MembershipField}. It is the actor
 * deserializer's own part, not registered for {@code Membership}: an organization is read by the
 * actor deserializer one level deeper than its member, so that the nesting of actors through
 * memberships is bounded as through affiliations.
 */
final class MembershipDeserializer
        extends ObjectDeserializer<Membership, MembershipField, MembershipDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    final ActorDeserializer actors;
    final ApproximateDateDeserializer dates;

    /** The fields of a membership being read, null where absent, and the depth of its member. */
    static final class Reading {
        /** The number of actors below the member in the chain being read. */
        final int depth;
        Actor organization;
        String role;
        ApproximateDate since;
        ApproximateDate until;

        Reading(int depth) {
            this.depth = depth;
        }
    }

    MembershipDeserializer(ActorDeserializer actors, ApproximateDateDeserializer dates) {
        super(Membership.class, MembershipField.class);
        this.actors = actors;
        this.dates = dates;
    }

    @Override
    Reading start() {
        return new Reading(0);
    }

    /** Reads the array of memberships of an actor that has {@code depth} actors below it. */
    List<Membership> readAll(JsonParser p, DeserializationContext ctxt, int depth) throws IOException {
        Tokens.startArray(p, ctxt, Actor.class, ActorField.MEMBERSHIPS.text());
        List<Membership> memberships = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            memberships.add(readObject(p, ctxt, new Reading(depth)));
        }
        return memberships;
    }

    @Override
    void readField(MembershipField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Membership build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        Membership.Builder builder = Membership.builder();
        if (r.organization != null) {
            builder.organization(r.organization);
        }
        if (r.role != null) {
            builder.role(r.role);
        }
        if (r.since != null) {
            builder.since(r.since);
        }
        if (r.until != null) {
            builder.until(r.until);
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Membership.class, e, null);
        }
    }
}
