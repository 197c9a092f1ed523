package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What the tests of a builder written by hand ({@code ActorBuilderTest}, {@code StatementBuilderTest})
 * share: random calls of every public setter, replayed on the hand-written builder and on the
 * generated builder of the readable Immutables form of the same type, and the comparison of what
 * they give: the same exceptions, the same violations, and values with the same attributes,
 * collection classes, hash code, text and equality, which read back the same from Java serialization.
 *
 * @param <V>  the value type, such as {@code Actor}
 */
final class BuilderEquivalence<V> {

    /** One call of a setter with its arguments, replayed on each builder. */
    record Call(Method method, Object[] arguments) {

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

    private final Class<V> type;
    private final Class<?> builderType;
    private final Class<?> implementation;
    private final Random random;
    private final List<String> keys;
    private final BiFunction<String, Type, Object> elements;
    private final List<Method> setters;

    /**
     * Prepares the comparison of a hand-written builder with a generated one.
     *
     * @param type  the value type, such as {@code Actor.class}
     * @param implementation  the hand-written implementation, such as {@code ActorValue.class}
     * @param random  the seeded source of every random choice
     * @param keys  the map keys to choose from
     * @param elements  a random element for a setter's name and an element type
     * @param skipped  the public methods of the builder that are not setters to call at random
     */
    BuilderEquivalence(Class<V> type, Class<?> implementation, Random random, List<String> keys,
            BiFunction<String, Type, Object> elements, Predicate<Method> skipped) {
        this.type = type;
        this.builderType = builderOf(type);
        this.implementation = implementation;
        this.random = random;
        this.keys = keys;
        this.elements = elements;
        this.setters = Arrays.stream(builderType.getMethods())
                .filter(method -> method.getDeclaringClass() == builderType)
                .filter(method -> !List.of("build", "validate", "from").contains(method.getName()))
                .filter(skipped.negate())
                .sorted(Comparator.comparing(Method::toGenericString))
                .collect(Collectors.toList());
    }

    private static Class<?> builderOf(Class<?> type) {
        return Arrays.stream(type.getClasses()).filter(nested -> nested.getSimpleName().equals("Builder"))
                .findFirst().orElseThrow();
    }

    /**
     * Checks that the hand-written builder has every public method of the generated one, with the
     * same parameters, and no other but those given.
     *
     * @param reference  the generated builder, such as {@code ReferenceActor.Builder.class}
     * @param extra  the signatures of the methods only the hand-written builder has
     */
    void assertSameSetters(Class<?> reference, List<String> extra) {
        String referenceName = reference.getEnclosingClass().getSimpleName();
        List<String> expected = Arrays.stream(reference.getMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getDeclaringClass() != Object.class)
                .map(BuilderEquivalence::signature)
                .map(text -> text.replace(referenceName, type.getSimpleName()))
                .distinct().sorted().toList();
        List<String> handWritten = Arrays.stream(builderType.getMethods())
                .filter(method -> method.getDeclaringClass() != Object.class)
                .map(BuilderEquivalence::signature)
                .filter(signature -> !extra.contains(signature))
                .sorted().toList();
        assertThat(handWritten).isEqualTo(expected);
    }

