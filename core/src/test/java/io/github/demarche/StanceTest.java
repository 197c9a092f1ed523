package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StanceTest {

    private static final StanceTarget SITUATION = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
    private static final StanceTarget OTHER = StanceTarget.topic("the democratic transition", "transition");

    private static Stance stance(StanceType type, StanceTarget target) {
        return Stance.builder().type(type).target(target).build();
    }

    static Stream<Arguments> scores() {
        return Stream.of(
                Arguments.of(StanceType.CONCERN, Intensity.NORMAL, false, -0.4),
                Arguments.of(StanceType.CONCERN, Intensity.HIGH, false, -0.6),
                Arguments.of(StanceType.CONCERN, Intensity.LOW, false, -0.2),
                Arguments.of(StanceType.THREATEN_SANCTIONS, Intensity.NORMAL, true, -2.9),
                Arguments.of(StanceType.THREATEN_SANCTIONS, Intensity.HIGH, false, -8.7),
                Arguments.of(StanceType.INTEND_TO_MEDIATE, Intensity.HIGH, false, 7.5),
                Arguments.of(StanceType.INTEND_TO_MEDIATE, Intensity.HIGH, true, 3.8),
                Arguments.of(StanceType.NEUTRAL, Intensity.HIGH, false, 0.0),
                Arguments.of(StanceType.SUPPORT, Intensity.NORMAL, false, 3.4));
    }

    @ParameterizedTest
    @MethodSource("scores")
    void scores_goldstein_times_intensity_halved_when_contemplated(StanceType type, Intensity intensity,
            boolean contemplated, double expected) {
        Stance stance = Stance.builder().type(type).target(SITUATION).intensity(intensity).contemplated(contemplated)
                .build();
        assertThat(stance.cooperationScore()).isEqualTo(expected);
    }

    @Test
    void every_type_scores_within_the_goldstein_range_at_every_intensity() {
        for (StanceType type : StanceType.values()) {
            for (Intensity intensity : Intensity.values()) {
                Stance stance = Stance.builder().type(type).target(SITUATION).intensity(intensity).build();
                assertThat(stance.cooperationScore()).as("%s %s", type, intensity).isBetween(-10.0, 10.0);
            }
        }
    }

    @Test
    void defaults_to_normal_intensity_and_taken() {
        Stance stance = stance(StanceType.CONCERN, SITUATION);
        assertThat(stance.intensity()).isEqualTo(Intensity.NORMAL);
        assertThat(stance.isContemplated()).isFalse();
        assertThat(stance.wording()).isEmpty();
    }

    @Test
    void deep_concern_is_less_conciliatory_than_concern() {
        Stance concern = stance(StanceType.CONCERN, SITUATION);
        Stance deep = Stance.builder().from(concern).intensity(Intensity.HIGH).build();
        assertThat(concern.isMoreConciliatoryThan(deep)).isTrue();
        assertThat(deep.isMoreConciliatoryThan(concern)).isFalse();
        assertThat(concern.isMoreConciliatoryThan(concern)).isFalse();
        assertThat(Stance.BY_COOPERATION_SCORE.compare(deep, concern)).isNegative();
    }

    @Test
    void classifies_polarity_by_the_sign_of_the_score() {
        assertThat(stance(StanceType.CONCERN, SITUATION).polarity()).isEqualTo(Stance.Polarity.CONFLICTUAL);
        assertThat(stance(StanceType.NEUTRAL, SITUATION).polarity()).isEqualTo(Stance.Polarity.NEUTRAL);
        assertThat(stance(StanceType.APPEAL, SITUATION).polarity()).isEqualTo(Stance.Polarity.COOPERATIVE);
    }

    @Test
    void agrees_on_the_same_target_with_the_same_polarity_both_ways() {
        Stance chinaConcern = Stance.builder().type(StanceType.CONCERN).target(SITUATION).intensity(Intensity.HIGH)
                .build();
        Stance russiaCriticism = stance(StanceType.CRITICIZE, StanceTarget.topic("Myanmar", "myanmar-situation"));
        assertThat(chinaConcern.agreesWith(russiaCriticism)).isTrue();
        assertThat(russiaCriticism.agreesWith(chinaConcern)).isTrue();
        assertThat(chinaConcern.opposes(russiaCriticism)).isFalse();
        assertThat(chinaConcern.agreesWith(stance(StanceType.CONCERN, OTHER))).isFalse();
    }

    @Test
    void opposes_on_the_same_target_with_opposite_polarities_both_ways() {
        Stance appeal = stance(StanceType.APPEAL, SITUATION);
        Stance veto = stance(StanceType.VETO, SITUATION);
        Stance neutral = stance(StanceType.NEUTRAL, SITUATION);
        assertThat(appeal.opposes(veto)).isTrue();
        assertThat(veto.opposes(appeal)).isTrue();
        assertThat(appeal.agreesWith(veto)).isFalse();
        assertThat(neutral.opposes(veto)).isFalse();
        assertThat(veto.opposes(neutral)).isFalse();
        assertThat(appeal.opposes(stance(StanceType.VETO, OTHER))).isFalse();
    }

    @Test
    void has_a_short_to_string() {
        Stance stance = Stance.builder().type(StanceType.THREATEN_SANCTIONS).target(StanceTarget.event("coup"))
                .intensity(Intensity.HIGH).contemplated(true).build();
        assertThat(stance).hasToString("Stance[THREATEN_SANCTIONS (HIGH) contemplated on event coup]");
        assertThat(stance(StanceType.CONCERN, SITUATION))
                .hasToString("Stance[CONCERN on topic 'the situation in Myanmar' (myanmar-situation)]");
    }

    @Test
    void equal_when_all_attributes_are_equal_and_serializable() {
        Stance stance = Stance.builder().type(StanceType.CONCERN).target(SITUATION).wording("deep concern")
                .intensity(Intensity.HIGH).build();
        assertThat(Stance.builder().from(stance).build()).isEqualTo(stance).hasSameHashCodeAs(stance);
        assertThat(Stance.builder().from(stance).wording("concern").build()).isNotEqualTo(stance);
        assertThat(SerializationSupport.roundTrip(stance)).isEqualTo(stance);
    }

    @Test
    void accepts_wording_of_500_characters_and_rejects_501_or_blank() {
        assertThat(Stance.builder().type(StanceType.CONCERN).target(SITUATION).wording("a".repeat(500)).validate())
                .isEmpty();
        assertThat(Stance.builder().type(StanceType.CONCERN).target(SITUATION).wording("a".repeat(501)).validate())
                .containsExactly(Violation.of("wording", ViolationCode.TOO_LONG,
                        "Stance.wording must be at most 500 characters long, got 501 characters"));
        assertThatThrownBy(() -> Stance.builder().type(StanceType.CONCERN).target(SITUATION).wording("").build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("Stance.wording must not be blank, got ''");
    }

    @Test
    void reports_missing_type_and_target() {
        assertThatThrownBy(() -> Stance.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: Stance.type must be set, got nothing; Stance.target must be set, got nothing");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Stance.builder().target(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("target");
        assertThatThrownBy(() -> stance(StanceType.CONCERN, SITUATION).agreesWith(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> stance(StanceType.CONCERN, SITUATION).opposes(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> stance(StanceType.CONCERN, SITUATION).isMoreConciliatoryThan(null))
                .isInstanceOf(NullPointerException.class).hasMessage("other");
    }

    @Test
    void keeps_an_exact_code_of_its_type_and_scores_by_it() {
        Stance engage = Stance.builder().type(StanceType.SUPPORT).target(StanceTarget.topic("a pact", "pact"))
                .coding(Coding.of(CameoCode.gdelt("050"))).build();
        assertThat(engage.cameoCode()).isEqualTo(CameoCode.gdelt("050"));
        assertThat(engage.cooperationScore()).isEqualTo(3.5);
        assertThat(engage).hasToString("Stance[SUPPORT 050 on topic 'a pact' (pact)]");
        Stance plain = Stance.builder().type(StanceType.SUPPORT).target(StanceTarget.topic("a pact", "pact")).build();
        assertThat(plain.cameoCode()).isEqualTo(CameoCode.gdelt("051"));
        assertThat(plain.cooperationScore()).isEqualTo(3.4);
    }

    @Test
    void rejects_a_code_outside_the_family_of_its_type() {
        Stance.Builder praise = Stance.builder().type(StanceType.PRAISE).target(StanceTarget.topic("a pact", "pact"));
        assertThat(praise.coding(Coding.of(CameoCode.gdelt("051"))).validate()).isEmpty();
        assertThat(praise.coding(Coding.of(CameoCode.gdelt("057"))).validate())
                .containsExactly(Violation.of("coding.cameoCode", ViolationCode.INCONSISTENT,
                        "Stance.coding.cameoCode must lie within the family 051 of type PRAISE, got '057'"));
        assertThat(praise.coding(Coding.builder().ploverType(PloverEventType.SUPPORT).build()).validate()).isEmpty();
    }
}
