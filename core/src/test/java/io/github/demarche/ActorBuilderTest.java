package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link Actor.Builder} and {@link ActorValue} against the readable form, the
 * Immutables definition {@link ReferenceActor} of the same attributes: the same calls, chosen at
 * random among every public setter with random arguments (nulls, duplicates, bad texts, deep
 * chains included), give the same exceptions, the same violations, and actors with the same
 * attributes, hash code, text and equality.
 */
class ActorBuilderTest {

    private static final List<String> IDS = List.of("wang-yi", "chn", "chn-gov", "asean", "x", "unnamed-1",
            "Bad Id", "", "a".repeat(65), "deep-0");
    private static final List<String> TEXTS = List.of("Wang Yi", "wang yi", "Beijing", "BEIJING", "Lavrov",
            "the junta", "Government", "GOV", " ", "", "x".repeat(201), "line\nbreak", "Naypyidaw é", "Wang");
    private static final List<String> WIKIDATA = List.of("Q148", "Q1", "Q0", "q148", "Q12345678901234");
    private static final List<String> KEYS = List.of("ucdp.side", "icews.sector", "k", "Bad Key", "");
    private static final List<CountryCode> COUNTRIES = List.of(CountryCode.of("CHN"), CountryCode.of("MMR"));
    private static final List<CameoActorCode> CAMEO = List.of(CameoActorCode.parse("CHN"),
            CameoActorCode.parse("CHNGOV"), CameoActorCode.parse("MMRMIL"));
    private static final List<ExternalId> EXTERNAL_IDS = List.of(ExternalId.of("ucdp-side", "372"),
            ExternalId.of("icews", "1"));
    private static final List<AttributeValue> VALUES = List.of(AttributeValue.of("x"), AttributeValue.of(1L),
            AttributeValue.of(true));
    private static final List<Actor> ACTORS = actors();

    /** The fixture's actors, and a chain nested as deep as allowed, whose top is too deep to be an affiliation. */
    private static List<Actor> actors() {
        List<Actor> actors = new ArrayList<>(ReferenceArticleFixture.ACTORS);
        actors.addAll(RandomValues.UNNAMED);
        Actor deep = Actor.builder().id("deep-0").name("Deep").kind(ActorKind.OTHER).build();
        for (int i = 1; i <= Actor.MAX_AFFILIATION_DEPTH; i++) {
            deep = Actor.builder().id("deep-" + i).name("Deep").kind(ActorKind.OTHER).affiliation(deep).build();
        }
        actors.add(deep);
        return List.copyOf(actors);
    }

    private final Random random;
    private final BuilderEquivalence<Actor> equivalence;

    ActorBuilderTest() {
        long seed = RandomValues.seed();
        System.out.println("ActorBuilderTest seed " + seed);
        random = new Random(seed);
        equivalence = new BuilderEquivalence<>(Actor.class, ActorValue.class, random, KEYS, this::element,
                // cameoCode(String) parses, then calls the typed setter
                method -> method.getName().equals("cameoCode") && method.getParameterTypes()[0] == String.class);
    }

    @Test
    void every_setter_of_the_generated_builder_is_there_with_the_same_parameters() {
        equivalence.assertSameSetters(ReferenceActor.Builder.class,
                List.of("validate()", "cameoCode(java.lang.String)"));
    }

    @Test
    void builds_what_the_generated_builder_builds_from_the_same_random_calls() {
        equivalence.assertSameBuilds(3000, this::calls, Actor::builder, ReferenceActor.Builder::new, List.of(
                Actor::id, Actor::name, Actor::description, Actor::isCollective, Actor::kind, Actor::country,
                Actor::title, Actor::surname, Actor::affiliation, Actor::memberships, Actor::aliases,
                Actor::commonDescriptions, Actor::wikidataId, Actor::cameoCode, Actor::sectors, Actor::externalIds,
                Actor::attributes, Actor::nesting, Actor::label,
                a -> a.affiliationChain().subList(1, a.affiliationChain().size())));
    }