    private static String signature(Method method) {
        return method.getName() + Arrays.stream(method.getGenericParameterTypes()).map(Type::getTypeName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * Replays random calls on both builders, round after round, and compares what they give.
     *
     * @param rounds  the rounds of a normal run (see {@link RandomValues#rounds(int)})
     * @param calls  the random calls of one round
     * @param builder  a new hand-written builder
     * @param reference  a new generated builder
     * @param accessors  what to compare between the two values built: every attribute and the
     *     methods built on them; a list's or map's class and order are compared too
     */
    void assertSameBuilds(int rounds, Supplier<List<Call>> calls, Supplier<Object> builder,
            Supplier<Object> reference, List<Function<V, Object>> accessors) {
        List<Object> built = new ArrayList<>();
        List<Object> references = new ArrayList<>();
        int valid = 0;
        for (int round = 0; round < RandomValues.rounds(rounds); round++) {
            List<Call> roundCalls = calls.get();
            Object handWritten = builder.get();
            Object generated = reference.get();
            for (Call call : roundCalls) {
                Throwable thrown = call.on(handWritten);
                Throwable expected = call.on(generated);
                assertThat(describe(thrown)).as("%s", roundCalls).isEqualTo(describe(expected));
            }
            Object value = invoke(handWritten, "build");
            Object expected = invoke(generated, "build");
            if (expected instanceof ValidationException) {
                assertThat(value).as("%s", roundCalls).isInstanceOf(ValidationException.class);
                assertThat(violations((ValidationException) value)).as("%s", roundCalls)
                        .isEqualTo(violations((ValidationException) expected));
                assertThat(invoke(handWritten, "validate")).isEqualTo(((ValidationException) value).violations());
                continue;
            }
            assertThat(value).as("%s", roundCalls).isInstanceOf(implementation);
            assertThat((List<?>) invoke(handWritten, "validate")).isEmpty();
            assertSame(type.cast(value), type.cast(expected), accessors, roundCalls);
            Object replay = builder.get();
            roundCalls.forEach(call -> call.on(replay));
            Object again = invoke(replay, "build");
            assertThat(again).isEqualTo(value).isNotSameAs(value).hasSameHashCodeAs(value);
            Object copy = builder.get();
            invoke(copy, "from", expected);
            assertThat(invoke(copy, "build")).isEqualTo(value);
            for (int i = 0; i < built.size(); i++) {
                boolean equal = references.get(i).equals(expected);
                assertThat(built.get(i).equals(value)).as("%s", roundCalls).isEqualTo(equal);
                assertThat(value.equals(built.get(i))).isEqualTo(equal);
            }
            valid++;
            if (built.size() < 50) {
                built.add(value);
                references.add(expected);
            }
        }
        // most rounds break a rule, which compares violations; enough must build to compare values
        assertThat(valid).as("rounds that built a value").isGreaterThanOrEqualTo(RandomValues.rounds(rounds) / 6);
    }

    private void assertSame(V value, V expected, List<Function<V, Object>> accessors, List<Call> calls) {
        for (Function<V, Object> accessor : accessors) {
            Object actual = accessor.apply(value);
            Object wanted = accessor.apply(expected);
            assertThat(actual).as("%s", calls).isEqualTo(wanted);
            if (actual instanceof Collection || actual instanceof Map) {
                // the same unmodifiable collections: List.copyOf and Map.copyOf, in the same order
                assertThat(actual.getClass()).as("%s", calls).isEqualTo(wanted.getClass());
            }
            if (actual instanceof Map) {
                assertThat(List.copyOf(((Map<?, ?>) actual).keySet()))
                        .isEqualTo(List.copyOf(((Map<?, ?>) wanted).keySet()));
            }
        }
        assertThat(value.hashCode()).as("%s", calls).isEqualTo(expected.hashCode());
        assertThat(value.toString()).as("%s", calls).isEqualTo(expected.toString());
        assertThat(value.equals(value)).isTrue();
        assertThat(value).isNotEqualTo(null).isNotEqualTo(value.toString()).isNotEqualTo(expected);
        assertThat(SerializationSupport.roundTrip((java.io.Serializable) value)).isEqualTo(value)
                .isInstanceOf(implementation);
    }

    /** Calls a method of a builder; a validation exception it throws is returned. */
    private static Object invoke(Object builder, String name, Object... arguments) {
        try {
            Method method = Arrays.stream(builder.getClass().getMethods())
                    .filter(candidate -> candidate.getName().equals(name)
                            && candidate.getParameterCount() == arguments.length)
                    .findFirst().orElseThrow();
            return method.invoke(builder, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ValidationException) {
                return e.getCause();
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    /** The violations, the type in a missing attribute's message made the same. */
    private List<String> violations(ValidationException e) {
        return e.violations().stream()
                .map(violation -> e.getClass().getSimpleName() + " " + violation.path() + " " + violation.code()
                        + " " + violation.message().replace("Reference" + type.getSimpleName() + ".",
                                type.getSimpleName() + "."))
                .toList();
    }

    /**
     * An exception's class and message; the JVM's own text of a null pointer exception
     * ({@code Cannot invoke ... because "elements" is null}) left out, since it describes the
     * bytecode (which mutation testing rewrites), not a contract, and so is its lack of text (the
     * compiled code of a method that has often thrown one throws a ready-made exception without
     * a message).
     */
    private static String describe(Throwable thrown) {
        if (thrown == null) {
            return "nothing";
        }
        String message = thrown.getMessage();
        boolean jvmText = thrown instanceof NullPointerException && (message == null || message.startsWith("Cannot "));
        return thrown.getClass().getName() + (jvmText ? "" : ": " + message);
    }

    /**
     * Adds calls of setters chosen at random, with random arguments.
     *
     * @param calls  the calls to add to
     * @param count  how many
     */
    void addRandomCalls(List<Call> calls, int count) {
        for (int i = 0; i < count; i++) {
            Method setter = pick(setters);
            Type[] types = setter.getGenericParameterTypes();
            Object[] arguments = new Object[types.length];
            for (int k = 0; k < types.length; k++) {
                arguments[k] = value(setter.getName(), types[k]);
            }
            calls.add(new Call(setter, arguments));
        }
    }

    /**
     * Makes a call of a setter of the hand-written builder.
     *
     * @param name  the setter's name
     * @param parameter  its parameter's type
     * @param argument  the argument
     * @return the call, not null
     */
    Call call(String name, Class<?> parameter, Object argument) {
        try {
            return new Call(builderType.getMethod(name, parameter), new Object[] {argument});
        } catch (NoSuchMethodException e) {
            throw new AssertionError(e);
        }
    }

    <T> T pick(List<T> values) {
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
                switch (random.nextInt(4)) {
                    case 0:
                        return list;
                    case 1:
                        return list.contains(null) ? list : List.copyOf(list);
                    case 2:
                        return (Iterable<Object>) list::iterator;  // not a collection
                    default:
                        return list.stream().toList();  // may hold null
                }
            }
            if (raw == Map.class) {
                Map<Object, Object> map = new LinkedHashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(random.nextInt(30) == 0 ? null : pick(keys),
                            random.nextInt(30) == 0 ? null : element(setter, arguments[1]));
                }
                return map;
            }
            if (raw == Map.Entry.class) {
                return new AbstractMap.SimpleEntry<>(random.nextInt(20) == 0 ? null : pick(keys),
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
        return elements.apply(setter, element);
    }

    static byte[] serialize(Object value) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    /** The bytes with the first occurrence of some replaced by others of the same length. */
    static byte[] replace(byte[] bytes, byte[] from, byte[] to) {
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
