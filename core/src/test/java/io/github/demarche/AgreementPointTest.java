package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementPointTest {

    @Test
    void the_first_point_of_the_five_point_consensus_is_a_stance_against_the_violence() {
        AgreementPoint first = DocumentFixture.FIVE_POINTS.points().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.stances()).singleElement().satisfies(stance -> {
            assertThat(stance.position()).isEqualTo(Position.AGAINST);
            assertThat(stance.target()).isEqualTo(DocumentFixture.VIOLENCE);
        });
        assertThat(first.toString()).startsWith("1. 'There shall be immediate cessation of violence");
        assertThat(AgreementPoint.of(1, first.text(), first.stances())).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(SerializationSupport.roundTrip(first)).isEqualTo(first);
    }

    @Test
    void numbers_from_one_and_has_a_text() {
        assertThat(AgreementPoint.of(1, "a", List.of()).number()).isEqualTo(1);
        assertThatThrownBy(() -> AgreementPoint.of(0, " ", List.of())).isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: AgreementPoint.number must be at least 1, got 0; AgreementPoint.text must not be blank,"
                        + " got ' '");
        assertThatThrownBy(() -> AgreementPoint.of(1, null, List.of())).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
    }
}
