package io.github.demarche;

import static io.github.demarche.DocumentFixture.INDIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VoteTest {

    @Test
    void a_vote_is_a_position_on_the_document_except_when_not_voting() {
        assertThat(VoteChoice.IN_FAVOUR.position()).contains(Position.FOR);
        assertThat(VoteChoice.AGAINST.position()).contains(Position.AGAINST);
        assertThat(VoteChoice.ABSTENTION.position()).contains(Position.ABSTENTION);
        assertThat(VoteChoice.NOT_VOTING.position()).isEmpty();
        Vote vote = Vote.of(INDIA, VoteChoice.ABSTENTION);
        assertThat(vote.position()).contains(Position.ABSTENTION);
        assertThat(vote).hasToString("ind ABSTENTION").isEqualTo(Vote.of(INDIA, VoteChoice.ABSTENTION))
                .hasSameHashCodeAs(Vote.of(INDIA, VoteChoice.ABSTENTION))
                .isNotEqualTo(Vote.of(INDIA, VoteChoice.AGAINST));
        assertThat(SerializationSupport.roundTrip(vote)).isEqualTo(vote);
        assertThatThrownBy(() -> Vote.of(null, VoteChoice.AGAINST)).isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> Vote.of(INDIA, null)).isInstanceOf(NullPointerException.class).hasMessage("choice");
    }

    @Test
    void a_tally_counts_each_choice_and_none_is_negative() {
        VoteCount count = VoteCount.of(13, 0, 2);
        assertThat(count.count(VoteChoice.IN_FAVOUR)).isEqualTo(13);
        assertThat(count.count(VoteChoice.AGAINST)).isZero();
        assertThat(count.count(VoteChoice.ABSTENTION)).isEqualTo(2);
        assertThat(count.count(VoteChoice.NOT_VOTING)).isZero();
        assertThat(count).hasToString("13-0-2").isEqualTo(VoteCount.of(13, 0, 2))
                .hasSameHashCodeAs(VoteCount.of(13, 0, 2)).isNotEqualTo(VoteCount.of(13, 2, 0));
        assertThat(VoteCount.of(0, 0, 0)).hasToString("0-0-0");
        assertThatThrownBy(() -> VoteCount.of(-1, 0, -2)).isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: VoteCount.inFavour must not be negative, got -1; VoteCount.abstentions must not be"
                        + " negative, got -2");
    }
}
