package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link Actor.Builder} and {@link ActorValue} against the readable form, the
 * Immutables definition {@link ReferenceActor} of the same attributes: the same calls, chosen at
 * random among every public setter with random arguments (nulls, duplicates, bad texts, deep
 * chains included), give the same exceptions, the same violations, and actors with the same
 * attributes, hash code, text and equality.
 */
class ActorBuilderTest {

    private static final List<Method> SETTERS = Arrays.stream(Actor.Builder.class.getMethods())
            .filter(method -> method.getDeclaringClass() == Actor.Builder.class)
            .filter(method -> !List.of("build", "validate", "from").contains(method.getName()))
            .filter(method -> !(method.getName().equals("cameoCode")
                    && method.getParameterTypes()[0] == String.class))  // parses, then calls the typed setter
            .sorted(Comparator.comparing(Method::toGenericString))
            .collect(Collectors.toList());

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

    /** One call of a setter with its arguments, replayed on each builder. */
    private record Call(Method method, Object[] arguments) {

        Throwable on(Object builder) {
            Method target = method;
            try {
                if (!method.getDeclaringClass().isInstance(builder)) {
                    target = builder.getClass().getMethod(method.getName(), method.getParameterTypes());
                }
                Object returned = target.invoke(builder, arguments);
                if (returned != builder) {
                    throw new AssertionError(this + " returned " + returned + ", not the builder");
                }
                return null;
            } catch (InvocationTargetException e) {
                return e.getCause();
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        @Override
        public String toString() {
            return method.getName() + Arrays.deepToString(arguments);
        }
    }

    private final Random random;

    ActorBuilderTest() {
        long seed = RandomValues.seed();
        System.out.println("ActorBuilderTest seed " + seed);
        random = new Random(seed);
    }

    @Test
    void every_setter_of_the_generated_builder_is_there_with_the_same_parameters() {
        List<String> reference = Arrays.stream(ReferenceActor.Builder.class.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getDeclaringClass() != Object.class)
                .map(ActorBuilderTest::signature).sorted().toList();
        List<String> handWritten = Arrays.stream(Actor.Builder.class.getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .filter(method -> !List.of("validate()", "cameoCode(java.lang.String)").contains(signature(method)))
                .map(ActorBuilderTest::signature).sorted().toList();
        assertThat(handWritten).isEqualTo(reference.stream()
                .map(text -> text.replace("ReferenceActor", "Actor")).distinct().toList());
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getGenericParameterTypes()).map(Type::getTypeName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    @Test
    void builds_what_the_generated_builder_builds_from_the_same_random_calls() {
        List<Actor> built = new ArrayList<>();
        List<Actor> references = new ArrayList<>();
        for (int round = 0; round < RandomValues.rounds(3000); round++) {
            List<Call> calls = calls();
            Actor.Builder builder = Actor.builder();
            ReferenceActor.Builder reference = new ReferenceActor.Builder();
            for (Call call : calls) {
                Throwable thrown = call.on(builder);
                Throwable expected = call.on(reference);
                assertThat(describe(thrown)).as("%s", calls).isEqualTo(describe(expected));
            }
            Object actor = outcome(builder::build);
            Object expected = outcome(reference::build);
            if (expected instanceof ValidationException) {
                assertThat(actor).as("%s", calls).isInstanceOf(ValidationException.class);
                assertThat(violations((ValidationException) actor)).as("%s", calls)
                        .isEqualTo(violations((ValidationException) expected));
                assertThat(builder.validate()).isEqualTo(((ValidationException) actor).violations());
                continue;
            }
            assertThat(actor).as("%s", calls).isInstanceOf(ActorValue.class);
            assertThat(builder.validate()).isEmpty();
            assertSame((Actor) actor, (Actor) expected, calls);
            Actor.Builder replay = Actor.builder();
            calls.forEach(call -> call.on(replay));
            Actor again = replay.build();
            assertThat(again).isEqualTo(actor).isNotSameAs(actor).hasSameHashCodeAs(actor);
            assertThat(Actor.builder().from((Actor) expected).build()).isEqualTo(actor);
            for (int i = 0; i < built.size(); i++) {
                boolean equal = references.get(i).equals(expected);
                assertThat(built.get(i).equals(actor)).as("%s", calls).isEqualTo(equal);
                assertThat(((Actor) actor).equals(built.get(i))).isEqualTo(equal);
            }
            if (built.size() < 50) {
                built.add((Actor) actor);
                references.add((Actor) expected);
            }
        }
    }

    private static void assertSame(Actor actor, Actor expected, List<Call> calls) {
        List<Function<Actor, Object>> attributes = List.of(Actor::id, Actor::name, Actor::description,
                Actor::isCollective, Actor::kind, Actor::country, Actor::title, Actor::surname, Actor::affiliation,
                Actor::memberships, Actor::aliases, Actor::commonDescriptions, Actor::wikidataId, Actor::cameoCode,
                Actor::sectors, Actor::externalIds, Actor::attributes, Actor::nesting, Actor::toString, Actor::label,
                Actor::hashCode, a -> a.affiliationChain().subList(1, a.affiliationChain().size()));
        for (Function<Actor, Object> attribute : attributes) {
            assertThat(attribute.apply(actor)).as("%s", calls).isEqualTo(attribute.apply(expected));
        }
        // the same unmodifiable collections: List.copyOf and Map.copyOf, in the same order
        assertThat(actor.aliases().getClass()).isEqualTo(expected.aliases().getClass());
        assertThat(actor.memberships().getClass()).isEqualTo(expected.memberships().getClass());
        assertThat(actor.sectors().getClass()).isEqualTo(expected.sectors().getClass());
        assertThat(actor.commonDescriptions().getClass()).isEqualTo(expected.commonDescriptions().getClass());
        assertThat(actor.externalIds().getClass()).isEqualTo(expected.externalIds().getClass());
        assertThat(actor.attributes().getClass()).isEqualTo(expected.attributes().getClass());
        assertThat(List.copyOf(actor.attributes().keySet())).isEqualTo(List.copyOf(expected.attributes().keySet()));
        assertThat(actor).isNotEqualTo(null).isNotEqualTo(actor.id()).isNotEqualTo(expected);
        assertThat(SerializationSupport.roundTrip(actor)).isEqualTo(actor).isInstanceOf(ActorValue.class);
    }

    private static Object outcome(java.util.function.Supplier<Actor> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            return e;
        }
    }

    /** The violations, the type in a missing attribute's message made the same. */
    private static List<String> violations(ValidationException e) {
        return e.violations().stream()
                .map(violation -> e.getClass().getSimpleName() + " " + violation.path() + " " + violation.code()
                        + " " + violation.message().replace("ReferenceActor.", "Actor."))
                .toList();
    }

    /**
     * An exception's class and message; the JVM's own text of a null pointer exception
     * ({@code Cannot invoke ... because "elements" is null}) left out, since it describes the
     * bytecode (which mutation testing rewrites), not a contract.
     */
    private static String describe(Throwable thrown) {
        if (thrown == null) {
            return "nothing";
        }
        String message = thrown.getMessage();
        boolean jvmText = thrown instanceof NullPointerException && message != null && message.startsWith("Cannot ");
        return thrown.getClass().getName() + (jvmText ? "" : ": " + message);
    }

    /** Random calls, most often after a valid id, kind and name, so that most actors are built. */
    private List<Call> calls() {
        List<Call> calls = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            calls.add(call("id", String.class, pick(IDS.subList(0, 6))));
            calls.add(call("kind", ActorKind.class, pick(List.of(ActorKind.values()))));
            if (random.nextInt(4) > 0) {
                calls.add(call("name", String.class, pick(TEXTS.subList(0, 8))));
            }
        }
        int count = random.nextInt(random.nextInt(4) == 0 ? 12 : 4);
        for (int i = 0; i < count; i++) {
            Method setter = pick(SETTERS);
            Type[] types = setter.getGenericParameterTypes();
            Object[] arguments = new Object[types.length];
            for (int k = 0; k < types.length; k++) {
                arguments[k] = value(setter.getName(), types[k]);
            }
            calls.add(new Call(setter, arguments));
        }
        return calls;
    }

    private Call call(String name, Class<?> type, Object argument) {
        try {
            return new Call(Actor.Builder.class.getMethod(name, type), new Object[] {argument});
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A random argument of a type, null now and then (inside collections too). */
    private Object value(String setter, Type type) {
        if (type == boolean.class) {
            return random.nextBoolean();
        }
        if (random.nextInt(40) == 0) {
            return null;
        }
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (raw == Optional.class) {
                return random.nextInt(3) == 0 ? Optional.empty() : Optional.of(element(setter, arguments[0]));
            }
            if (raw == Iterable.class) {
                List<Object> list = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    list.add(random.nextInt(30) == 0 ? null : element(setter, arguments[0]));
                }
                // the builder keeps an unmodifiable list as given, once checked for null
                switch (random.nextInt(3)) {
                    case 0:
                        return list;
                    case 1:
                        return list.contains(null) ? list : List.copyOf(list);
                    default:
                        return list.stream().toList();  // may hold null
                }
            }
            if (raw == Map.class) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(random.nextInt(30) == 0 ? null : pick(KEYS),
                            random.nextInt(30) == 0 ? null : element(setter, arguments[1]));
                }
                return map;
            }
            if (raw == Map.Entry.class) {
                return new AbstractMap.SimpleEntry<>(random.nextInt(20) == 0 ? null : pick(KEYS),
                        random.nextInt(20) == 0 ? null : element(setter, arguments[1]));
            }
            throw new AssertionError(type);
        }
        Class<?> raw = (Class<?>) type;
        if (raw.isArray()) {
            Object array = Array.newInstance(raw.getComponentType(), random.nextInt(4));
            for (int i = 0; i < Array.getLength(array); i++) {
                Array.set(array, i, random.nextInt(30) == 0 ? null : element(setter, raw.getComponentType()));
            }
            return array;
        }
        return element(setter, raw);
    }

    private Object element(String setter, Type type) {
        Type element = type instanceof WildcardType ? ((WildcardType) type).getUpperBounds()[0] : type;
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
        throw new AssertionError(type);
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
        byte[] bytes = serialize(actor);
        byte[] forged = replace(bytes, "wang-yi".getBytes(StandardCharsets.UTF_8),
                "WANG YI".getBytes(StandardCharsets.UTF_8));
        assertThat(deserialize(bytes)).isEqualTo(actor);
        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Actor.id must be");
    }

    private static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    private static byte[] replace(byte[] bytes, byte[] from, byte[] to) {
        byte[] copy = bytes.clone();
        for (int i = 0; i + from.length <= copy.length; i++) {
            if (Arrays.equals(copy, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, copy, i, to.length);
                return copy;
            }
        }
        throw new AssertionError("not found");
    }
}
