package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.DocumentFixture.INDIA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdoptionTest {

    private static Adoption.Builder vote() {
        return Adoption.builder().method(AdoptionMethod.VOTE);
    }

    @Test
    void holds_a_vote_with_its_tally_and_some_members_votes() {
        Adoption adoption = vote().count(VoteCount.of(13, 0, 2)).addVotes(Vote.of(RUSSIA, VoteChoice.ABSTENTION),
                Vote.of(INDIA, VoteChoice.ABSTENTION)).build();
        assertThat(adoption.isAdopted()).isTrue();
        assertThat(adoption.count()).contains(VoteCount.of(13, 0, 2));
        assertThat(adoption).hasToString("Adoption[VOTE adopted 13-0-2]");
        assertThat(Adoption.builder().method(AdoptionMethod.CONSENSUS).adopted(false).build())
                .hasToString("Adoption[CONSENSUS not adopted]");
        assertThat(SerializationSupport.roundTrip(adoption)).isEqualTo(adoption);
    }

    @Test
    void a_consensus_has_no_tally_and_no_votes() {
        assertThat(Adoption.builder().method(AdoptionMethod.CONSENSUS).addObjector(INDIA).validate()).isEmpty();
        assertThat(Adoption.builder().method(AdoptionMethod.CONSENSUS).count(VoteCount.of(15, 0, 0))
                .addVote(Vote.of(CHINA, VoteChoice.IN_FAVOUR)).validate()).containsExactly(
                        Violation.of("count", ViolationCode.NOT_APPLICABLE,
                                "Adoption.count must be absent when method is CONSENSUS, got '15-0-0'"),
                        Violation.of("votes", ViolationCode.NOT_APPLICABLE,
                                "Adoption.votes must be empty when method is CONSENSUS, got 1 vote"));
    }

    @Test
    void a_unanimous_adoption_has_no_vote_against_no_abstention_and_no_objector() {
        assertThat(Adoption.builder().method(AdoptionMethod.UNANIMOUS).count(VoteCount.of(15, 0, 0))
                .addVotes(Vote.of(CHINA, VoteChoice.IN_FAVOUR), Vote.of(INDIA, VoteChoice.NOT_VOTING)).validate())
                .isEmpty();
        assertThat(Adoption.builder().method(AdoptionMethod.UNANIMOUS).count(VoteCount.of(14, 0, 1))
                .addVote(Vote.of(CHINA, VoteChoice.ABSTENTION)).addObjector(RUSSIA).validate()).containsExactly(
                        Violation.of("count", ViolationCode.INCONSISTENT, "Adoption.count must have no vote against"
                                + " and no abstention when method is UNANIMOUS, got '14-0-1'"),
                        Violation.of("votes[0]", ViolationCode.INCONSISTENT, "Adoption.votes[0] must be IN_FAVOUR or"
                                + " NOT_VOTING when method is UNANIMOUS, got 'chn ABSTENTION'"),
                        Violation.of("objectors", ViolationCode.INCONSISTENT,
                                "Adoption.objectors must be empty when method is UNANIMOUS, got 'rus'"));
    }

    @Test
    void a_vote_has_a_tally_or_votes() {
        assertThat(vote().addVote(Vote.of(INDIA, VoteChoice.ABSTENTION)).validate()).isEmpty();
        assertThat(vote().count(VoteCount.of(0, 0, 0)).validate()).isEmpty();
        assertThat(vote().validate()).containsExactly(Violation.of("count", ViolationCode.MISSING_ATTRIBUTE,
                "Adoption.count must be given, or votes listed, when method is VOTE, got nothing"));
    }

    @Test
    void lists_no_more_votes_of_a_choice_than_the_tally() {
        assertThat(vote().count(VoteCount.of(13, 2, 0)).addVotes(Vote.of(CHINA, VoteChoice.AGAINST),
                Vote.of(RUSSIA, VoteChoice.AGAINST), Vote.of(INDIA, VoteChoice.NOT_VOTING)).validate()).isEmpty();
        assertThat(vote().count(VoteCount.of(13, 1, 0)).addVotes(Vote.of(CHINA, VoteChoice.AGAINST),
                Vote.of(RUSSIA, VoteChoice.AGAINST)).validate()).containsExactly(
                        Violation.of("votes", ViolationCode.INCONSISTENT, "Adoption.votes must list at most as many"
                                + " votes of each choice as count 13-1-0, got 2 AGAINST"));
    }

    @Test
    void names_each_voter_and_objector_once_and_no_objector_in_favour() {
        assertThat(vote().addVotes(Vote.of(CHINA, VoteChoice.AGAINST), Vote.of(CHINA, VoteChoice.ABSTENTION))
                .addObjectors(INDIA, INDIA).validate()).containsExactly(
                        Violation.of("votes[1]", ViolationCode.DUPLICATE,
                                "Adoption.votes[1] must name each voter once, got 'chn'"),
                        Violation.of("objectors[1]", ViolationCode.DUPLICATE,
                                "Adoption.objectors[1] must name each objector once, got 'ind'"));
        assertThat(vote().addVote(Vote.of(INDIA, VoteChoice.AGAINST)).addObjector(INDIA).validate()).isEmpty();
        assertThat(vote().addVote(Vote.of(INDIA, VoteChoice.IN_FAVOUR)).addObjector(INDIA).validate())
                .containsExactly(Violation.of("objectors[0]", ViolationCode.INCONSISTENT,
                        "Adoption.objectors[0] must not have voted in favour, got 'ind'"));
    }

    @Test
    void requires_a_method() {
        assertThat(Adoption.builder().validate()).containsExactly(Violation.of("method",
                ViolationCode.MISSING_ATTRIBUTE, "Adoption.method must be set, got nothing"));
    }
}
