package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written {@link Coding.Builder} and {@link CodingValue} against the readable form, the
 * Immutables definition {@link ReferenceCoding} of the same attributes: the same calls, chosen at
 * random among every public setter with random arguments (nulls, duplicate contexts, scores out of
 * range or with other digits, PLOVER modes without a type included), give the same exceptions,
 * the same violations, and codings with the same attributes, hash code, text and equality.
 */
class CodingBuilderTest {

    private static final List<CameoCode> CAMEO_CODES = List.of(CameoCode.gdelt("12"), CameoCode.gdelt("036"),
            CameoCode.gdelt("1823"), CameoCode.icews("036"));
    private static final List<BigDecimal> SCORES = List.of(new BigDecimal("4.0"), new BigDecimal("4"),
            new BigDecimal("-5"), new BigDecimal("-5.0"), BigDecimal.TEN, new BigDecimal("-10.0"),
            new BigDecimal("10.1"), new BigDecimal("-11"));
    private static final List<PloverContext> CONTEXTS = List.of(PloverContext.parse("refugees"),
            PloverContext.parse("diplomatic"), PloverContext.parse("military"));

    private final Random random;
    private final BuilderEquivalence<Coding> equivalence;

    CodingBuilderTest() {
        long seed = RandomValues.seed();
        System.out.println("CodingBuilderTest seed " + seed);
        random = new Random(seed);
        equivalence = new BuilderEquivalence<>(Coding.class, CodingValue.class, random, List.of("k"), this::element,
                method -> false);
    }

    @Test
    void every_setter_of_the_generated_builder_is_there_with_the_same_parameters() {
        equivalence.assertSameSetters(ReferenceCoding.Builder.class, List.of("validate()"));
    }

    @Test
    void builds_what_the_generated_builder_builds_from_the_same_random_calls() {
        equivalence.assertSameBuilds(2000, this::calls, Coding::builder, ReferenceCoding.Builder::new, List.of(
                Coding::cameoCode, Coding::reportedScore, Coding::ploverType, Coding::ploverMode,
                Coding::ploverContexts, Coding::goldsteinScore));
    }

    /** Random calls, most often after a CAMEO code or a PLOVER type, so that most codings are built. */
    private List<BuilderEquivalence.Call> calls() {
        List<BuilderEquivalence.Call> calls = new ArrayList<>();
        if (random.nextInt(10) > 0) {
            if (random.nextBoolean()) {
                calls.add(equivalence.call("cameoCode", CameoCode.class, pick(CAMEO_CODES)));
            } else {
                calls.add(equivalence.call("ploverType", PloverEventType.class,
                        pick(List.of(PloverEventType.values()))));
            }
        }
        equivalence.addRandomCalls(calls, random.nextInt(random.nextInt(4) == 0 ? 10 : 4));
        return calls;
    }

    /** A random element of a type for a setter. */
    private Object element(String setter, Type element) {
        if (element == CameoCode.class) {
            return pick(CAMEO_CODES);
        }
        if (element == BigDecimal.class) {
            return pick(SCORES);
        }
        if (element == PloverEventType.class) {
            return pick(List.of(PloverEventType.values()));
        }
        if (element == PloverMode.class) {
            return pick(List.of(PloverMode.values()));
        }
        if (element == PloverContext.class) {
            return pick(CONTEXTS);
        }
        throw new AssertionError(element);
    }

    private <T> T pick(List<T> values) {
        return equivalence.pick(values);
    }

    @Test
    void the_builder_keeps_no_list_of_a_built_coding() {
        Coding.Builder builder = Coding.builder().ploverType(PloverEventType.PROTEST).addPloverContext(CONTEXTS.get(0));
        Coding first = builder.build();
        Coding second = builder.addPloverContext(CONTEXTS.get(1)).build();
        assertThat(first.ploverContexts()).containsExactly(CONTEXTS.get(0));
        assertThat(second.ploverContexts()).containsExactly(CONTEXTS.get(0), CONTEXTS.get(1));
        assertThat(Coding.of(CAMEO_CODES.get(0)).ploverContexts()).isSameAs(List.of());
    }

    @Test
    void copies_every_attribute_from_a_coding() {
        Coding everything = Coding.builder().cameoCode(CAMEO_CODES.get(1)).reportedScore(SCORES.get(0))
                .ploverType(PloverEventType.PROTEST).ploverMode(PloverMode.values()[0])
                .addPloverContexts(CONTEXTS.get(0), CONTEXTS.get(2)).build();
        assertThat(Coding.builder().from(everything).build()).isEqualTo(everything).hasSameHashCodeAs(everything);
        assertThat(SerializationSupport.roundTrip(everything)).isEqualTo(everything);
        assertThat(Coding.builder().reportedScore(new BigDecimal("-5")).cameoCode(CAMEO_CODES.get(0)).build())
                .isNotEqualTo(Coding.builder().reportedScore(new BigDecimal("-5.0")).cameoCode(CAMEO_CODES.get(0))
                        .build());
    }

    @Test
    void rejects_a_forged_stream_that_breaks_the_rules() throws Exception {
        Coding coding = Coding.builder().cameoCode(CAMEO_CODES.get(0)).reportedScore(new BigDecimal("7")).build();
        byte[] bytes = BuilderEquivalence.serialize(coding);
        assertThat(BuilderEquivalence.deserialize(bytes)).isEqualTo(coding);
        // the score's unscaled value, a BigInteger of one byte: 7 becomes 77
        byte[] forged = BuilderEquivalence.replace(bytes, new byte[] {0, 0, 0, 1, 7}, new byte[] {0, 0, 0, 1, 77});
        assertThatThrownBy(() -> BuilderEquivalence.deserialize(forged))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Coding.reportedScore must be within [-10, 10], got 77");
    }
}