    @Test
    void with_id_gives_what_the_builder_gives_from_the_actor_with_that_id() {
        int copied = 0;
        int refused = 0;
        for (int round = 0; round < RandomValues.rounds(2000); round++) {
            Actor.Builder builder = Actor.builder();
            List<BuilderEquivalence.Call> calls = calls();
            calls.forEach(call -> call.on(builder));
            Actor actor;
            try {
                actor = builder.build();
            } catch (RuntimeException e) {
                continue;  // an actor the calls did not make
            }
            String id = pick(IDS);  // the ids of the fixture's organizations among them
            Object expected;
            try {
                expected = Actor.builder().from(actor).id(id).build();
            } catch (ValidationException e) {
                expected = e;
            }
            if (expected instanceof ValidationException) {
                assertThatThrownBy(() -> actor.withId(id)).as("%s, id %s", calls, id)
                        .isInstanceOf(ValidationException.class)
                        .hasMessage(((ValidationException) expected).getMessage());
                refused++;
                continue;
            }
            Actor copy = actor.withId(id);
            assertThat(copy).as("%s, id %s", calls, id).isEqualTo(expected).hasSameHashCodeAs(expected)
                    .hasToString(expected.toString());
            assertThat(copy.sectors()).isSameAs(actor.sectors());
            if (id.equals(actor.id())) {
                assertThat(copy).isSameAs(actor);
            }
            copied++;
        }
        assertThat(copied).as("actors copied").isGreaterThan(RandomValues.rounds(2000) / 10);
        assertThat(refused).as("ids refused").isGreaterThan(RandomValues.rounds(2000) / 50);
    }

