package io.github.demarche.analysis;

import static io.github.demarche.analysis.Samples.actor;
import static io.github.demarche.analysis.Samples.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.SerializationSupport;
import io.github.demarche.Stance;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StanceShiftTest {

    private static final Actor A = actor("a");

    private static AttributedStance on(String date, StanceType type) {
        Statement statement = statement("s" + Math.abs(date.hashCode()), date, A, type);
        return AttributedStance.of(A, statement, statement.stances().get(0));
    }

    static Stream<Arguments> ordered() {
        return Stream.of(
                Arguments.of("2021-03-01", StanceType.CONCERN, "2021-03-05", StanceType.SUPPORT,
                        ShiftDirection.TOWARD_COOPERATION, 3.8),
                Arguments.of("2021-03-early", StanceType.INTEND_TO_MEDIATE, "2021-03-23", StanceType.SUPPORT,
                        ShiftDirection.TOWARD_CONFLICT, -1.6),
                Arguments.of("2021-03-10", StanceType.SUPPORT, "2021-03-11", StanceType.PRAISE,
                        ShiftDirection.UNCHANGED, 0.0),
                Arguments.of("2021-03-early", StanceType.APPEAL, "2021-03-11", StanceType.VETO,
                        ShiftDirection.TOWARD_CONFLICT, -8.0),
                Arguments.of("2021-02", StanceType.VETO, "2021-03-early", StanceType.APPEAL,
                        ShiftDirection.TOWARD_COOPERATION, 8.0));
    }

    @ParameterizedTest(name = "{0} {1} -> {2} {3}: {4} {5}")
    @MethodSource("ordered")
    void gives_direction_and_change_when_the_first_date_is_certainly_before(String fromDate, StanceType fromType,
            String toDate, StanceType toType, ShiftDirection direction, double change) {
        StanceShift shift = StanceShift.of(on(fromDate, fromType), on(toDate, toType));
        assertThat(shift.isOrdered()).isTrue();
        assertThat(shift.direction()).isEqualTo(direction);
        assertThat(shift.change()).hasValue(change);
        assertThat(shift.magnitude()).isEqualTo(Math.abs(change));
    }

    static Stream<Arguments> unordered() {
        return Stream.of(
                Arguments.of("2021-03-early", "2021-03"),
                Arguments.of("2021-03", "2021-03-early"),
                Arguments.of("2021-03-early", "2021-03-10"),
                Arguments.of("2021-03-23", "2021-03-23"),
                Arguments.of("2021-02-01/2021-03-24", "2021-03-23"),
                Arguments.of("2021-02-01/..", "2021-12-31"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("unordered")
    void is_unordered_without_direction_or_change_when_the_dates_overlap(String fromDate, String toDate) {
        StanceShift shift = StanceShift.of(on(fromDate, StanceType.CONCERN), on(toDate, StanceType.SUPPORT));
        assertThat(shift.isOrdered()).isFalse();
        assertThat(shift.direction()).isEqualTo(ShiftDirection.UNORDERED);
        assertThat(shift.change()).isEmpty();
        assertThat(shift.magnitude()).isEqualTo(3.8);
    }

    @Test
    void rounds_the_change_to_one_decimal() {
        Stance weighed = Stance.builder().type(StanceType.THREATEN_SANCTIONS).target(Samples.TOPIC).contemplated(true)
                .build();
        Statement first = statement("weighed", "2021-03-01", A, weighed);
        StanceShift shift = StanceShift.of(AttributedStance.of(A, first, weighed), on("2021-03-02", StanceType.SUPPORT));
        assertThat(shift.change()).hasValue(6.3);  // -2.9 to 3.4
    }

    @Test
    void rejects_a_to_dated_before_from() {
        assertThatThrownBy(() -> StanceShift.of(on("2021-03-23", StanceType.SUPPORT), on("2021-03-early",
                StanceType.SUPPORT))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .returns("to", Violation::path).returns(ViolationCode.INCONSISTENT, Violation::code))
                .hasMessage("StanceShift.to must not be dated before from, got from=2021-03-23, to=2021-03-early");
    }

    @Test
    void has_a_short_to_string() {
        assertThat(StanceShift.of(on("2021-03-early", StanceType.INTEND_TO_MEDIATE), on("2021-03-23",
                StanceType.SUPPORT))).hasToString(
                "StanceShift[INTEND_TO_MEDIATE 2021-03-early -> SUPPORT 2021-03-23: TOWARD_CONFLICT -1.6]");
        assertThat(StanceShift.of(on("2021-03-01", StanceType.CONCERN), on("2021-03-05", StanceType.SUPPORT)))
                .hasToString("StanceShift[CONCERN 2021-03-01 -> SUPPORT 2021-03-05: TOWARD_COOPERATION +3.8]");
        assertThat(StanceShift.of(on("2021-03", StanceType.CONCERN), on("2021-03-23", StanceType.SUPPORT)))
                .hasToString("StanceShift[CONCERN 2021-03 -> SUPPORT 2021-03-23: UNORDERED]");
    }

    @Test
    void is_equal_by_its_stances() {
        StanceShift shift = StanceShift.of(on("2021-03-01", StanceType.CONCERN), on("2021-03-05", StanceType.SUPPORT));
        assertThat(shift).isEqualTo(StanceShift.of(shift.from(), shift.to())).hasSameHashCodeAs(
                StanceShift.of(shift.from(), shift.to()));
        assertThat(shift).isNotEqualTo(StanceShift.of(shift.from(), shift.from()));
        assertThat(SerializationSupport.roundTrip(shift)).isEqualTo(shift);
    }

    @Test
    void rejects_null_arguments_naming_them() {
        AttributedStance stance = on("2021-03-01", StanceType.CONCERN);
        assertThatThrownBy(() -> StanceShift.of(null, stance)).isInstanceOf(NullPointerException.class)
                .hasMessage("from");
        assertThatThrownBy(() -> StanceShift.of(stance, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("to");
    }
}
