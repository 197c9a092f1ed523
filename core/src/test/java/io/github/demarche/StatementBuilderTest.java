package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link Statement.Builder} and {@link StatementValue} against the readable form,
 * the Immutables definition {@link ReferenceStatement} of the same attributes: the same calls,
 * chosen at random among every public setter with random arguments (nulls, duplicates, bad ids and
 * texts, broken rules included), give the same exceptions, the same violations, and statements
 * with the same attributes, hash code, text and equality.
 */
class StatementBuilderTest {

    private static final List<String> IDS = List.of("s01-joint", "s02", "wang-lavrov-2021-03-23", "x",
            "Bad Id", "", "a".repeat(65));
    private static final List<String> EVENT_IDS = List.of("wang-lavrov-2021-03-23", "coup-2021-02-01", "e1",
            "Bad Id", "", "a".repeat(65));
    private static final List<String> TEXTS = List.of("Both support a political solution", "Deep concern",
            "They said: \"stop\"", " ", "", "line\nbreak", "x".repeat(2001), "x".repeat(5001), "tab\there", "é");
    private static final List<String> KEYS = List.of("gdelt.NumMentions", "icews.story", "k", "Bad Key", "");
    private static final List<Actor> ACTORS = List.of(ReferenceArticleFixture.WANG_YI, ReferenceArticleFixture.LAVROV,
            ReferenceArticleFixture.CHINA, ReferenceArticleFixture.RUSSIAN_SPOKESPERSON, RandomValues.UNNAMED.get(0));
    private static final List<ApproximateDate> DATES = List.of(ApproximateDate.parse("2021-03-23"),
            ApproximateDate.parse("2021-03"), ApproximateDate.parse("2021-06-early~"));
    private static final List<RelativeDate> RELATIVE_DATES = List.of(
            RelativeDate.after(RelativeDate.Anchor.event("wang-lavrov-2021-03-23")),
            RelativeDate.before(RelativeDate.Anchor.statement("s02"), 2, RelativeDate.Unit.DAYS),
            RelativeDate.on(RelativeDate.Anchor.statement("s01-joint")));  // anchored to itself when the id is its own
    private static final List<Stance> STANCES = List.of(ReferenceArticleFixture.JOINT_STATEMENT.stances().get(0),
            ReferenceArticleFixture.JOINT_STATEMENT.stances().get(1),
            ReferenceArticleFixture.DEEP_CONCERN.stances().get(0));
    private static final List<SourceAttribution> SOURCES = List.of(ReferenceArticleFixture.SOURCE,
            SourceAttribution.builder().publication("Reuters").build());
    private static final List<Location> LOCATIONS = List.of(Location.of(CountryCode.of("MMR")),
            Location.of(CountryCode.of("CHN"), "Guilin"));
    private static final List<ExternalId> EXTERNAL_IDS = List.of(ExternalId.of("gdelt", "881990842"),
            ExternalId.of("icews", "1"));
    private static final List<AttributeValue> VALUES = List.of(AttributeValue.of("x"), AttributeValue.of(5L),
            AttributeValue.of(true));

    private final Random random;
    private final BuilderEquivalence<Statement> equivalence;

    StatementBuilderTest() {
        long seed = RandomValues.seed();
        System.out.println("StatementBuilderTest seed " + seed);
        random = new Random(seed);
        equivalence = new BuilderEquivalence<>(Statement.class, StatementValue.class, random, KEYS, this::element,
                method -> false);
    }

    @Test
    void every_setter_of_the_generated_builder_is_there_with_the_same_parameters() {
        equivalence.assertSameSetters(ReferenceStatement.Builder.class, List.of("validate()"));
    }

    @Test
    void builds_what_the_generated_builder_builds_from_the_same_random_calls() {
        equivalence.assertSameBuilds(2000, this::calls, Statement::builder, ReferenceStatement.Builder::new, List.of(
                Statement::id, Statement::speakers, Statement::onBehalfOf, Statement::reportedBy, Statement::date,
                Statement::relativeDate, Statement::mode, Statement::channel, Statement::quote, Statement::summary,
                Statement::stances, Statement::eventIds, Statement::sources, Statement::location,
                Statement::externalIds, Statement::attributes));
    }