    /** Random calls, most often after a valid id, kind and name, so that most actors are built. */
    private List<BuilderEquivalence.Call> calls() {
        List<BuilderEquivalence.Call> calls = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            calls.add(equivalence.call("id", String.class, equivalence.pick(IDS.subList(0, 6))));
            calls.add(equivalence.call("kind", ActorKind.class, equivalence.pick(List.of(ActorKind.values()))));
            if (random.nextInt(4) > 0) {
                calls.add(equivalence.call("name", String.class, equivalence.pick(TEXTS.subList(0, 8))));
            }
        }
        equivalence.addRandomCalls(calls, random.nextInt(random.nextInt(4) == 0 ? 12 : 4));
        return calls;
    }

    /** A random element of a type for a setter. */
    private Object element(String setter, Type element) {
        if (element == String.class) {
            return setter.equals("id") ? pick(IDS) : setter.startsWith("wikidata") ? pick(WIKIDATA) : pick(TEXTS);
        }
        if (element == ActorKind.class) {
            return pick(List.of(ActorKind.values()));
        }
        if (element == CountryCode.class) {
            return pick(COUNTRIES);
        }
        if (element == CameoActorCode.class) {
            return pick(CAMEO);
        }
        if (element == Actor.class) {
            return pick(ACTORS);
        }
        if (element == Membership.class) {
            return random.nextBoolean() ? Membership.of(pick(ACTORS))
                    : Membership.of(pick(ACTORS), pick(TEXTS.subList(4, 8)));
        }
        if (element == ExternalId.class) {
            return pick(EXTERNAL_IDS);
        }
        if (element == AttributeValue.class) {
            return pick(VALUES);
        }
        throw new AssertionError(element);
    }

    private <T> T pick(List<T> values) {
        return equivalence.pick(values);
    }

    @Test
    void an_actor_without_the_rarer_attributes_shares_one_empty_holder_and_reads_them_as_empty() {
        Actor plain = Actor.builder().id("x").name("X").kind(ActorKind.OTHER).aliases(List.of()).build();
        assertThat(plain.description()).isEmpty();
        assertThat(plain.surname()).isEmpty();
        assertThat(plain.memberships()).isEmpty();
        assertThat(plain.commonDescriptions()).isEmpty();
        assertThat(plain.sectors()).isEmpty();
        assertThat(plain.externalIds()).isEmpty();
        assertThat(plain.attributes()).isEmpty();
        assertThat(plain.aliases()).isEmpty();
        // a list or map emptied again before building is no attribute either
        Actor emptied = Actor.builder().id("x").name("X").kind(ActorKind.OTHER).addSector("GOV").sectors(List.of())
                .putAttribute("k", AttributeValue.of(1L)).attributes(Map.of()).build();
        assertThat(emptied).isEqualTo(plain).hasSameHashCodeAs(plain);
    }

    @Test
    void the_builder_keeps_no_list_of_a_built_actor() {
        Actor.Builder builder = Actor.builder().id("x").name("X").kind(ActorKind.OTHER).addAlias("A")
                .addSector("GOV").putAttribute("k", AttributeValue.of(1L));
        Actor first = builder.build();
        Actor second = builder.addAlias("B").addSector("MIL").putAttribute("j", AttributeValue.of(2L)).build();
        assertThat(first.aliases()).containsExactly("A");
        assertThat(first.sectors()).containsExactly("GOV");
        assertThat(first.attributes()).containsOnlyKeys("k");
        assertThat(second.aliases()).containsExactly("A", "B");
        assertThat(second.sectors()).containsExactly("GOV", "MIL");
        assertThat(second.attributes()).containsOnlyKeys("k", "j");
    }

    @Test
    void keeps_an_unmodifiable_list_as_given_and_copies_a_modifiable_one() {
        List<String> unmodifiable = List.of("Beijing", "Peking");
        Actor kept = Actor.builder().id("x").name("X").kind(ActorKind.OTHER).aliases(unmodifiable)
                .addAllSectors(unmodifiable).build();
        assertThat(kept.aliases()).isSameAs(unmodifiable);
        assertThat(kept.sectors()).isSameAs(unmodifiable);
        List<String> modifiable = new ArrayList<>(unmodifiable);
        Actor.Builder builder = Actor.builder().id("x").name("X").kind(ActorKind.OTHER).aliases(modifiable)
                .commonDescriptions(modifiable).addAllSectors(modifiable);
        modifiable.add("Changed later");
        Actor copied = builder.addAlias("Zhongnanhai").build();
        assertThat(copied.aliases()).containsExactly("Beijing", "Peking", "Zhongnanhai");
        assertThat(copied.commonDescriptions()).containsExactly("Beijing", "Peking");
        assertThat(copied.sectors()).containsExactly("Beijing", "Peking");
        assertThat(unmodifiable).containsExactly("Beijing", "Peking");
    }

    @Test
    void copies_every_attribute_from_an_actor() {
        for (Actor actor : ACTORS) {
            assertThat(Actor.builder().from(actor).build()).isEqualTo(actor).hasSameHashCodeAs(actor);
        }
        Actor everything = Actor.builder().id("wang-yi").name("Wang Yi").description("the minister")
                .kind(ActorKind.PERSON).country(CountryCode.of("CHN")).title("Foreign Minister")
                .surname("Wang")
                .affiliation(ReferenceArticleFixture.CHINA_GOV).addMembership(Membership.of(ReferenceArticleFixture.UN))
                .addAlias("Mr Wang").addCommonDescription("the foreign minister").wikidataId("Q1")
                .cameoCode("CHNGOV").addSector("Government").addExternalId(ExternalId.of("icews", "1"))
                .putAttribute("k", AttributeValue.of(1L)).build();
        assertThat(Actor.builder().from(everything).build()).isEqualTo(everything).hasSameHashCodeAs(everything);
    }

    @Test
    void rejects_a_forged_stream_that_breaks_the_rules() throws Exception {
        Actor actor = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON).build();
        byte[] bytes = BuilderEquivalence.serialize(actor);
        byte[] forged = BuilderEquivalence.replace(bytes, "wang-yi".getBytes(StandardCharsets.UTF_8),
                "WANG YI".getBytes(StandardCharsets.UTF_8));
        assertThat(BuilderEquivalence.deserialize(bytes)).isEqualTo(actor);
        assertThatThrownBy(() -> BuilderEquivalence.deserialize(forged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Actor.id must be");
    }
}
