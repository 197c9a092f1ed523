package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CodingTest {

    @Test
    void scores_by_the_source_when_it_gives_a_score_and_by_the_code_otherwise() {
        assertThat(Coding.of(CameoCode.gdelt("050")).goldsteinScore()).hasValue(3.5);
        assertThat(Coding.of(CameoCode.icews("016")).goldsteinScore()).hasValue(-5.0);
        assertThat(Coding.builder().cameoCode(CameoCode.gdelt("050")).reportedScore(new BigDecimal("3.0")).build()
                .goldsteinScore()).hasValue(3.0);
        assertThat(Coding.builder().ploverType(PloverEventType.AGREE).build().goldsteinScore()).isEmpty();
    }

    @Test
    void keeps_the_digits_of_the_reported_score() {
        Coding five = Coding.builder().cameoCode(CameoCode.icews("102")).reportedScore(new BigDecimal("-5")).build();
        Coding fivePointZero = Coding.builder().cameoCode(CameoCode.icews("102")).reportedScore(new BigDecimal("-5.0"))
                .build();
        assertThat(five).isNotEqualTo(fivePointZero);
        assertThat(five).hasToString("Coding[CAMEO 102 (ICEWS) score -5]");
        assertThat(Coding.builder().from(five).build()).isEqualTo(five).hasSameHashCodeAs(five);
        assertThat(SerializationSupport.roundTrip(five)).isEqualTo(five);
    }

    @Test
    void keeps_a_plover_coding_as_written() {
        Coding plover = Coding.builder().ploverType(PloverEventType.DISAPPROVE).ploverMode(PloverMode.parse("disapprove"))
                .addPloverContexts(PloverContext.parse("refugees")).build();
        assertThat(plover.ploverType()).contains(PloverEventType.DISAPPROVE);
        assertThat(plover).hasToString("Coding[PLOVER DISAPPROVE disapprove refugees]");
    }

    @Test
    void accepts_scores_within_ten_and_rejects_beyond() {
        assertThat(Coding.builder().cameoCode(CameoCode.gdelt("190")).reportedScore(new BigDecimal("-10.0")).validate())
                .isEmpty();
        assertThat(Coding.builder().cameoCode(CameoCode.gdelt("190")).reportedScore(new BigDecimal("-10.1")).validate())
                .containsExactly(Violation.of("reportedScore", ViolationCode.OUT_OF_RANGE,
                        "Coding.reportedScore must be within [-10, 10], got -10.1"));
    }

    @Test
    void needs_a_code_or_a_type_and_a_type_for_a_mode_or_context() {
        assertThatThrownBy(() -> Coding.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessage("Coding must have a CAMEO code or a PLOVER type, got neither");
        assertThat(Coding.builder().cameoCode(CameoCode.gdelt("010")).ploverMode(PloverMode.parse("disapprove"))
                .validate()).containsExactly(Violation.of("ploverMode", ViolationCode.INCONSISTENT,
                        "Coding.ploverMode must come with a PLOVER type, got no type"));
        assertThat(Coding.builder().cameoCode(CameoCode.gdelt("010")).addPloverContexts(PloverContext.parse("refugees"))
                .validate()).extracting(Violation::path).containsExactly("ploverContexts");
        PloverContext refugees = PloverContext.parse("refugees");
        assertThat(Coding.builder().ploverType(PloverEventType.AGREE).addPloverContexts(refugees, refugees).validate())
                .containsExactly(Violation.of("ploverContexts[1]", ViolationCode.DUPLICATE,
                        "Coding.ploverContexts[1] must name each context once, got 'refugees'"));
    }
}
