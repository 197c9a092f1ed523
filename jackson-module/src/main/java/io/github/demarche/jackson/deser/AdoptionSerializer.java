package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.Vote;
import io.github.demarche.VoteCount;
import java.io.IOException;

/** Writes how a body decided on a document, {@code {"method":"vote","adopted":false,"count":{...},"votes":[...]}}; its fields are {@link AdoptionField}. */
final class AdoptionSerializer extends ObjectSerializer<Adoption, AdoptionField> {

    private static final long serialVersionUID = 1L;

    private static final AdoptionField[] FIELDS = AdoptionField.values();

    final NestedWriter<VoteCount> counts;
    final NestedWriter<Vote> votes;
    final NestedWriter<Actor> actors;

    AdoptionSerializer(VoteCountSerializer counts, VoteSerializer votes, ActorSerializer actors) {
        super(Adoption.class);
        this.counts = NestedWriter.of(VoteCount.class, counts);
        this.votes = NestedWriter.of(Vote.class, votes);
        this.actors = NestedWriter.of(Actor.class, actors);
    }

    private AdoptionSerializer(AdoptionSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.counts = source.counts.resolve(provider);
        this.votes = source.votes.resolve(provider);
        this.actors = source.actors.resolve(provider);
    }

    @Override
    AdoptionSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new AdoptionSerializer(this, provider);
    }

    @Override
    void writeFields(Adoption value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (AdoptionField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
