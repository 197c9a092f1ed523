package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FigureHedgeTest {

    @Test
    void keeps_the_kind_and_the_sources_wording() {
        FigureHedge higher = FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "the real toll is likely considerably higher");
        assertThat(higher.kind()).isEqualTo(FigureHedge.Kind.LIKELY_HIGHER);
        assertThat(higher.wording()).contains("the real toll is likely considerably higher");
        assertThat(higher).hasToString("likely_higher 'the real toll is likely considerably higher'");
        FigureHedge rise = FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE);
        assertThat(rise.wording()).isEmpty();
        assertThat(rise).hasToString("expected_to_rise").isEqualTo(FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE));
    }

    @Test
    void accepts_a_wording_of_200_characters_and_rejects_201() {
        assertThat(FigureHedge.validateWording("a".repeat(200))).isEmpty();
        assertThat(FigureHedge.validateWording("a".repeat(201))).containsExactly(Violation.of("wording",
                ViolationCode.TOO_LONG, "FigureHedge.wording must be at most 200 characters long, got 201 characters"));
    }

    @Test
    void rejects_a_blank_wording_and_one_on_two_lines() {
        assertThatThrownBy(() -> FigureHedge.of(FigureHedge.Kind.PRELIMINARY, " "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("FigureHedge.wording must not be blank, got ' '");
        assertThat(FigureHedge.validateWording("preliminary\nfigures")).containsExactly(Violation.of("wording",
                ViolationCode.INVALID_CHARACTER,
                "FigureHedge.wording must not contain line breaks, got 'preliminary\\u000afigures' (U+000A at index 11)"));
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> FigureHedge.of(null)).isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> FigureHedge.of(FigureHedge.Kind.MINIMUM, null))
                .isInstanceOf(NullPointerException.class).hasMessage("wording");
        assertThatThrownBy(() -> FigureHedge.validateWording(null))
                .isInstanceOf(NullPointerException.class).hasMessage("wording");
    }
}
