package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link Event.Builder} and {@link EventValue} against the readable form, the
 * Immutables definition {@link ReferenceEvent} of the same attributes: the same calls, chosen at
 * random among every public setter with random arguments (nulls, duplicates, bad ids and titles,
 * broken rules, maps of every kind included), give the same exceptions, the same violations, and
 * events with the same attributes, hash code, text and equality.
 */
class EventBuilderTest {

    private static final List<String> IDS = List.of("coup-2021-02-01", "e2", "unga-vote-2021-06-18", "x",
            "Bad Id", "", "a".repeat(65));
    private static final List<String> REPORT_IDS = List.of("aapp-2021-03-23", "r1", "r2", "Bad Id", "",
            "a".repeat(65));
    private static final List<String> TEXTS = List.of("Military takeover in Myanmar", "Protests", " ", "",
            "line\nbreak", "x".repeat(501), "x".repeat(500), "tab\there", "é");
    private static final List<String> KEYS = List.of("gdelt.NumMentions", "gdelt.AvgTone", "ucdp.where_prec",
            "icews.story", "k", "j", "Bad Key", "");
    private static final List<ApproximateDate> DATES = List.of(ApproximateDate.parse("2021-02-01"),
            ApproximateDate.parse("2021-03"), ApproximateDate.parse("2021-06-early~"));
    private static final List<RelativeDate> RELATIVE_DATES = List.of(
            RelativeDate.before(RelativeDate.Anchor.event("unga-vote-2021-06-18"), 2, RelativeDate.Unit.DAYS),
            RelativeDate.after(RelativeDate.Anchor.statement("s02")),
            RelativeDate.on(RelativeDate.Anchor.event("coup-2021-02-01")));  // anchored to itself when the id is its own
    private static final List<Participant> PARTICIPANTS = List.of(
            Participant.of(ReferenceArticleFixture.MILITARY, ParticipantRole.INITIATOR),
            Participant.of(ReferenceArticleFixture.PROTESTERS, ParticipantRole.TARGET),
            Participant.of(ReferenceArticleFixture.CHINA, ParticipantRole.INITIATOR),
            Participant.of(ReferenceArticleFixture.CHINA, ParticipantRole.TARGET),
            Participant.of(ReferenceArticleFixture.WANG_YI, ParticipantRole.PARTICIPANT,
                    Location.of(CountryCode.of("CHN"), "Guilin")));
    private static final List<SourceAttribution> SOURCES = List.of(ReferenceArticleFixture.SOURCE,
            SourceAttribution.builder().publication("Reuters").build());
    private static final List<Location> LOCATIONS = List.of(Location.of(CountryCode.of("MMR")),
            Location.of(CountryCode.of("CHN"), "Guilin"));
    private static final List<ExternalId> EXTERNAL_IDS = List.of(ExternalId.of("gdelt", "881990842"),
            ExternalId.of("ucdp-ged", "1"));
    private static final List<AttributeValue> VALUES = List.of(AttributeValue.of("x"), AttributeValue.of(5L),
            AttributeValue.of(true));
    private static final List<QualifiedCount> DEATHS = List.of(QualifiedCount.exactly(3),
            QualifiedCount.moreThan(270), QualifiedCount.between(1, 5));
    private static final List<Coding> CODINGS = List.of(Coding.of(CameoCode.gdelt("12")),
            Coding.of(CameoCode.gdelt("1823")), Coding.builder().ploverType(PloverEventType.PROTEST).build());

    private final Random random;
    private final BuilderEquivalence<Event> equivalence;

    EventBuilderTest() {
        long seed = RandomValues.seed();
        System.out.println("EventBuilderTest seed " + seed);
        random = new Random(seed);
        equivalence = new BuilderEquivalence<>(Event.class, EventValue.class, random, KEYS, this::element,
                method -> false);
    }

    @Test
    void every_setter_of_the_generated_builder_is_there_with_the_same_parameters() {
        equivalence.assertSameSetters(ReferenceEvent.Builder.class, List.of("validate()"));
    }

    @Test
    void builds_what_the_generated_builder_builds_from_the_same_random_calls() {
        equivalence.assertSameBuilds(2000, this::calls, Event::builder, ReferenceEvent.Builder::new, List.of(
                Event::id, Event::type, Event::title, Event::date, Event::datePrecision, Event::relativeDate,
                Event::location, Event::participants, Event::casualtyReportIds, Event::sources,
                Event::externalIds, Event::attributes, Event::deaths, Event::isBlocked, Event::coding,
                Event::cameoRootCode));
    }

