package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.ValidationException;
import io.github.demarche.Vote;
import io.github.demarche.VoteCount;
import java.io.IOException;

/** Reads how a body decided on a document, {@code {"method":"vote","adopted":false,"count":{...},"votes":[...]}}; its fields are {@link AdoptionField}. */
final class AdoptionDeserializer extends ObjectDeserializer<Adoption, AdoptionField, Adoption.Builder> {

    private static final long serialVersionUID = 1L;

    final Nested<VoteCount> counts;
    final Nested<Vote> votes;
    final Nested<Actor> actors;

    AdoptionDeserializer(VoteCountDeserializer counts, VoteDeserializer votes, ActorDeserializer actors) {
        super(Adoption.class, AdoptionField.class);
        this.counts = Nested.of(VoteCount.class, counts);
        this.votes = Nested.of(Vote.class, votes);
        this.actors = Nested.of(Actor.class, actors);
    }

    private AdoptionDeserializer(AdoptionDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.counts = source.counts.resolve(ctxt);
        this.votes = source.votes.resolve(ctxt);
        this.actors = source.actors.resolve(ctxt);
    }

    @Override
    AdoptionDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new AdoptionDeserializer(this, ctxt);
    }

    @Override
    Adoption.Builder start() {
        return Adoption.builder();
    }

    @Override
    void readField(AdoptionField field, JsonParser p, DeserializationContext ctxt, Adoption.Builder reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Adoption build(JsonParser p, DeserializationContext ctxt, Adoption.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Adoption.class, e, null);
        }
    }
}
