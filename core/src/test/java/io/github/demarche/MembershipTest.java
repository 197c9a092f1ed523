package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final Actor ASEAN = Actor.builder().id("asean").name("Association of Southeast Asian Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAlias("ASEAN").build();

    @Test
    void holds_a_role_over_a_period() {
        Membership envoy = Membership.builder().organization(ASEAN).role("special envoy")
                .since(ApproximateDate.parse("2021-08-04")).until(ApproximateDate.ofYear(2021)).build();
        assertThat(envoy.organization()).isEqualTo(ASEAN);
        assertThat(envoy).hasToString("Membership[asean as 'special envoy' since 2021-08-04 until 2021]");
        assertThat(Membership.of(ASEAN)).hasToString("Membership[asean]");
        assertThat(Membership.of(ASEAN, "chair")).isEqualTo(Membership.builder().organization(ASEAN).role("chair").build());
        assertThat(SerializationSupport.roundTrip(envoy)).isEqualTo(envoy);
    }

    @Test
    void accepts_a_start_within_the_end_and_rejects_a_start_after_it() {
        assertThat(Membership.builder().organization(ASEAN).since(ApproximateDate.ofYear(2021))
                .until(ApproximateDate.ofMonth(2021, 3)).validate()).isEmpty();
        assertThat(Membership.builder().organization(ASEAN).since(ApproximateDate.ofMonth(2021, 4))
                .until(ApproximateDate.ofMonth(2021, 3)).validate())
                .containsExactly(Violation.of("since", ViolationCode.INTERVAL_INVERTED,
                        "Membership.since must not be after until, got since=2021-04, until=2021-03"));
    }

    @Test
    void rejects_a_blank_or_overlong_role() {
        assertThat(Membership.builder().organization(ASEAN).role("r".repeat(200)).validate()).isEmpty();
        assertThat(Membership.builder().organization(ASEAN).role("r".repeat(201)).validate())
                .containsExactly(Violation.of("role", ViolationCode.TOO_LONG,
                        "Membership.role must be at most 200 characters long, got 201 characters"));
        assertThatThrownBy(() -> Membership.of(ASEAN, " "))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Membership.role must not be blank, got ' '");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Membership.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("organization");
        assertThatThrownBy(() -> Membership.of(ASEAN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("role");
    }
}