    /**
     * Random calls, most often after a valid id, type, date and source, so that most events are
     * built; now and then the attributes given as a map of another kind than the random calls'
     * {@code LinkedHashMap}.
     */
    private List<BuilderEquivalence.Call> calls() {
        List<BuilderEquivalence.Call> calls = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            calls.add(equivalence.call("id", String.class, pick(IDS.subList(0, 4))));
            calls.add(equivalence.call("type", EventType.class,
                    random.nextBoolean() ? EventType.PROTEST : pick(List.of(EventType.values()))));
            calls.add(equivalence.call("date", ApproximateDate.class, pick(DATES)));
            if (random.nextInt(5) > 0) {
                calls.add(equivalence.call("addSource", SourceAttribution.class, pick(SOURCES)));
            }
        }
        int count = random.nextInt(random.nextInt(4) == 0 ? 14 : 5);
        for (int i = 0; i < count; i++) {
            if (random.nextInt(6) == 0) {
                calls.add(equivalence.call(random.nextBoolean() ? "putAllAttributes" : "attributes", Map.class,
                        attributes()));
            } else {
                equivalence.addRandomCalls(calls, 1);
            }
        }
        return calls;
    }

    /**
     * Random attributes in a map of a kind chosen at random: the JDK's unmodifiable maps (kept as
     * given), a {@code HashMap} (its keys taken as distinct), a {@code TreeMap} and an
     * {@code IdentityHashMap} (which may hold two equal keys), once in a while a null inside.
     */
    private Map<String, AttributeValue> attributes() {
        Map<String, AttributeValue> entries = new LinkedHashMap<>();
        for (int i = random.nextInt(random.nextInt(3) == 0 ? 8 : 4); i > 0; i--) {
            entries.put(pick(KEYS), pick(VALUES));
        }
        switch (random.nextInt(5)) {
            case 0:
                return Map.copyOf(entries);
            case 1:
                Map<String, AttributeValue> hashed = new HashMap<>(entries);
                if (random.nextInt(10) == 0) {
                    hashed.put(random.nextBoolean() ? null : pick(KEYS), random.nextBoolean() ? null : pick(VALUES));
                }
                return hashed;
            case 2:
                return new TreeMap<>(entries);
            case 3:
                Map<String, AttributeValue> identities = new IdentityHashMap<>(entries);
                if (!entries.isEmpty()) {
                    // an equal key, not the same String
                    identities.put(new String(pick(List.copyOf(entries.keySet()))), pick(VALUES));
                }
                return identities;
            default:
                return entries;
        }
    }

    /** A random element of a type for a setter. */
    private Object element(String setter, Type element) {
        if (element == String.class) {
            return setter.equals("id") ? pick(IDS) : setter.contains("CasualtyReportId") ? pick(REPORT_IDS)
                    : pick(TEXTS);
        }
        if (element == EventType.class) {
            return pick(List.of(EventType.values()));
        }
        if (element == ApproximateDate.class) {
            return pick(DATES);
        }
        if (element == DatePrecision.class) {
            return pick(List.of(DatePrecision.values()));
        }
        if (element == RelativeDate.class) {
            return pick(RELATIVE_DATES);
        }
        if (element == Location.class) {
            return pick(LOCATIONS);
        }
        if (element == Participant.class) {
            return pick(PARTICIPANTS);
        }
        if (element == SourceAttribution.class) {
            return pick(SOURCES);
        }
        if (element == ExternalId.class) {
            return pick(EXTERNAL_IDS);
        }
        if (element == AttributeValue.class) {
            return pick(VALUES);
        }
        if (element == QualifiedCount.class) {
            return pick(DEATHS);
        }
        if (element == Coding.class) {
            return pick(CODINGS);
        }
        throw new AssertionError(element);
    }

    private <T> T pick(List<T> values) {
        return equivalence.pick(values);
    }

    @Test
    void the_builder_keeps_no_list_or_map_of_a_built_event() {
        Event.Builder builder = minimal().addParticipant(PARTICIPANTS.get(0)).addCasualtyReportId("r1")
                .putAttribute("k", AttributeValue.of(1L));
        Event first = builder.build();
        Event second = builder.addParticipant(PARTICIPANTS.get(1)).addCasualtyReportId("r2")
                .putAttribute("j", AttributeValue.of(2L)).putAttribute("k", AttributeValue.of(3L)).build();
        assertThat(first.participants()).containsExactly(PARTICIPANTS.get(0));
        assertThat(first.casualtyReportIds()).containsExactly("r1");
        assertThat(first.attributes()).isEqualTo(Map.of("k", AttributeValue.of(1L)));
        assertThat(second.participants()).containsExactly(PARTICIPANTS.get(0), PARTICIPANTS.get(1));
        assertThat(second.casualtyReportIds()).containsExactly("r1", "r2");
        assertThat(second.attributes()).isEqualTo(Map.of("k", AttributeValue.of(3L), "j", AttributeValue.of(2L)));
    }

    @Test
    void copies_a_map_given_so_that_changing_it_later_changes_no_event() {
        Map<String, AttributeValue> modifiable = new LinkedHashMap<>();
        modifiable.put("a", AttributeValue.of(1L));
        modifiable.put("b", AttributeValue.of(2L));
        Event.Builder builder = minimal().putAllAttributes(modifiable);
        modifiable.put("c", AttributeValue.of(3L));
        modifiable.put("a", AttributeValue.of(4L));
        assertThat(builder.build().attributes())
                .isEqualTo(Map.of("a", AttributeValue.of(1L), "b", AttributeValue.of(2L)));
        assertThat(builder.putAttribute("d", AttributeValue.of(5L)).build().attributes())
                .isEqualTo(Map.of("a", AttributeValue.of(1L), "b", AttributeValue.of(2L), "d", AttributeValue.of(5L)));
    }

    @Test
    void puts_a_second_map_beside_the_first_in_its_order() {
        Map<String, AttributeValue> first = new LinkedHashMap<>();
        first.put("a", AttributeValue.of(1L));
        first.put("b", AttributeValue.of(2L));
        Map<String, AttributeValue> second = new HashMap<>();
        second.put("c", AttributeValue.of(3L));
        second.put("a", AttributeValue.of(4L));
        Event built = minimal().putAllAttributes(first).putAllAttributes(second).putAllAttributes(Map.of()).build();
        ReferenceEvent.Builder reference = new ReferenceEvent.Builder();
        reference.id("e-minimal").type(EventType.PROTEST).date(DATES.get(0)).addSource(ReferenceArticleFixture.SOURCE)
                .putAllAttributes(first).putAllAttributes(second).putAllAttributes(Map.of());
        assertThat(built.attributes())
                .isEqualTo(Map.of("a", AttributeValue.of(4L), "b", AttributeValue.of(2L), "c", AttributeValue.of(3L)));
        assertSameOrder(built.attributes(), reference.build().attributes());
        assertThat(minimal().putAllAttributes(Map.copyOf(first)).putAllAttributes(Map.copyOf(second)).build())
                .isEqualTo(built);
    }

    @Test
    void orders_the_attributes_as_map_copy_of_the_generated_builders_linked_map() {
        // many keys, so that the order of the entries decides where colliding keys go
        for (int round = 0; round < RandomValues.rounds(200); round++) {
            Event.Builder builder = minimal();
            ReferenceEvent.Builder reference = new ReferenceEvent.Builder();
            reference.id("e2").type(EventType.PROTEST).date(DATES.get(0)).addSource(SOURCES.get(0));
            Map<String, AttributeValue> batch = new LinkedHashMap<>();
            for (int i = random.nextInt(40); i > 0; i--) {
                batch.put("gdelt.k" + random.nextInt(60), pick(VALUES));
            }
            builder.putAllAttributes(batch);
            reference.putAllAttributes(batch);
            for (int i = random.nextInt(5); i > 0; i--) {
                String key = "gdelt.k" + random.nextInt(70);
                builder.putAttribute(key, VALUES.get(0));
                reference.putAttribute(key, VALUES.get(0));
            }
            Event event = builder.build();
            Event expected = reference.build();
            assertSameOrder(event.attributes(), expected.attributes());
            // an unmodifiable map copied as the generated builder copied it: its iteration order put
            // in a LinkedHashMap, then Map.copyOf, not kept as it is
            Event copy = Event.builder().from(expected).putAllAttributes(Map.copyOf(batch)).build();
            ReferenceEvent.Builder copied = new ReferenceEvent.Builder();
            copied.from(expected).putAllAttributes(Map.copyOf(batch));
            assertSameOrder(copy.attributes(), copied.build().attributes());
            assertSameOrder(Event.builder().from(event).build().attributes(),
                    new ReferenceEvent.Builder().from(event).build().attributes());
        }
    }

    private static void assertSameOrder(Map<String, AttributeValue> built, Map<String, AttributeValue> expected) {
        assertThat(List.copyOf(built.keySet())).isEqualTo(List.copyOf(expected.keySet()));
        assertThat(built).isEqualTo(expected);
        assertThat(built.getClass()).isEqualTo(expected.getClass());
    }

    @Test
    void keeps_the_entries_before_a_null_one_as_the_generated_builder_did() {
        Map<String, AttributeValue> withNull = new LinkedHashMap<>();
        withNull.put("a", AttributeValue.of(1L));
        withNull.put("b", null);
        withNull.put("c", AttributeValue.of(3L));
        Event.Builder builder = minimal();
        assertThatThrownBy(() -> builder.putAllAttributes(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("attributes value for key: b");
        assertThat(builder.build().attributes()).isEqualTo(Map.of("a", AttributeValue.of(1L)));
        Map<String, AttributeValue> nullKey = new HashMap<>();
        nullKey.put(null, AttributeValue.of(1L));
        assertThatThrownBy(() -> builder.putAllAttributes(nullKey)).isInstanceOf(NullPointerException.class)
                .hasMessage("attributes key");
        assertThatThrownBy(() -> builder.putAttribute("d", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("attributes value for key: d");
    }

    @Test
    void copies_every_attribute_from_an_event() {
        for (Event event : ReferenceArticleFixture.EVENTS) {
            assertThat(Event.builder().from(event).build()).isEqualTo(event).hasSameHashCodeAs(event);
        }
        Event everything = minimal().type(EventType.VOTE_OR_RESOLUTION).title("Blocked").blocked(true)
                .datePrecision(DatePrecision.EXACT_DAY).relativeDate(RELATIVE_DATES.get(0)).location(LOCATIONS.get(1))
                .addAllParticipants(PARTICIPANTS.subList(0, 3)).addCasualtyReportIds("r1", "r2")
                .addExternalId(EXTERNAL_IDS.get(0)).putAttribute("k", AttributeValue.of(1L))
                .deaths(DEATHS.get(1)).coding(CODINGS.get(1)).build();
        assertThat(Event.builder().from(everything).build()).isEqualTo(everything).hasSameHashCodeAs(everything);
        assertThat(SerializationSupport.roundTrip(everything)).isEqualTo(everything);
        assertThat(everything.isBlocked()).isTrue();
        assertThat(minimal().build().isBlocked()).isFalse();
    }

    @Test
    void rejects_a_forged_stream_that_breaks_the_rules() throws Exception {
        Event event = minimal().build();
        byte[] bytes = BuilderEquivalence.serialize(event);
        byte[] forged = BuilderEquivalence.replace(bytes, "e-minimal".getBytes(StandardCharsets.UTF_8),
                "E MINIMAL".getBytes(StandardCharsets.UTF_8));
        assertThat(BuilderEquivalence.deserialize(bytes)).isEqualTo(event);
        assertThatThrownBy(() -> BuilderEquivalence.deserialize(forged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Event.id must be");
    }

    @Test
    void an_emptied_list_or_map_is_no_attribute() {
        Event plain = minimal().build();
        Event emptied = minimal().addCasualtyReportId("r1").casualtyReportIds(List.of())
                .addParticipant(PARTICIPANTS.get(0)).participants(new ArrayList<>())
                .putAttribute("k", AttributeValue.of(1L)).attributes(Map.of()).build();
        assertThat(emptied).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(emptied.casualtyReportIds()).isSameAs(List.of());
        assertThat(minimal().putAttribute("k", AttributeValue.of(1L)).attributes(new HashMap<>()).build()
                .attributes()).isSameAs(Map.of());
    }

    private static Event.Builder minimal() {
        return Event.builder().id("e-minimal").type(EventType.PROTEST).date(DATES.get(0))
                .addSource(ReferenceArticleFixture.SOURCE);
    }
}
