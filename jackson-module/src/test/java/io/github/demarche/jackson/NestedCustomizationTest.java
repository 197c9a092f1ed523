package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.github.demarche.Actor;
import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Statement;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A user's serializer and deserializer for a nested type of the model, registered on the mapper
 * through a mix-in or a module, are used inside the values that hold it: the module resolves the
 * (de)serializers of nested types from the mapper rather than calling its own.
 */
class NestedCustomizationTest {

    /** Every actor of the reference article, by id. */
    private static final Map<String, Actor> ACTORS = new HashMap<>();

    static {
        for (Actor actor : ReferenceArticleFixture.dossier().actors()) {
            for (Actor a = actor; a != null; a = a.affiliation().orElse(null)) {
                ACTORS.put(a.id(), a);
            }
        }
    }

    /** Writes an actor as its id. */
    static final class ActorIdSerializer extends JsonSerializer<Actor> {
        @Override
        public void serialize(Actor value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.id());
        }
    }

    /** Reads an actor from its id, among the reference article's actors. */
    static final class ActorIdDeserializer extends JsonDeserializer<Actor> {
        @Override
        public Actor deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Actor actor = ACTORS.get(p.getText());
            return actor != null ? actor : (Actor) ctxt.handleWeirdStringValue(Actor.class, p.getText(), "unknown");
        }
    }

    @JsonSerialize(using = ActorIdSerializer.class)
    @JsonDeserialize(using = ActorIdDeserializer.class)
    abstract static class ActorById {
    }

    private static final ObjectMapper BY_ID = DemarcheJson.newObjectMapper().rebuild()
            .addMixIn(Actor.class, ActorById.class).build();

    @Test
    void a_mix_in_for_actor_writes_and_reads_the_speakers_of_a_statement() throws IOException {
        Statement denial = ReferenceArticleFixture.DENIAL;
        String json = BY_ID.writeValueAsString(denial);
        assertThat(json).startsWith("{\"id\":\"s07-beijing-denial\",\"speakers\":[\"chn-gov\"],\"date\":");
        assertThat(json).contains("{\"kind\":\"statement\",\"statementId\":\"s02-criticism\"}");
        assertThat(BY_ID.readValue(json, Statement.class)).isEqualTo(denial);
    }

    @Test
    void a_mix_in_for_actor_writes_and_reads_the_actors_of_a_whole_dossier() throws IOException {
        Dossier dossier = ReferenceArticleFixture.dossier();
        String json = BY_ID.writeValueAsString(dossier);
        assertThat(json).contains("\"actors\":[\"").doesNotContain("\"affiliation\"");
        assertThat(BY_ID.readValue(json, Dossier.class)).isEqualTo(dossier);
    }

    @Test
    void the_module_alone_still_writes_actors_in_full() {
        assertThat(write(ReferenceArticleFixture.DENIAL)).contains("\"speakers\":[{\"id\":\"chn-gov\"");
    }

    /** Writes a source as its publication only. */
    static final class PublicationOnly extends JsonSerializer<SourceAttribution> {
        @Override
        public void serialize(SourceAttribution value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.publication().orElseThrow());
        }
    }

    /** Reads a source from its publication only: the reference article's source. */
    static final class ReferenceSource extends JsonDeserializer<SourceAttribution> {
        @Override
        public SourceAttribution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            assertThat(p.getText()).isEqualTo(ReferenceArticleFixture.SOURCE.publication().orElseThrow());
            return ReferenceArticleFixture.SOURCE;
        }
    }

    @Test
    void a_module_registered_later_replaces_the_nested_source_of_statements_and_reports() throws IOException {
        ObjectMapper mapper = DemarcheJson.newObjectMapper().rebuild().addModule(new SimpleModule()
                .addSerializer(SourceAttribution.class, new PublicationOnly())
                .addDeserializer(SourceAttribution.class, new ReferenceSource())).build();
        Dossier dossier = ReferenceArticleFixture.dossier();
        String json = mapper.writeValueAsString(dossier);
        assertThat(json).contains("\"source\":\"The Irrawaddy\"").doesNotContain("publicationDate");
        assertThat(mapper.readValue(json, Dossier.class)).isEqualTo(dossier);
    }
}
