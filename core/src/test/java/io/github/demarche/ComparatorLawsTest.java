package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The laws of the model's comparators, on many seeded random samples: transitive, antisymmetric, and
 * where the Javadoc claims it, consistent with equals (among values with distinct ids for the id
 * tie-broken ones). Also the symmetric predicates and the partial orders.
 */
class ComparatorLawsTest {

    private static final int SAMPLES = 300;
    private static final long SEED = RandomValues.seed();
    private static final RandomValues RANDOM = new RandomValues(SEED);

    static Stream<Arguments> comparators() {
        return Stream.of(
                Arguments.of("Statement.CHRONOLOGICAL", Statement.CHRONOLOGICAL, (Supplier<?>) RANDOM::statement,
                        (Function<Object, String>) value -> ((Statement) value).id()),
                Arguments.of("Event.CHRONOLOGICAL", Event.CHRONOLOGICAL, (Supplier<?>) RANDOM::event,
                        (Function<Object, String>) value -> ((Event) value).id()),
                Arguments.of("CasualtyReport.BY_AS_OF", CasualtyReport.BY_AS_OF, (Supplier<?>) RANDOM::casualtyReport,
                        (Function<Object, String>) value -> ((CasualtyReport) value).id()),
                Arguments.of("Stance.BY_COOPERATION_SCORE", Stance.BY_COOPERATION_SCORE, (Supplier<?>) RANDOM::stance,
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparators")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void is_a_total_preorder(String name, Comparator comparator, Supplier<?> generator,
            Function<Object, String> idOf) {
        List<Object> values = RandomValues.listOf(SAMPLES, (Supplier<Object>) generator);
        for (Object a : values) {
            assertThat(comparator.compare(a, a)).as("%s reflexive, seed=%d", name, SEED).isZero();
            for (Object b : values) {
                int ab = Integer.signum(comparator.compare(a, b));
                int ba = Integer.signum(comparator.compare(b, a));
                assertThat(ab).as("%s antisymmetric on %s and %s, seed=%d", name, a, b, SEED).isEqualTo(-ba);
                if (idOf != null && !idOf.apply(a).equals(idOf.apply(b))) {
                    assertThat(ab).as("%s distinct ids never tie, seed=%d", name, SEED).isNotZero();
                }
                if (idOf != null && ab == 0) {
                    assertThat(idOf.apply(a)).as("%s ties only on equal ids, seed=%d", name, SEED)
                            .isEqualTo(idOf.apply(b));
                }
            }
        }
        for (int i = 0; i < SAMPLES * 20; i++) {
            Object a = values.get((i * 7) % SAMPLES);
            Object b = values.get((i * 13 + 1) % SAMPLES);
            Object c = values.get((i * 31 + 2) % SAMPLES);
            if (comparator.compare(a, b) <= 0 && comparator.compare(b, c) <= 0) {
                assertThat(comparator.compare(a, c)).as("%s transitive on %s, %s, %s, seed=%d", name, a, b, c, SEED)
                        .isLessThanOrEqualTo(0);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("comparators")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void is_consistent_with_equals_where_ids_are_distinct(String name, Comparator comparator, Supplier<?> generator,
            Function<Object, String> idOf) {
        if (idOf == null) {
            return; // BY_COOPERATION_SCORE documents that it is not consistent with equals
        }
        List<Object> values = RandomValues.listOf(SAMPLES, (Supplier<Object>) generator);
        for (Object a : values) {
            for (Object b : values) {
                if (a.equals(b)) {
                    assertThat(comparator.compare(a, b)).as("%s equal values compare 0, seed=%d", name, SEED).isZero();
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void statement_partial_order_agrees_with_chronological_order() {
        List<Statement> statements = RandomValues.listOf(SAMPLES, RANDOM::statement);
        for (Statement a : statements) {
            assertThat(a.isBefore(a)).as("irreflexive, seed=%d", SEED).isFalse();
            for (Statement b : statements) {
                assertThat(a.isBefore(b)).as("isBefore mirrors isAfter, seed=%d", SEED).isEqualTo(b.isAfter(a));
                if (a.isBefore(b)) {
                    assertThat(b.isBefore(a)).as("asymmetric, seed=%d", SEED).isFalse();
                    assertThat(Statement.CHRONOLOGICAL.compare(a, b)).as("sorted before, seed=%d", SEED).isNegative();
                }
            }
        }
    }

    @org.junit.jupiter.api.Test
    void stance_agreement_and_opposition_are_symmetric_and_exclusive() {
        List<Stance> stances = RandomValues.listOf(SAMPLES, RANDOM::stance);
        for (Stance a : stances) {
            assertThat(a.agreesWith(a)).as("agrees with itself if it takes a side or abstains, seed=%d", SEED)
                    .isEqualTo(a.position().isSide() || a.position() == Position.ABSTENTION);
            for (Stance b : stances) {
                assertThat(a.agreesWith(b)).as("agreesWith symmetric, seed=%d", SEED).isEqualTo(b.agreesWith(a));
                assertThat(a.opposes(b)).as("opposes symmetric, seed=%d", SEED).isEqualTo(b.opposes(a));
                assertThat(a.agreesWith(b) && a.opposes(b)).as("never both, seed=%d", SEED).isFalse();
                assertThat(a.isMoreConciliatoryThan(b) && b.isMoreConciliatoryThan(a)).as("asymmetric, seed=%d", SEED)
                        .isFalse();
            }
        }
    }

    @org.junit.jupiter.api.Test
    void casualty_consistency_is_symmetric_and_supersession_asymmetric() {
        List<CasualtyReport> reports = RandomValues.listOf(SAMPLES, RANDOM::casualtyReport);
        for (CasualtyReport a : reports) {
            assertThat(a.supersedes(a)).as("irreflexive, seed=%d", SEED).isFalse();
            for (CasualtyReport b : reports) {
                assertThat(a.isConsistentWith(b)).as("symmetric on %s and %s, seed=%d", a, b, SEED)
                        .isEqualTo(b.isConsistentWith(a));
                if (a.supersedes(b)) {
                    assertThat(b.supersedes(a)).as("asymmetric, seed=%d", SEED).isFalse();
                    assertThat(a.hasSameScopeAs(b)).as("same scope, seed=%d", SEED).isTrue();
                }
            }
        }
    }
}
