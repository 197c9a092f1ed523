package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuadClassTest {

    @ParameterizedTest
    @EnumSource(QuadClass.class)
    void reads_back_the_number_gdelt_writes(QuadClass quadClass) {
        assertThat(QuadClass.of(quadClass.number())).isSameAs(quadClass);
    }

    @Test
    void numbers_and_kinds_follow_gdelt() {
        assertThat(QuadClass.VERBAL_COOPERATION.number()).isEqualTo(1);
        assertThat(QuadClass.MATERIAL_COOPERATION.number()).isEqualTo(2);
        assertThat(QuadClass.VERBAL_CONFLICT.number()).isEqualTo(3);
        assertThat(QuadClass.MATERIAL_CONFLICT.number()).isEqualTo(4);
        assertThat(QuadClass.MATERIAL_COOPERATION.isCooperation()).isTrue();
        assertThat(QuadClass.MATERIAL_COOPERATION.isMaterial()).isTrue();
        assertThat(QuadClass.VERBAL_CONFLICT.isCooperation()).isFalse();
        assertThat(QuadClass.VERBAL_CONFLICT.isMaterial()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 5, -1, Integer.MAX_VALUE})
    void refuses_a_number_outside_one_to_four(int number) {
        String message = "QuadClass.number must be 1 to 4, got " + number;
        assertThatThrownBy(() -> QuadClass.of(number)).isInstanceOf(ValidationException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of("number", ViolationCode.OUT_OF_RANGE, message)));
    }

    @Test
    void assigns_the_cameo_roots_as_gdelt_event_rows_do() {
        // as the QuadClass column of GDELT 1.0 and 2.0 event rows pairs it with EventRootCode
        for (int root = 1; root <= 20; root++) {
            QuadClass expected = root <= 5 ? QuadClass.VERBAL_COOPERATION : root <= 9 ? QuadClass.MATERIAL_COOPERATION
                    : root <= 14 ? QuadClass.VERBAL_CONFLICT : QuadClass.MATERIAL_CONFLICT;
            assertThat(QuadClass.ofRoot(root)).as("root %d", root).isEqualTo(expected);
        }
    }
}