    /**
     * Random calls, most often after a valid id, speaker, date, mode, channel and source, so that
     * most statements are built.
     */
    private List<BuilderEquivalence.Call> calls() {
        List<BuilderEquivalence.Call> calls = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            calls.add(equivalence.call("id", String.class, pick(IDS.subList(0, 4))));
            calls.add(equivalence.call("addSpeaker", Actor.class, pick(ACTORS)));
            calls.add(equivalence.call("date", ApproximateDate.class, pick(DATES)));
            calls.add(equivalence.call("mode", StatementMode.class,
                    random.nextBoolean() ? StatementMode.REPORTED : pick(List.of(StatementMode.values()))));
            calls.add(equivalence.call("channel", Channel.class, pick(List.of(Channel.values()))));
            if (random.nextInt(5) > 0) {
                calls.add(equivalence.call("addSource", SourceAttribution.class, pick(SOURCES)));
            }
        }
        equivalence.addRandomCalls(calls, random.nextInt(random.nextInt(4) == 0 ? 14 : 5));
        return calls;
    }

    /** A random element of a type for a setter. */
    private Object element(String setter, Type element) {
        if (element == String.class) {
            return setter.equals("id") ? pick(IDS) : setter.contains("EventId") ? pick(EVENT_IDS) : pick(TEXTS);
        }
        if (element == Actor.class) {
            return pick(ACTORS);
        }
        if (element == ApproximateDate.class) {
            return pick(DATES);
        }
        if (element == RelativeDate.class) {
            return pick(RELATIVE_DATES);
        }
        if (element == StatementMode.class) {
            return pick(List.of(StatementMode.values()));
        }
        if (element == Channel.class) {
            return pick(List.of(Channel.values()));
        }
        if (element == Stance.class) {
            return pick(STANCES);
        }
        if (element == SourceAttribution.class) {
            return pick(SOURCES);
        }
        if (element == Location.class) {
            return pick(LOCATIONS);
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
    void the_builder_keeps_no_list_of_a_built_statement() {
        Statement.Builder builder = Statement.builder().id("s1").addSpeaker(ReferenceArticleFixture.WANG_YI)
                .date(DATES.get(0)).mode(StatementMode.REPORTED).channel(Channel.MEETING)
                .addSource(ReferenceArticleFixture.SOURCE).addEventId("e1").putAttribute("k", AttributeValue.of(1L));
        Statement first = builder.build();
        Statement second = builder.addSpeaker(ReferenceArticleFixture.LAVROV).addEventId("e2")
                .putAttribute("j", AttributeValue.of(2L)).build();
        assertThat(first.speakers()).containsExactly(ReferenceArticleFixture.WANG_YI);
        assertThat(first.eventIds()).containsExactly("e1");
        assertThat(first.attributes()).containsOnlyKeys("k");
        assertThat(second.speakers()).containsExactly(ReferenceArticleFixture.WANG_YI, ReferenceArticleFixture.LAVROV);
        assertThat(second.eventIds()).containsExactly("e1", "e2");
        assertThat(second.attributes()).containsOnlyKeys("k", "j");
    }

    @Test
    void keeps_an_unmodifiable_list_as_given_and_copies_a_modifiable_one() {
        List<String> unmodifiable = List.of("e1", "e2", "e3");
        Statement kept = minimal().eventIds(unmodifiable).build();
        assertThat(kept.eventIds()).isSameAs(unmodifiable);
        List<String> modifiable = new ArrayList<>(unmodifiable);
        Statement.Builder builder = minimal().eventIds(modifiable);
        modifiable.add("e4");
        assertThat(builder.addEventId("e5").build().eventIds()).containsExactly("e1", "e2", "e3", "e5");
        assertThat(unmodifiable).containsExactly("e1", "e2", "e3");
    }

    @Test
    void keeps_the_elements_before_a_null_one_as_the_generated_builder_did() {
        List<String> withNull = new ArrayList<>(List.of("e1", "e2"));
        withNull.add(null);
        Statement.Builder builder = minimal();
        assertThatThrownBy(() -> builder.addAllEventIds(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("eventIds element");
        assertThatThrownBy(() -> builder.addAllEventIds(Stream.of("e3", null, "e4").toList()))
                .isInstanceOf(NullPointerException.class).hasMessage("eventIds element");
        assertThat(builder.build().eventIds()).containsExactly("e1", "e2", "e3");
        Statement.Builder empty = minimal();
        assertThatThrownBy(() -> empty.addAllEventIds(Stream.of("e3", null, "e4").toList()))
                .isInstanceOf(NullPointerException.class).hasMessage("eventIds element");
        assertThat(empty.build().eventIds()).containsExactly("e3");
    }

    @Test
    void copies_every_attribute_from_a_statement() {
        for (Statement statement : ReferenceArticleFixture.STATEMENTS) {
            assertThat(Statement.builder().from(statement).build()).isEqualTo(statement).hasSameHashCodeAs(statement);
        }
        Statement everything = minimal().addSpeaker(ReferenceArticleFixture.LAVROV)
                .onBehalfOf(ReferenceArticleFixture.CHINA).reportedBy(ReferenceArticleFixture.RUSSIAN_SPOKESPERSON)
                .relativeDate(RELATIVE_DATES.get(0)).quote("stop").summary("They said stop")
                .addAllStances(STANCES).addEventId("e1").location(LOCATIONS.get(1))
                .addExternalId(EXTERNAL_IDS.get(0)).putAttribute("k", AttributeValue.of(1L)).build();
        assertThat(Statement.builder().from(everything).build()).isEqualTo(everything).hasSameHashCodeAs(everything);
        assertThat(SerializationSupport.roundTrip(everything)).isEqualTo(everything);
    }

    @Test
    void rejects_a_forged_stream_that_breaks_the_rules() throws Exception {
        Statement statement = minimal().build();
        byte[] bytes = BuilderEquivalence.serialize(statement);
        byte[] forged = BuilderEquivalence.replace(bytes, "s-minimal".getBytes(StandardCharsets.UTF_8),
                "S MINIMAL".getBytes(StandardCharsets.UTF_8));
        assertThat(BuilderEquivalence.deserialize(bytes)).isEqualTo(statement);
        assertThatThrownBy(() -> BuilderEquivalence.deserialize(forged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Statement.id must be");
    }

    @Test
    void an_emptied_list_or_map_is_no_attribute() {
        Statement plain = minimal().build();
        Statement emptied = minimal().addEventId("e1").eventIds(List.of()).addStance(STANCES.get(0))
                .stances(new ArrayList<>()).putAttribute("k", AttributeValue.of(1L)).attributes(Map.of()).build();
        assertThat(emptied).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(emptied.eventIds()).isSameAs(List.of());
    }

    private static Statement.Builder minimal() {
        return Statement.builder().id("s-minimal").addSpeaker(ReferenceArticleFixture.WANG_YI).date(DATES.get(0))
                .mode(StatementMode.REPORTED).channel(Channel.MEETING).addSource(ReferenceArticleFixture.SOURCE);
    }
}
