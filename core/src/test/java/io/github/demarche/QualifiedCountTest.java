package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class QualifiedCountTest {

    private static final long MAX = QualifiedCount.MAX_FIGURE;
    private static final OptionalLong UNBOUNDED = OptionalLong.empty();

    // ----------------------------------------------------------------------------------------
    // derived bounds

    static Stream<Arguments> derived_bounds() {
        return Stream.of(
                Arguments.of(QualifiedCount.exactly(270), "270", 270L, 270L, OptionalLong.of(270)),
                Arguments.of(QualifiedCount.exactly(0), "0", 0L, 0L, OptionalLong.of(0)),
                Arguments.of(QualifiedCount.moreThan(270), ">270", 271L, 271L, UNBOUNDED),
                Arguments.of(QualifiedCount.moreThan(0), ">0", 1L, 1L, UNBOUNDED),
                Arguments.of(QualifiedCount.moreThan(MAX), ">1000000000000", MAX + 1, MAX + 1, UNBOUNDED),
                Arguments.of(QualifiedCount.atLeast(270), "≥270", 270L, 270L, UNBOUNDED),
                Arguments.of(QualifiedCount.about(270), "~270", 243L, 270L, OptionalLong.of(297)),
                Arguments.of(QualifiedCount.about(5), "~5", 4L, 5L, OptionalLong.of(6)),
                Arguments.of(QualifiedCount.about(1), "~1", 0L, 1L, OptionalLong.of(2)),
                Arguments.of(QualifiedCount.about(0), "~0", 0L, 0L, OptionalLong.of(0)),
                Arguments.of(QualifiedCount.about(MAX), "~1000000000000",
                        900_000_000_000L, MAX, OptionalLong.of(1_100_000_000_000L)),
                Arguments.of(QualifiedCount.upTo(270), "≤270", 0L, 270L, OptionalLong.of(270)),
                Arguments.of(QualifiedCount.upTo(0), "≤0", 0L, 0L, OptionalLong.of(0)),
                Arguments.of(QualifiedCount.fewerThan(270), "<270", 0L, 269L, OptionalLong.of(269)),
                Arguments.of(QualifiedCount.fewerThan(1), "<1", 0L, 0L, OptionalLong.of(0)),
                Arguments.of(QualifiedCount.between(270, 300), "270–300", 270L, 270L, OptionalLong.of(300)),
                Arguments.of(QualifiedCount.between(270, 270), "270–270", 270L, 270L, OptionalLong.of(270)));
    }

    @ParameterizedTest(name = "{1} -> {2}, {3}, {4}")
    @MethodSource("derived_bounds")
    void derives_ucdp_bounds_from_the_qualifier(QualifiedCount count, String text, long low, long best,
            OptionalLong high) {
        assertThat(count.low()).isEqualTo(low);
        assertThat(count.best()).hasValue(best);
        assertThat(count.high()).isEqualTo(high);
        assertThat(count.isUnbounded()).isEqualTo(high.isEmpty());
        assertThat(count.hasDerivedBounds()).isTrue();
        assertThat(count).hasToString(text);
    }

    static Stream<Arguments> shortcuts() {
        return Stream.of(
                Arguments.of(CountQualifier.EXACTLY, QualifiedCount.exactly(270)),
                Arguments.of(CountQualifier.MORE_THAN, QualifiedCount.moreThan(270)),
                Arguments.of(CountQualifier.AT_LEAST, QualifiedCount.atLeast(270)),
                Arguments.of(CountQualifier.ABOUT, QualifiedCount.about(270)),
                Arguments.of(CountQualifier.UP_TO, QualifiedCount.upTo(270)),
                Arguments.of(CountQualifier.FEWER_THAN, QualifiedCount.fewerThan(270)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shortcuts")
    void shortcuts_are_of_with_their_qualifier(CountQualifier qualifier, QualifiedCount shortcut) {
        assertThat(shortcut).isEqualTo(QualifiedCount.of(qualifier, 270));
        assertThat(shortcut.qualifier()).isEqualTo(qualifier);
        assertThat(shortcut.figure()).hasValue(270);
        assertThat(shortcut.secondFigure()).isEmpty();
        assertThat(shortcut.wording()).isEmpty();
    }

    @Test
    void keeps_the_reference_articles_figure_as_written() {
        QualifiedCount killed = QualifiedCount.moreThan(270).withWording("over 270");

        assertThat(killed.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
        assertThat(killed.figure()).hasValue(270);
        assertThat(killed.wording()).contains("over 270");
        assertThat(killed.low()).isEqualTo(271);
        assertThat(killed.best()).hasValue(271);
        assertThat(killed.isUnbounded()).isTrue();
        assertThat(killed.contains(270)).isFalse();
        assertThat(killed.contains(271)).isTrue();
        assertThat(killed.contains(Long.MAX_VALUE)).isTrue();
        assertThat(killed).hasToString(">270");
    }

    @Test
    void keeps_both_figures_of_a_range() {
        QualifiedCount range = QualifiedCount.between(270, 300);

        assertThat(range.qualifier()).isEqualTo(CountQualifier.BETWEEN);
        assertThat(range.figure()).hasValue(270);
        assertThat(range.secondFigure()).hasValue(300);
    }

    // ----------------------------------------------------------------------------------------
    // vague counts: a word of size, no figure, no best

    static Stream<Arguments> vague_bounds() {
        return Stream.of(
                Arguments.of(CountQualifier.SEVERAL, "several", 3L, OptionalLong.of(9)),
                Arguments.of(CountQualifier.DOZENS, "dozens", 24L, OptionalLong.of(99)),
                Arguments.of(CountQualifier.SCORES, "scores", 40L, OptionalLong.of(199)),
                Arguments.of(CountQualifier.HUNDREDS, "hundreds", 200L, OptionalLong.of(999)),
                Arguments.of(CountQualifier.THOUSANDS, "thousands", 2_000L, OptionalLong.of(9_999)),
                Arguments.of(CountQualifier.TENS_OF_THOUSANDS, "tens of thousands", 20_000L, OptionalLong.of(99_999)),
                Arguments.of(CountQualifier.HUNDREDS_OF_THOUSANDS, "hundreds of thousands", 200_000L,
                        OptionalLong.of(999_999)),
                Arguments.of(CountQualifier.MILLIONS, "millions", 2_000_000L, OptionalLong.of(999_999_999)));
    }

    @ParameterizedTest(name = "{1} -> {2}..{3}")
    @MethodSource("vague_bounds")
    void a_vague_count_has_the_bounds_of_the_table_and_no_figure_nor_best(CountQualifier qualifier, String text,
            long low, OptionalLong high) {
        QualifiedCount count = QualifiedCount.vague(qualifier);

        assertThat(qualifier.isVague()).isTrue();
        assertThat(count.isVague()).isTrue();
        assertThat(count.qualifier()).isEqualTo(qualifier);
        assertThat(count.figure()).isEmpty();
        assertThat(count.secondFigure()).isEmpty();
        assertThat(count.best()).isEmpty();
        assertThat(count.low()).isEqualTo(low);
        assertThat(count.high()).isEqualTo(high);
        assertThat(count.isUnbounded()).isFalse();
        assertThat(count.hasDerivedBounds()).isTrue();
        assertThat(count).hasToString(text);
        assertThat(QualifiedCount.validateVague(qualifier)).isEmpty();
    }

    @Test
    void the_table_pins_every_vague_qualifier_and_only_those() {
        assertThat(vague_bounds().map(arguments -> arguments.get()[0]))
                .containsExactlyInAnyOrder(Arrays.stream(CountQualifier.values()).filter(CountQualifier::isVague)
                        .toArray());
        assertThat(Arrays.stream(CountQualifier.values()).filter(qualifier -> !qualifier.isVague()))
                .containsExactly(CountQualifier.EXACTLY, CountQualifier.MORE_THAN, CountQualifier.AT_LEAST,
                        CountQualifier.ABOUT, CountQualifier.UP_TO, CountQualifier.FEWER_THAN, CountQualifier.BETWEEN);
    }

    @Test
    void keeps_thousands_as_written_without_a_number_the_source_never_gave() {
        QualifiedCount fled = QualifiedCount.vague(CountQualifier.THOUSANDS).withWording("thousands");

        assertThat(fled.wording()).contains("thousands");
        assertThat(fled.figure()).isEmpty();
        assertThat(fled.best()).isEmpty();
        assertThat(fled.contains(1_999)).isFalse();
        assertThat(fled.contains(2_000)).isTrue();
        assertThat(fled.contains(9_999)).isTrue();
        assertThat(fled.contains(10_000)).isFalse();
        assertThat(fled).hasToString("thousands");
    }

    @Test
    void vague_counts_overlap_figures_by_their_bounds() {
        QualifiedCount overTwoHundredSeventy = QualifiedCount.moreThan(270);

        assertThat(QualifiedCount.vague(CountQualifier.THOUSANDS).overlaps(overTwoHundredSeventy)).isTrue();
        assertThat(overTwoHundredSeventy.overlaps(QualifiedCount.vague(CountQualifier.THOUSANDS))).isTrue();
        assertThat(QualifiedCount.vague(CountQualifier.DOZENS).overlaps(overTwoHundredSeventy)).isFalse();
        assertThat(overTwoHundredSeventy.overlaps(QualifiedCount.vague(CountQualifier.DOZENS))).isFalse();
        assertThat(QualifiedCount.vague(CountQualifier.HUNDREDS).overlaps(overTwoHundredSeventy)).isTrue();
        assertThat(QualifiedCount.vague(CountQualifier.DOZENS).overlaps(QualifiedCount.vague(CountQualifier.SCORES)))
                .isTrue();
        assertThat(QualifiedCount.vague(CountQualifier.SEVERAL).overlaps(QualifiedCount.vague(CountQualifier.DOZENS)))
                .isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CountQualifier.class, names = {"EXACTLY", "MORE_THAN", "AT_LEAST", "ABOUT", "UP_TO",
            "FEWER_THAN", "BETWEEN"})
    void rejects_a_qualifier_of_a_figure_without_one(CountQualifier qualifier) {
        String message = "QualifiedCount.qualifier must be vague without a figure, use of(qualifier, figure), got "
                + qualifier;
        assertThat(QualifiedCount.validateVague(qualifier))
                .containsExactly(Violation.of("qualifier", ViolationCode.NOT_APPLICABLE, message));
        assertThatThrownBy(() -> QualifiedCount.vague(qualifier))
                .isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void rejects_a_vague_qualifier_with_a_figure() {
        assertThat(QualifiedCount.validate(CountQualifier.THOUSANDS, 3_000))
                .containsExactly(Violation.of("qualifier", ViolationCode.NOT_APPLICABLE,
                        "QualifiedCount.qualifier must not be vague with a figure, use vague(qualifier), got THOUSANDS"));
        assertThatThrownBy(() -> QualifiedCount.of(CountQualifier.DOZENS, 30))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.qualifier must not be vague with a figure, use vague(qualifier), got DOZENS");
    }

    @Test
    void an_analyst_may_narrow_a_vague_count_with_or_without_a_best_estimate() {
        QualifiedCount thousands = QualifiedCount.vague(CountQualifier.THOUSANDS).withWording("thousands");

        QualifiedCount narrowed = thousands.withBounds(2_000, OptionalLong.of(5_000));
        assertThat(narrowed.best()).isEmpty();
        assertThat(narrowed.low()).isEqualTo(2_000);
        assertThat(narrowed.high()).hasValue(5_000);
        assertThat(narrowed.hasDerivedBounds()).isFalse();
        assertThat(narrowed.figure()).isEmpty();
        assertThat(narrowed.wording()).contains("thousands");
        assertThat(narrowed).hasToString("thousands [2000..5000]");

        QualifiedCount estimated = thousands.withBounds(2_000, 3_000, OptionalLong.of(5_000));
        assertThat(estimated.best()).hasValue(3_000);
        assertThat(estimated).hasToString("thousands [2000..3000..5000]");

        assertThat(estimated.withBounds(2_000, OptionalLong.of(9_999))).isEqualTo(thousands);
        assertThat(thousands.withBounds(2_000, OptionalLong.of(9_999))).isSameAs(thousands);
        assertThat(narrowed.withBounds(2_000, OptionalLong.of(5_000))).isSameAs(narrowed);
    }

    @Test
    void a_count_with_a_figure_may_lose_its_best_estimate_to_an_analysts_bounds() {
        QualifiedCount range = QualifiedCount.about(270).withBounds(250, OptionalLong.of(290));

        assertThat(range.best()).isEmpty();
        assertThat(range.figure()).hasValue(270);
        assertThat(range).hasToString("~270 [250..290]");
        assertThat(range.withBounds(243, 270, OptionalLong.of(297))).isEqualTo(QualifiedCount.about(270));
    }

    @Test
    void accepts_bounds_without_a_best_that_meet_and_rejects_them_inverted() {
        QualifiedCount dozens = QualifiedCount.vague(CountQualifier.DOZENS);

        assertThat(dozens.validateBounds(50, OptionalLong.of(50))).isEmpty();
        assertThat(dozens.validateBounds(51, OptionalLong.of(50))).containsExactly(Violation.of("bounds",
                ViolationCode.COUNT_RANGE_INVERTED, "QualifiedCount.bounds must satisfy low <= high, got low=51, high=50"));
        assertThat(dozens.validateBounds(-1, OptionalLong.empty())).containsExactly(Violation.of("low",
                ViolationCode.NEGATIVE, "QualifiedCount.low must not be negative, got -1"));
        assertThatThrownBy(() -> dozens.withBounds(51, OptionalLong.of(50)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.bounds must satisfy low <= high, got low=51, high=50");
    }

    @Test
    void a_negative_best_is_never_taken_for_no_best() {
        QualifiedCount dozens = QualifiedCount.vague(CountQualifier.DOZENS);

        assertThatThrownBy(() -> dozens.withBounds(24, -1, OptionalLong.of(99)))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("QualifiedCount.best must not be negative, got -1");
    }

    @Test
    void by_best_puts_counts_without_a_best_after_every_count_with_one_then_by_low() {
        QualifiedCount thousands = QualifiedCount.vague(CountQualifier.THOUSANDS);
        QualifiedCount dozens = QualifiedCount.vague(CountQualifier.DOZENS);
        QualifiedCount huge = QualifiedCount.exactly(MAX);
        List<QualifiedCount> counts = new ArrayList<>(List.of(thousands, huge, dozens, QualifiedCount.moreThan(270)));

        counts.sort(QualifiedCount.BY_BEST);

        assertThat(counts).containsExactly(QualifiedCount.moreThan(270), huge, dozens, thousands);
        assertThat(QualifiedCount.BY_BEST.compare(thousands, thousands.withWording("thousands"))).isNegative();
        assertThat(QualifiedCount.BY_BEST.compare(thousands, QualifiedCount.vague(CountQualifier.THOUSANDS))).isZero();
    }

    @Test
    void a_vague_count_survives_java_serialization() {
        QualifiedCount count = QualifiedCount.vague(CountQualifier.TENS_OF_THOUSANDS).withWording("tens of thousands")
                .withBounds(20_000, OptionalLong.of(50_000));

        assertThat(SerializationSupport.roundTrip(count)).isEqualTo(count);
    }

    // ----------------------------------------------------------------------------------------
    // rules on figures

    @ParameterizedTest
    @EnumSource(value = CountQualifier.class, names = {"EXACTLY", "MORE_THAN", "AT_LEAST", "ABOUT", "UP_TO",
            "FEWER_THAN"})
    void accepts_a_figure_of_the_maximum_and_rejects_one_above(CountQualifier qualifier) {
        assertThat(QualifiedCount.validate(qualifier, MAX)).isEmpty();
        assertThat(QualifiedCount.of(qualifier, MAX).figure()).hasValue(MAX);

        Violation tooLarge = Violation.of("figure", ViolationCode.OUT_OF_RANGE,
                "QualifiedCount.figure must be at most 1000000000000, got 1000000000001");
        assertThat(QualifiedCount.validate(qualifier, MAX + 1)).containsExactly(tooLarge);
        assertThatThrownBy(() -> QualifiedCount.of(qualifier, MAX + 1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.figure must be at most 1000000000000, got 1000000000001");
    }

    @ParameterizedTest
    @EnumSource(value = CountQualifier.class, names = {"EXACTLY", "MORE_THAN", "AT_LEAST", "ABOUT", "UP_TO"})
    void accepts_a_figure_of_zero_and_rejects_a_negative_one(CountQualifier qualifier) {
        assertThat(QualifiedCount.validate(qualifier, 0)).isEmpty();
        assertThat(QualifiedCount.of(qualifier, 0).figure()).hasValue(0);

        assertThat(QualifiedCount.validate(qualifier, -1)).containsExactly(Violation.of("figure",
                ViolationCode.NEGATIVE, "QualifiedCount.figure must not be negative, got -1"));
        assertThatThrownBy(() -> QualifiedCount.of(qualifier, -1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.figure must not be negative, got -1");
        assertThat(QualifiedCount.validate(qualifier, Long.MIN_VALUE)).extracting(Violation::code)
                .containsExactly(ViolationCode.NEGATIVE);
    }

    @Test
    void rejects_fewer_than_zero() {
        assertThat(QualifiedCount.validate(CountQualifier.FEWER_THAN, 1)).isEmpty();
        assertThat(QualifiedCount.validate(CountQualifier.FEWER_THAN, 0)).containsExactly(Violation.of("figure",
                ViolationCode.OUT_OF_RANGE, "QualifiedCount.figure must be at least 1 for FEWER_THAN, got 0"));
        assertThatThrownBy(() -> QualifiedCount.fewerThan(0))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.figure must be at least 1 for FEWER_THAN, got 0");
        assertThat(QualifiedCount.validate(CountQualifier.FEWER_THAN, -1)).extracting(Violation::code)
                .containsExactly(ViolationCode.NEGATIVE);
    }

    @Test
    void rejects_between_with_a_single_figure() {
        assertThat(QualifiedCount.validate(CountQualifier.BETWEEN, 270)).containsExactly(Violation.of("qualifier",
                ViolationCode.NOT_APPLICABLE,
                "QualifiedCount.qualifier must not be BETWEEN with a single figure, use between(low, high), got BETWEEN"));
        assertThatThrownBy(() -> QualifiedCount.of(CountQualifier.BETWEEN, -1))
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: "
                        + "QualifiedCount.qualifier must not be BETWEEN with a single figure, use between(low, high), "
                        + "got BETWEEN; QualifiedCount.figure must not be negative, got -1");
    }

    @Test
    void accepts_a_range_of_one_number_and_rejects_an_inverted_one() {
        assertThat(QualifiedCount.validateBetween(270, 270)).isEmpty();
        assertThat(QualifiedCount.validateBetween(0, MAX)).isEmpty();

        assertThat(QualifiedCount.validateBetween(300, 270)).containsExactly(Violation.of("bounds",
                ViolationCode.COUNT_RANGE_INVERTED,
                "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=300, high=270"));
        assertThat(QualifiedCount.validateBetween(271, 270)).extracting(Violation::code)
                .containsExactly(ViolationCode.COUNT_RANGE_INVERTED);
        assertThatThrownBy(() -> QualifiedCount.between(300, 270))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=300, high=270");
    }

    @Test
    void checks_both_figures_of_a_range() {
        assertThat(QualifiedCount.validateBetween(-1, MAX + 1)).containsExactly(
                Violation.of("figure", ViolationCode.NEGATIVE, "QualifiedCount.figure must not be negative, got -1"),
                Violation.of("secondFigure", ViolationCode.OUT_OF_RANGE,
                        "QualifiedCount.secondFigure must be at most 1000000000000, got 1000000000001"));
        assertThatThrownBy(() -> QualifiedCount.between(-1, -2))
                .isInstanceOf(ValidationException.class)
                .hasMessage("3 violations: QualifiedCount.figure must not be negative, got -1; "
                        + "QualifiedCount.secondFigure must not be negative, got -2; "
                        + "QualifiedCount.bounds must satisfy low <= best <= high, got low=-1, best=-1, high=-2");
    }

    // ----------------------------------------------------------------------------------------
    // wording

    @Test
    void accepts_a_wording_of_200_characters_and_rejects_201() {
        String longest = "a".repeat(200);
        assertThat(QualifiedCount.validateWording(longest)).isEmpty();
        assertThat(QualifiedCount.exactly(1).withWording(longest).wording()).contains(longest);

        assertThat(QualifiedCount.validateWording("a".repeat(201))).containsExactly(Violation.of("wording",
                ViolationCode.TOO_LONG, "QualifiedCount.wording must be at most 200 characters long, got 201 characters"));
        assertThatThrownBy(() -> QualifiedCount.exactly(1).withWording("a".repeat(201)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.wording must be at most 200 characters long, got 201 characters");
    }

    @Test
    void rejects_a_blank_wording() {
        assertThat(QualifiedCount.validateWording("x")).isEmpty();
        assertThatThrownBy(() -> QualifiedCount.exactly(1).withWording(" \t"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.wording must not be blank, got ' \\u0009'");
        assertThat(QualifiedCount.validateWording("")).containsExactly(Violation.of("wording",
                ViolationCode.BLANK, "QualifiedCount.wording must not be blank, got ''"));
    }

    @Test
    void replaces_the_wording_and_keeps_the_rest() {
        QualifiedCount count = QualifiedCount.moreThan(270).withBounds(271, 300, OptionalLong.of(400));
        QualifiedCount worded = count.withWording("more than 270");

        assertThat(worded.withWording("over 270").wording()).contains("over 270");
        assertThat(worded.withWording("more than 270")).isSameAs(worded);
        assertThat(worded.low()).isEqualTo(271);
        assertThat(worded.best()).hasValue(300);
        assertThat(worded.high()).hasValue(400);
    }

    // ----------------------------------------------------------------------------------------
    // an analyst's bounds

    @Test
    void overrides_the_derived_bounds_with_an_analysts_estimate() {
        QualifiedCount killed = QualifiedCount.moreThan(270).withWording("over 270");
        QualifiedCount estimated = killed.withBounds(271, 271, OptionalLong.of(400));

        assertThat(estimated.qualifier()).isEqualTo(CountQualifier.MORE_THAN);
        assertThat(estimated.figure()).hasValue(270);
        assertThat(estimated.wording()).contains("over 270");
        assertThat(estimated.high()).hasValue(400);
        assertThat(estimated.isUnbounded()).isFalse();
        assertThat(estimated.hasDerivedBounds()).isFalse();
        assertThat(estimated).isNotEqualTo(killed).hasToString(">270 [271..400]");
        assertThat(estimated.withBounds(271, 271, UNBOUNDED)).isEqualTo(killed).hasToString(">270");
    }

    @Test
    void shows_the_best_estimate_when_it_is_not_the_low_bound() {
        assertThat(QualifiedCount.about(270).withBounds(250, 260, OptionalLong.of(290)))
                .hasToString("~270 [250..260..290]");
        assertThat(QualifiedCount.atLeast(270).withBounds(280, 280, UNBOUNDED)).hasToString("≥270 [280..∞]");
        assertThat(QualifiedCount.between(270, 300).withBounds(270, 285, OptionalLong.of(300)))
                .hasToString("270–300 [270..285..300]");
        assertThat(QualifiedCount.upTo(270).withBounds(0, 270, OptionalLong.of(270))).hasToString("≤270");
    }

    @Test
    void returns_the_same_count_when_the_bounds_do_not_change() {
        QualifiedCount count = QualifiedCount.about(270);
        assertThat(count.withBounds(243, 270, OptionalLong.of(297))).isSameAs(count);
    }

    @Test
    void accepts_bounds_that_meet_and_rejects_bounds_out_of_order() {
        QualifiedCount count = QualifiedCount.moreThan(270);
        assertThat(count.validateBounds(271, 271, OptionalLong.of(271))).isEmpty();
        assertThat(count.validateBounds(0, 0, OptionalLong.of(0))).isEmpty();
        assertThat(count.validateBounds(0, MAX, UNBOUNDED)).isEmpty();

        assertThat(count.validateBounds(300, 270, UNBOUNDED)).containsExactly(Violation.of("bounds",
                ViolationCode.COUNT_RANGE_INVERTED,
                "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞"));
        assertThatThrownBy(() -> count.withBounds(300, 270, UNBOUNDED))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞");
        assertThat(count.validateBounds(271, 400, OptionalLong.of(399))).containsExactly(Violation.of("bounds",
                ViolationCode.COUNT_RANGE_INVERTED,
                "QualifiedCount.bounds must satisfy low <= best <= high, got low=271, best=400, high=399"));
        assertThat(count.validateBounds(272, 271, OptionalLong.of(400))).extracting(Violation::code)
                .containsExactly(ViolationCode.COUNT_RANGE_INVERTED);
    }

    @Test
    void accepts_bounds_from_zero_to_the_maximum_and_rejects_bounds_beyond() {
        QualifiedCount count = QualifiedCount.exactly(5);
        assertThat(count.validateBounds(0, 0, OptionalLong.of(MAX))).isEmpty();

        assertThat(count.validateBounds(-1, 0, OptionalLong.of(MAX + 1))).containsExactly(
                Violation.of("low", ViolationCode.NEGATIVE, "QualifiedCount.low must not be negative, got -1"),
                Violation.of("high", ViolationCode.OUT_OF_RANGE,
                        "QualifiedCount.high must be at most 1000000000000, got 1000000000001"));
        assertThat(count.validateBounds(0, MAX + 1, UNBOUNDED)).containsExactly(Violation.of("best",
                ViolationCode.OUT_OF_RANGE, "QualifiedCount.best must be at most 1000000000000, got 1000000000001"));
        assertThatThrownBy(() -> count.withBounds(0, -1, OptionalLong.of(-2)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("3 violations: QualifiedCount.best must not be negative, got -1; "
                        + "QualifiedCount.high must not be negative, got -2; "
                        + "QualifiedCount.bounds must satisfy low <= best <= high, got low=0, best=-1, high=-2");
    }

    @Test
    void always_accepts_the_derived_bounds_even_above_the_maximum() {
        QualifiedCount largest = QualifiedCount.moreThan(MAX);
        QualifiedCount estimated = largest.withBounds(MAX, MAX, UNBOUNDED);

        assertThat(largest.validateBounds(MAX + 1, MAX + 1, UNBOUNDED)).isEmpty();
        assertThat(estimated.withBounds(MAX + 1, MAX + 1, UNBOUNDED)).isEqualTo(largest);
        assertThat(QualifiedCount.exactly(MAX).validateBounds(MAX + 1, MAX + 1, UNBOUNDED))
                .extracting(Violation::code)
                .containsExactly(ViolationCode.OUT_OF_RANGE, ViolationCode.OUT_OF_RANGE);
    }

    // ----------------------------------------------------------------------------------------
    // predicates

    @Test
    void contains_the_numbers_between_its_bounds_included() {
        QualifiedCount about = QualifiedCount.about(270);
        assertThat(about.contains(242)).isFalse();
        assertThat(about.contains(243)).isTrue();
        assertThat(about.contains(297)).isTrue();
        assertThat(about.contains(298)).isFalse();
        assertThat(QualifiedCount.upTo(5).contains(0)).isTrue();
        assertThat(QualifiedCount.upTo(5).contains(-1)).isFalse();
    }

    static Stream<Arguments> overlapping() {
        return Stream.of(
                Arguments.of(QualifiedCount.moreThan(270), QualifiedCount.about(270), true),
                Arguments.of(QualifiedCount.moreThan(270), QualifiedCount.between(200, 300), true),
                Arguments.of(QualifiedCount.moreThan(270), QualifiedCount.atLeast(1000), true),
                Arguments.of(QualifiedCount.atLeast(270), QualifiedCount.between(0, 270), true),
                Arguments.of(QualifiedCount.moreThan(270), QualifiedCount.exactly(270), false),
                Arguments.of(QualifiedCount.moreThan(270), QualifiedCount.fewerThan(270), false),
                Arguments.of(QualifiedCount.moreThan(270), QualifiedCount.upTo(271), true),
                Arguments.of(QualifiedCount.exactly(270), QualifiedCount.exactly(271), false),
                Arguments.of(QualifiedCount.moreThan(270).withBounds(271, 271, OptionalLong.of(400)),
                        QualifiedCount.atLeast(401), false));
    }

    @ParameterizedTest(name = "{0} overlaps {1}: {2}")
    @MethodSource("overlapping")
    void overlaps_when_the_ranges_intersect_in_both_directions(QualifiedCount one, QualifiedCount other,
            boolean expected) {
        assertThat(one.overlaps(other)).isEqualTo(expected);
        assertThat(other.overlaps(one)).isEqualTo(expected);
    }

    // ----------------------------------------------------------------------------------------
    // equality, order, serialization

    @Test
    void equal_when_qualifier_figures_wording_and_bounds_are_equal() {
        QualifiedCount killed = QualifiedCount.moreThan(270).withWording("over 270");
        QualifiedCount same = QualifiedCount.of(CountQualifier.MORE_THAN, 270).withWording("over 270");

        assertThat(same).isEqualTo(killed).hasSameHashCodeAs(killed);
        assertThat(QualifiedCount.between(270, 300)).isEqualTo(QualifiedCount.between(270, 300))
                .hasSameHashCodeAs(QualifiedCount.between(270, 300));
        assertThat(killed).isNotEqualTo(QualifiedCount.moreThan(270))
                .isNotEqualTo(killed.withWording("more than 270"))
                .isNotEqualTo(killed.withBounds(271, 271, OptionalLong.of(400)))
                .isNotEqualTo(QualifiedCount.moreThan(271).withWording("over 270"))
                .isNotEqualTo(null)
                .isNotEqualTo(">270");
        assertThat(QualifiedCount.between(270, 300)).isNotEqualTo(QualifiedCount.between(270, 301));
        // same bounds, different statements
        assertThat(QualifiedCount.exactly(270))
                .isNotEqualTo(QualifiedCount.about(270).withBounds(270, 270, OptionalLong.of(270)));
    }

    @Test
    void orders_by_best_estimate_then_low_then_high() {
        List<QualifiedCount> counts = new ArrayList<>(List.of(QualifiedCount.moreThan(270),
                QualifiedCount.exactly(271), QualifiedCount.atLeast(270), QualifiedCount.exactly(270),
                QualifiedCount.about(270)));
        counts.sort(QualifiedCount.BY_BEST);

        assertThat(counts).containsExactly(QualifiedCount.about(270), QualifiedCount.exactly(270),
                QualifiedCount.atLeast(270), QualifiedCount.exactly(271), QualifiedCount.moreThan(270));
    }

    static Stream<Arguments> by_best_tie_breaks() {
        OptionalLong to280 = OptionalLong.of(280);
        return Stream.of(
                Arguments.of("best", QualifiedCount.exactly(270).withBounds(260, 270, to280),
                        QualifiedCount.exactly(270).withBounds(260, 271, to280)),
                Arguments.of("low", QualifiedCount.exactly(270).withBounds(260, 270, to280),
                        QualifiedCount.exactly(270).withBounds(261, 270, to280)),
                Arguments.of("high", QualifiedCount.exactly(270).withBounds(260, 270, OptionalLong.of(279)),
                        QualifiedCount.exactly(270).withBounds(260, 270, to280)),
                Arguments.of("high, unbounded last", QualifiedCount.exactly(270).withBounds(260, 270, to280),
                        QualifiedCount.exactly(270).withBounds(260, 270, OptionalLong.empty())),
                Arguments.of("qualifier", QualifiedCount.exactly(270).withBounds(260, 270, to280),
                        QualifiedCount.about(270).withBounds(260, 270, to280)),
                Arguments.of("figure", QualifiedCount.exactly(269).withBounds(260, 270, to280),
                        QualifiedCount.exactly(270).withBounds(260, 270, to280)),
                Arguments.of("second figure", QualifiedCount.between(260, 279).withBounds(260, 270, to280),
                        QualifiedCount.between(260, 280).withBounds(260, 270, to280)),
                Arguments.of("wording, absent first", QualifiedCount.exactly(270).withBounds(260, 270, to280),
                        QualifiedCount.exactly(270).withBounds(260, 270, to280).withWording("270")),
                Arguments.of("wording, alphabetically", QualifiedCount.exactly(270).withWording("270 dead"),
                        QualifiedCount.exactly(270).withWording("270 people")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("by_best_tie_breaks")
    void by_best_breaks_a_tie_on_everything_before_by(String attribute, QualifiedCount first,
            QualifiedCount second) {
        assertThat(QualifiedCount.BY_BEST.compare(first, second)).as(attribute).isNegative();
        assertThat(QualifiedCount.BY_BEST.compare(second, first)).as(attribute).isPositive();
        assertThat(first).isNotEqualTo(second);
        assertThat(first.hashCode()).as(attribute).isNotEqualTo(second.hashCode());
    }

    @Test
    void orders_counts_with_the_same_bounds_by_what_the_source_wrote() {
        QualifiedCount exactly = QualifiedCount.exactly(270);
        QualifiedCount about = QualifiedCount.about(270).withBounds(270, 270, OptionalLong.of(270));
        QualifiedCount worded = exactly.withWording("270");

        assertThat(QualifiedCount.BY_BEST.compare(exactly, about)).isNegative();
        assertThat(QualifiedCount.BY_BEST.compare(about, exactly)).isPositive();
        assertThat(QualifiedCount.BY_BEST.compare(exactly, worded)).isNegative();
        assertThat(QualifiedCount.BY_BEST.compare(worded, worded.withWording("270 people"))).isNegative();
        assertThat(QualifiedCount.BY_BEST.compare(worded, QualifiedCount.exactly(270).withWording("270"))).isZero();
    }

    @Test
    void survives_java_serialization() {
        List<QualifiedCount> counts = List.of(
                QualifiedCount.moreThan(270).withWording("over 270"),
                QualifiedCount.moreThan(270).withBounds(271, 300, OptionalLong.of(400)),
                QualifiedCount.between(270, 300),
                QualifiedCount.atLeast(MAX).withBounds(MAX, MAX, UNBOUNDED),
                QualifiedCount.moreThan(MAX));
        for (QualifiedCount count : counts) {
            QualifiedCount copy = SerializationSupport.roundTrip(count);
            assertThat(copy).isEqualTo(count).hasToString(count.toString());
        }
    }

    @Test
    void rejects_a_forged_stream_that_breaks_the_rules() throws Exception {
        QualifiedCount count = QualifiedCount.exactly(1)
                .withBounds(111_111_111, 222_222_222, OptionalLong.of(333_333_333));
        byte[] forged = replace(serialize(count), longBytes(222_222_222), longBytes(444_444_444));

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("QualifiedCount.bounds must satisfy low <= best <= high, "
                        + "got low=111111111, best=444444444, high=333333333")
                .hasCauseInstanceOf(ValidationException.class);
    }

    @Test
    void rejects_a_forged_stream_of_a_vague_qualifier_with_a_figure() throws Exception {
        byte[] forged = replace(serialize(QualifiedCount.exactly(5)),
                "EXACTLY".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "SEVERAL".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> deserialize(forged))
                .isInstanceOf(InvalidObjectException.class)
                .hasMessage("QualifiedCount.figure must be absent exactly for a vague qualifier, got 5 for SEVERAL");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        QualifiedCount count = QualifiedCount.exactly(1);
        assertThatThrownBy(() -> QualifiedCount.of(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("qualifier");
        assertThatThrownBy(() -> QualifiedCount.validate(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("qualifier");
        assertThatThrownBy(() -> QualifiedCount.validateWording(null))
                .isInstanceOf(NullPointerException.class).hasMessage("wording");
        assertThatThrownBy(() -> count.withWording(null))
                .isInstanceOf(NullPointerException.class).hasMessage("wording");
        assertThatThrownBy(() -> count.withBounds(0, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("high");
        assertThatThrownBy(() -> count.validateBounds(0, 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("high");
        assertThatThrownBy(() -> count.overlaps(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    // ----------------------------------------------------------------------------------------
    // properties over seeded random counts

    /** Rounds of each property; mutation testing runs fewer ({@link RandomValues#rounds}). */
    private static final int ITERATIONS = RandomValues.rounds(2_000);
    private static final CountQualifier[] QUALIFIERS = CountQualifier.values();
    private static final String[] WORDINGS = {"over 270", "more than 270", "about 270", "270", "at least 270"};

    @Test
    void every_count_has_ordered_bounds_that_contain_its_best_estimate() {
        forAll("ordered bounds", random -> {
            QualifiedCount count = randomCount(random);
            assertThat(count.low()).as("low of %s", count).isNotNegative()
                    .isLessThanOrEqualTo(count.best().orElse(count.low()));
            count.best().ifPresent(best -> assertThat(count.contains(best)).as("%s contains its best", count).isTrue());
            assertThat(count.best().isEmpty() || !count.isVague() || !count.hasDerivedBounds())
                    .as("a vague count has no best of its own: %s", count).isTrue();
            assertThat(count.figure().isEmpty()).as("%s has a figure iff not vague", count).isEqualTo(count.isVague());
            assertThat(count.contains(count.low())).as("%s contains its low", count).isTrue();
            assertThat(count.contains(count.low() - 1)).as("%s contains low - 1", count).isFalse();
            assertThat(count.isUnbounded()).isEqualTo(count.high().isEmpty());
            count.high().ifPresent(high -> {
                assertThat(count.best().orElse(high)).as("best of %s", count).isLessThanOrEqualTo(high);
                assertThat(count.contains(high)).as("%s contains its high", count).isTrue();
                assertThat(count.contains(high + 1)).as("%s contains high + 1", count).isFalse();
            });
            assertThat(withBoundsOf(count, count)).isSameAs(count);
        });
    }

    @Test
    void overlaps_is_reflexive_symmetric_and_means_a_shared_number() {
        forAll("overlaps", random -> {
            QualifiedCount one = randomCount(random);
            QualifiedCount other = randomCount(random);
            assertThat(one.overlaps(one)).as("%s overlaps itself", one).isTrue();
            assertThat(one.overlaps(other)).as("%s overlaps %s both ways", one, other)
                    .isEqualTo(other.overlaps(one));
            long candidate = Math.max(one.low(), other.low());
            assertThat(one.overlaps(other)).as("%s overlaps %s iff both contain %d", one, other, candidate)
                    .isEqualTo(one.contains(candidate) && other.contains(candidate));
        });
    }

    @Test
    void by_best_is_a_total_order_consistent_with_equals() {
        forAll("BY_BEST", random -> {
            List<QualifiedCount> counts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                // copies built again from scratch make equal counts that are distinct instances
                counts.add(i > 0 && random.nextInt(4) == 0 ? rebuild(counts.get(random.nextInt(i))) : randomCount(random));
            }
            for (QualifiedCount a : counts) {
                for (QualifiedCount b : counts) {
                    int ab = QualifiedCount.BY_BEST.compare(a, b);
                    assertThat(Integer.signum(ab)).as("sign of %s vs %s", a, b)
                            .isEqualTo(-Integer.signum(QualifiedCount.BY_BEST.compare(b, a)));
                    assertThat(ab == 0).as("%s vs %s is zero iff equal", a, b).isEqualTo(a.equals(b));
                    if (a.equals(b)) {
                        assertThat(a.hashCode()).isEqualTo(b.hashCode());
                    }
                    for (QualifiedCount c : counts) {
                        if (ab <= 0 && QualifiedCount.BY_BEST.compare(b, c) <= 0) {
                            assertThat(QualifiedCount.BY_BEST.compare(a, c)).as("%s <= %s <= %s", a, b, c)
                                    .isNotPositive();
                        }
                    }
                }
            }
        });
    }

    @Test
    void validate_reports_exactly_what_the_factories_throw() {
        forAll("validate", random -> {
            CountQualifier qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
            long figure = anyFigure(random);
            long second = anyFigure(random);
            assertThat(QualifiedCount.validate(qualifier, figure))
                    .isEqualTo(violationsOf(() -> QualifiedCount.of(qualifier, figure)));
            assertThat(QualifiedCount.validateBetween(figure, second))
                    .isEqualTo(violationsOf(() -> QualifiedCount.between(figure, second)));
            assertThat(QualifiedCount.validateVague(qualifier))
                    .isEqualTo(violationsOf(() -> QualifiedCount.vague(qualifier)));
        });
    }

    @Test
    void random_counts_survive_java_serialization() {
        forAll("serialization", random -> {
            QualifiedCount count = randomCount(random);
            if (random.nextInt(10) == 0) {
                assertThat(SerializationSupport.roundTrip(count)).isEqualTo(count);
            }
        });
    }

    /** Runs a property many times over one seeded generator; the seed is in the failure message. */
    private static void forAll(String property, Consumer<Random> check) {
        long seed = Long.getLong("demarche.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int i = 0; i < ITERATIONS; i++) {
            try {
                check.accept(random);
            } catch (AssertionError | RuntimeException e) {
                String message = "property '" + property + "' failed at iteration " + i + " with seed " + seed
                        + "; rerun with -Ddemarche.seed=" + seed;
                System.err.println(message);
                throw new AssertionError(message, e);
            }
        }
    }

    private static QualifiedCount randomCount(Random random) {
        CountQualifier qualifier = QUALIFIERS[random.nextInt(QUALIFIERS.length)];
        QualifiedCount count;
        if (qualifier == CountQualifier.BETWEEN) {
            long a = validFigure(random);
            long b = validFigure(random);
            count = QualifiedCount.between(Math.min(a, b), Math.max(a, b));
        } else if (qualifier.isVague()) {
            count = QualifiedCount.vague(qualifier);
        } else {
            long figure = validFigure(random);
            count = QualifiedCount.of(qualifier, qualifier == CountQualifier.FEWER_THAN ? Math.max(1, figure) : figure);
        }
        if (random.nextInt(4) == 0) {
            count = count.withWording(WORDINGS[random.nextInt(WORDINGS.length)]);
        }
        if (random.nextInt(3) == 0) {
            long[] bounds = {validFigure(random), validFigure(random), validFigure(random)};
            Arrays.sort(bounds);
            OptionalLong high = random.nextInt(4) == 0 ? OptionalLong.empty() : OptionalLong.of(bounds[2]);
            count = random.nextInt(4) == 0 ? count.withBounds(bounds[0], high)
                    : count.withBounds(bounds[0], bounds[1], high);
        }
        return count;
    }

    /** Small figures that collide often, figures near the article's, near the maximum, and anywhere. */
    private static long validFigure(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(8);
            case 1:
                return 265 + random.nextInt(10);
            case 2:
                return MAX - random.nextInt(3);
            default:
                return Math.floorMod(random.nextLong(), MAX + 1);
        }
    }

    /** Valid figures and invalid ones on both sides. */
    private static long anyFigure(Random random) {
        switch (random.nextInt(4)) {
            case 0:
                return random.nextInt(5) - 2;
            case 1:
                return MAX - 2 + random.nextInt(5);
            case 2:
                return random.nextLong();
            default:
                return validFigure(random);
        }
    }

    private static QualifiedCount rebuild(QualifiedCount count) {
        QualifiedCount copy;
        if (count.isVague()) {
            copy = QualifiedCount.vague(count.qualifier());
        } else if (count.qualifier() == CountQualifier.BETWEEN) {
            copy = QualifiedCount.between(count.figure().getAsLong(), count.secondFigure().getAsLong());
        } else {
            copy = QualifiedCount.of(count.qualifier(), count.figure().getAsLong());
        }
        if (count.wording().isPresent()) {
            copy = copy.withWording(count.wording().get());
        }
        return withBoundsOf(copy, count);
    }

    /** The count with the bounds of another, with its best estimate or without one. */
    private static QualifiedCount withBoundsOf(QualifiedCount count, QualifiedCount bounds) {
        return bounds.best().isPresent() ? count.withBounds(bounds.low(), bounds.best().getAsLong(), bounds.high())
                : count.withBounds(bounds.low(), bounds.high());
    }

    private static List<Violation> violationsOf(Runnable factory) {
        try {
            factory.run();
            return List.of();
        } catch (ValidationException e) {
            return e.violations();
        }
    }

    // ----------------------------------------------------------------------------------------
    // serialization helpers

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

    private static byte[] longBytes(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static byte[] replace(byte[] bytes, byte[] target, byte[] replacement) {
        byte[] result = bytes.clone();
        int found = 0;
        for (int i = 0; i + target.length <= result.length; i++) {
            if (Arrays.equals(result, i, i + target.length, target, 0, target.length)) {
                System.arraycopy(replacement, 0, result, i, replacement.length);
                found++;
            }
        }
        assertThat(found).as("occurrences of the value to forge").isEqualTo(1);
        return result;
    }

    @Test
    void a_given_high_of_the_largest_long_is_out_of_range_not_unbounded() {
        QualifiedCount killed = QualifiedCount.moreThan(270);

        assertThatThrownBy(() -> killed.withBounds(271, 271, OptionalLong.of(Long.MAX_VALUE)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("QualifiedCount.high must be at most 1000000000000, got 9223372036854775807");
        assertThat(killed.validateBounds(271, 280, OptionalLong.of(Long.MAX_VALUE)))
                .extracting(Violation::path, Violation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("high", ViolationCode.OUT_OF_RANGE));
        assertThat(killed.validateBounds(271, 271, OptionalLong.of(QualifiedCount.MAX_FIGURE))).isEmpty();
        assertThat(killed.withBounds(271, 271, OptionalLong.empty())).isSameAs(killed);
    }
}
