package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Membership;
import io.github.demarche.CountryCode;
import io.github.demarche.RandomValues;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.ViolationCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ActorJsonTest {

    @Test
    void writes_an_actor_with_its_affiliations_by_value() {
        assertThat(write(ReferenceArticleFixture.WANG_YI)).isEqualTo(json("{'id':'wang-yi','name':'Wang Yi',"
                + "'kind':'person','country':'CHN','title':'Foreign Minister','surname':'Wang',"
                + "'affiliation':{'id':'chn-gov','name':'Government of China','kind':'government','country':'CHN','affiliation':{'id':'chn',"
                + "'name':'China','kind':'state','country':'CHN','wikidataId':'Q148','cameoCode':'CHN'},"
                + "'aliases':['Beijing'],'cameoCode':'CHNGOV'}}"));
    }

    @Test
    void leaves_out_empty_optionals_and_empty_lists() {
        Actor bare = Actor.builder().id("un").name("United Nations").kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION)
                .build();

        assertThat(write(bare))
                .isEqualTo(json("{'id':'un','name':'United Nations','kind':'intergovernmental_organization'}"));
    }

    @Test
    void reads_fields_in_any_order_and_empty_lists_as_absent() throws Exception {
        Actor read = MAPPER.readValue(json("{'aliases':[],'kind':'state','country':'MMR','name':'Myanmar','id':'mmr'}"),
                Actor.class);

        assertThat(read).isEqualTo(Actor.builder().id("mmr").name("Myanmar").kind(ActorKind.STATE)
                .country(CountryCode.of("MMR")).build());
    }

    @Test
    void identical_actors_read_again_share_one_instance() throws Exception {
        String json = write(ReferenceArticleFixture.LAVROV);

        Actor first = MAPPER.readValue(json, Actor.class);
        Actor second = MAPPER.readValue(json, Actor.class);

        assertThat(second).isSameAs(first).isEqualTo(ReferenceArticleFixture.LAVROV);
        assertThat(MAPPER.readValue(write(ReferenceArticleFixture.RUSSIA_GOV), Actor.class))
                .isSameAs(first.affiliation().orElseThrow());
    }

    @Test
    void actors_that_share_an_id_but_differ_are_never_confused() throws Exception {
        Actor china = ReferenceArticleFixture.CHINA;
        Actor renamed = Actor.builder().from(china).name("People's Republic of China").build();
        Actor aliased = Actor.builder().from(china).addAlias("PRC").build();

        assertThat(MAPPER.readValue(write(china), Actor.class)).isEqualTo(china);
        assertThat(MAPPER.readValue(write(renamed), Actor.class)).isEqualTo(renamed).isNotEqualTo(china);
        assertThat(MAPPER.readValue(write(aliased), Actor.class)).isEqualTo(aliased).isNotEqualTo(china);
        assertThat(MAPPER.readValue(write(china), Actor.class)).isEqualTo(china);
    }

    /** Random actors from a small space of values, so that they collide often; the cache must never mix them up. */
    private static List<Actor> collidingActors(long seed, int count) {
        Random random = new Random(seed);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = "a" + random.nextInt(3);
            Actor.Builder builder = Actor.builder().id(id).name("n" + random.nextInt(3))
                    .kind(random.nextBoolean() ? ActorKind.PERSON : ActorKind.STATE);
            if (random.nextBoolean()) {
                builder.country(CountryCode.of(random.nextBoolean() ? "MMR" : "CHN"));
            }
            if (random.nextBoolean()) {
                builder.addAlias("x" + random.nextInt(2));
            }
            if (random.nextBoolean() && !actors.isEmpty()) {
                Actor affiliation = actors.get(random.nextInt(actors.size()));
                List<Actor> chain = affiliation.affiliationChain();
                if (chain.size() < Actor.MAX_AFFILIATION_DEPTH && chain.stream().noneMatch(a -> a.id().equals(id))) {
                    builder.affiliation(affiliation);
                }
            }
            actors.add(builder.build());
        }
        return actors;
    }

    @Test
    void cached_actors_are_always_equal_to_what_was_read_even_from_many_threads() throws Exception {
        long seed = RandomValues.seed();
        List<Actor> actors = collidingActors(seed, 3000);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t % 2;  // two threads on each half, so that they race on the same actors
                done.add(pool.submit(() -> {
                    for (int i = offset; i < actors.size(); i += 2) {
                        Actor actor = actors.get(i);
                        assertThat(MAPPER.readValue(write(actor), Actor.class)).as("seed %s, actor %s", seed, i)
                                .isEqualTo(actor);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String chain(int affiliations) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i <= affiliations; i++) {
            json.append("{\"id\":\"a").append(i).append("\",\"name\":\"A\",\"kind\":\"other\"");
            if (i < affiliations) {
                json.append(",\"affiliation\":");
            }
        }
        return json.append("}".repeat(affiliations + 1)).toString();
    }

    @Test
    void reads_the_deepest_chain_of_affiliations_the_model_allows() throws Exception {
        Actor read = MAPPER.readValue(chain(Actor.MAX_AFFILIATION_DEPTH), Actor.class);

        assertThat(read.affiliationChain()).hasSize(Actor.MAX_AFFILIATION_DEPTH + 1);
    }

    @Test
    void rejects_a_chain_one_deeper_at_the_affiliation_too_many() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(chain(Actor.MAX_AFFILIATION_DEPTH + 1), Actor.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/affiliation".repeat(Actor.MAX_AFFILIATION_DEPTH + 1));
        assertThat(e.getOriginalMessage()).isEqualTo("Actor.affiliation must be a chain of at most 8 actors, "
                + "got more than 8 actors");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.AFFILIATION_TOO_DEEP);
    }

    @Test
    void rejects_hostile_nesting_of_affiliations_before_reading_it() {
        String hostile = chain(100_000);

        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(hostile, Actor.class));

        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.AFFILIATION_TOO_DEEP);
    }

    @Test
    void rejects_a_cycle_of_affiliations_through_ids() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(json("{'id':'a','name':'A','kind':'other','affiliation':"
                        + "{'id':'b','name':'B','kind':'other','affiliation':{'id':'a','name':'A','kind':'other'}}}"),
                        Actor.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/affiliation");
        assertThat(e.getOriginalMessage())
                .isEqualTo("Actor.affiliation must not lead back to the actor itself, got 'b -> a'");
    }

    @Test
    void actors_read_after_another_with_the_same_id_are_compared_field_by_field() throws Exception {
        // the reader compares an actor with the one read before with its id: every field must count
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        JsonMapper mapper = DemarcheJson.newObjectMapper();
        Actor state = Actor.builder().id("mmr").name("Myanmar").kind(ActorKind.STATE).build();
        for (int i = 0; i < 3_000; i++) {
            Actor.Builder builder = Actor.builder().id("a" + random.nextInt(2)).name("n" + random.nextInt(2))
                    .kind(random.nextBoolean() ? ActorKind.PERSON : ActorKind.GOVERNMENT);
            if (random.nextBoolean()) {
                builder.country(CountryCode.of(random.nextBoolean() ? "MMR" : "CHN"));
            }
            if (random.nextInt(3) == 0) {
                builder.kind(ActorKind.PERSON).title(random.nextBoolean() ? "Minister" : "Ministe");
            }
            if (random.nextBoolean()) {
                builder.affiliation(random.nextBoolean() ? state : Actor.builder().from(state).name("Burma").build());
            }
            for (int alias = random.nextInt(4); alias > 0; alias--) {
                builder.addAlias("x" + alias + random.nextInt(2));
            }
            if (random.nextInt(3) == 0) {
                builder.wikidataId(random.nextBoolean() ? "Q1" : "Q12");
            }
            if (random.nextInt(3) == 0) {
                builder.cameoCode(random.nextBoolean() ? "MMR" : "MMRGOV");
            }
            Actor actor = builder.build();
            String json = write(actor);
            if (random.nextInt(5) == 0) {  // the id not first: read without a candidate
                json = json.replaceFirst("\\{\"id\":(\"[^\"]*\"),(\"name\":\"[^\"]*\")", "{$2,\"id\":$1");
            }
            assertThat(mapper.readValue(json, Actor.class)).as("seed %d: %s", seed, json).isEqualTo(actor);
        }
    }

    @Test
    void rejects_a_name_with_an_unpaired_surrogate_with_its_path_and_the_core_message() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                "{\"id\":\"a\",\"name\":\"Wang\\uD800\",\"kind\":\"person\"}", Actor.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/name");
        assertThat(e.getOriginalMessage())
                .isEqualTo("Actor.name must not contain unpaired surrogates, got 'Wang\\ud800' (U+D800 at index 4)");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.INVALID_CHARACTER);
    }

    @Test
    void rejects_a_name_of_no_break_and_zero_width_spaces_as_blank() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                "{\"id\":\"a\",\"name\":\"\\u00a0\\u200b\",\"kind\":\"person\"}", Actor.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/name");
        assertThat(e.getOriginalMessage()).isEqualTo("Actor.name must not be blank, got '\\u00a0\\u200b'");
    }

    private static final Actor ASEAN = Actor.builder().id("asean").name("Association of Southeast Asian Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).build();

    @Test
    void writes_an_unnamed_collective_actor_with_its_description_and_no_name() throws Exception {
        Actor diplomats = Actor.builder().id("unnamed-diplomats-1").description("diplomats who asked not to be named")
                .kind(ActorKind.PERSON).collective(true).build();

        String json = write(diplomats);

        assertThat(json).isEqualTo(json("{'id':'unnamed-diplomats-1','description':'diplomats who asked not to be named',"
                + "'kind':'person','collective':true}"));
        assertThat(MAPPER.readValue(json, Actor.class)).isEqualTo(diplomats);
        assertThat(MAPPER.readValue(json("{'id':'x','name':'X','kind':'other','collective':false}"), Actor.class))
                .isEqualTo(Actor.builder().id("x").name("X").kind(ActorKind.OTHER).build());
    }

    @Test
    void writes_leaders_of_the_bloc_with_their_membership_and_role() throws Exception {
        Actor leaders = Actor.builder().id("unnamed-asean-leaders-1").description("leaders of the bloc")
                .kind(ActorKind.PERSON).collective(true)
                .addMembership(Membership.builder().organization(ASEAN).role("leader")
                        .since(ApproximateDate.parse("2021-04")).build())
                .build();

        String json = write(leaders);

        assertThat(json).isEqualTo(json("{'id':'unnamed-asean-leaders-1','description':'leaders of the bloc',"
                + "'kind':'person','collective':true,'memberships':[{'organization':{'id':'asean',"
                + "'name':'Association of Southeast Asian Nations','kind':'intergovernmental_organization'},"
                + "'role':'leader','since':'2021-04'}]}"));
        assertThat(MAPPER.readValue(json, Actor.class)).isEqualTo(leaders);
    }

    @Test
    void writes_a_surname_and_common_descriptions() throws Exception {
        Actor wang = Actor.builder().id("wang-yi").name("Wang Yi").surname("Wang").kind(ActorKind.PERSON).build();
        Actor junta = Actor.builder().id("mmr-junta").name("State Administration Council").kind(ActorKind.GOVERNMENT)
                .addCommonDescriptions("the junta", "the military government").build();

        assertThat(write(wang)).isEqualTo(json("{'id':'wang-yi','name':'Wang Yi','kind':'person','surname':'Wang'}"));
        assertThat(write(junta)).isEqualTo(json("{'id':'mmr-junta','name':'State Administration Council',"
                + "'kind':'government','commonDescriptions':['the junta','the military government']}"));
        assertThat(MAPPER.readValue(write(wang), Actor.class)).isEqualTo(wang);
        assertThat(MAPPER.readValue(write(junta), Actor.class)).isEqualTo(junta);
    }

    @Test
    void an_actor_read_after_an_unnamed_one_with_its_id_is_compared_field_by_field() throws Exception {
        JsonMapper mapper = DemarcheJson.newObjectMapper();
        Actor unnamed = Actor.builder().id("u").description("officials").kind(ActorKind.PERSON).collective(true).build();
        Actor single = Actor.builder().from(unnamed).collective(false).build();
        Actor named = Actor.builder().from(unnamed).name("Officials").build();
        Actor described = Actor.builder().from(unnamed).description("other officials").build();

        assertThat(mapper.readValue(write(unnamed), Actor.class)).isEqualTo(unnamed);
        for (Actor other : List.of(single, named, described, unnamed)) {
            assertThat(mapper.readValue(write(other), Actor.class)).isEqualTo(other);
        }
    }

    /** A chain of actors, each a member of the next, {@code memberships} deep. */
    private static String membershipChain(int memberships) {
        StringBuilder json = new StringBuilder();
        for (int i = 0; i <= memberships; i++) {
            json.append("{\"id\":\"a").append(i).append("\",\"name\":\"A\",\"kind\":\"other\"");
            if (i < memberships) {
                json.append(",\"memberships\":[{\"organization\":");
            }
        }
        return json.append("}").append("}]}".repeat(memberships)).toString();
    }

    @Test
    void reads_the_deepest_nesting_through_memberships_and_rejects_one_deeper() throws Exception {
        Actor read = MAPPER.readValue(membershipChain(Actor.MAX_AFFILIATION_DEPTH), Actor.class);
        assertThat(read.memberships()).hasSize(1);

        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(membershipChain(Actor.MAX_AFFILIATION_DEPTH + 1), Actor.class));

        assertThat(DemarcheJson.jsonPointer(e))
                .isEqualTo("/memberships/0/organization".repeat(Actor.MAX_AFFILIATION_DEPTH + 1));
        assertThat(e.getOriginalMessage()).isEqualTo("Membership.organization must be nested at most 8 actors deep"
                + " through affiliations and memberships, got more than 8 actors");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.AFFILIATION_TOO_DEEP);
        assertThat(catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(membershipChain(100_000), Actor.class)).violations().get(0).code())
                .isEqualTo(ViolationCode.AFFILIATION_TOO_DEEP);
    }
}
