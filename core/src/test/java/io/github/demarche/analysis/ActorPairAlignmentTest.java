package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.CALL_ON_UN;
import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.EMBASSY_PROTEST;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.POLITICAL_SOLUTION;
import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.STATEMENTS;
import static io.github.demarche.ReferenceArticleFixture.UN_ACTION;
import static io.github.demarche.ReferenceArticleFixture.VETO;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.SerializationSupport;
import io.github.demarche.Stance;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorPairAlignmentTest {

    private final ActorPairAlignment protestersAndChina =
            StanceAlignment.of(STATEMENTS, UN_ACTION).pair(PROTESTERS, CHINA).orElseThrow();

    @Test
    void holds_both_actors_the_verdict_and_each_sides_support() {
        assertThat(protestersAndChina.target()).isEqualTo(UN_ACTION);
        assertThat(protestersAndChina.first()).isEqualTo(PROTESTERS);
        assertThat(protestersAndChina.second()).isEqualTo(CHINA);
        assertThat(protestersAndChina.verdict()).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(protestersAndChina.firstSupport()).hasToString(
                "[AttributedStance[mmr-protesters: APPEAL in s04-call-on-un 2021-03]]");
        assertThat(protestersAndChina.secondSupport()).hasToString(
                "[AttributedStance[chn: VETO in s05-blocked-resolution 2021-02-01/2021-03-24]]");
    }

    @Test
    void reverses_to_the_same_verdict_with_the_sides_swapped() {
        ActorPairAlignment reversed = protestersAndChina.reversed();
        assertThat(reversed.first()).isEqualTo(CHINA);
        assertThat(reversed.second()).isEqualTo(PROTESTERS);
        assertThat(reversed.verdict()).isEqualTo(protestersAndChina.verdict());
        assertThat(reversed.firstSupport()).isEqualTo(protestersAndChina.secondSupport());
        assertThat(reversed.secondSupport()).isEqualTo(protestersAndChina.firstSupport());
        assertThat(reversed).isNotEqualTo(protestersAndChina);
        assertThat(reversed.reversed()).isEqualTo(protestersAndChina).hasSameHashCodeAs(protestersAndChina);
    }

    @Test
    void lists_each_supporting_statement_once_in_chronological_order() {
        ActorPairAlignment chinaAndRussia = StanceAlignment.of(STATEMENTS, POLITICAL_SOLUTION).pair(CHINA, RUSSIA)
                .orElseThrow();
        assertThat(chinaAndRussia.firstSupport()).hasSize(1);
        assertThat(chinaAndRussia.secondSupport()).hasSize(1);
        assertThat(chinaAndRussia.supportingStatements()).containsExactly(JOINT_STATEMENT);
        assertThat(protestersAndChina.supportingStatements()).containsExactly(VETO, CALL_ON_UN);
    }

    @Test
    void supports_with_every_stance_of_a_position_that_meets_the_other_side() {
        Statement secondAppeal = Statement.builder().from(CALL_ON_UN).id("s04b-call-again")
                .stances(List.of(Stance.builder().from(CALL_ON_UN.stances().get(0)).type(StanceType.REJECT).build(),
                        CALL_ON_UN.stances().get(0)))
                .build();
        ActorPairAlignment pair = StanceAlignment.of(List.of(CALL_ON_UN, secondAppeal, VETO, EMBASSY_PROTEST), UN_ACTION)
                .pair(PROTESTERS, CHINA).orElseThrow();
        // the rejection is against UN action like the veto: the protesters now both agree and disagree with China
        assertThat(pair.verdict()).isEqualTo(AlignmentVerdict.MIXED);
        assertThat(pair.firstSupport()).extracting(stance -> stance.stance().type())
                .containsExactly(StanceType.APPEAL, StanceType.REJECT, StanceType.APPEAL);
    }

    @Test
    void a_demand_for_what_the_other_side_blocked_diverges_from_it_whatever_its_score() {
        Statement demand = Statement.builder().from(CALL_ON_UN).id("s04c-demand")
                .stances(List.of(Stance.builder().from(CALL_ON_UN.stances().get(0)).type(StanceType.DEMAND).build()))
                .build();
        // a demand scores -5.0 like the veto, but it is for UN action, which the veto is against
        assertThat(demand.stances().get(0).cooperationScore()).isEqualTo(VETO.stances().get(0).cooperationScore());
        assertThat(StanceAlignment.of(List.of(demand, VETO), UN_ACTION).verdict(PROTESTERS, CHINA))
                .isEqualTo(AlignmentVerdict.DIVERGENT);
    }

    @Test
    void has_a_short_to_string() {
        assertThat(protestersAndChina).hasToString("ActorPairAlignment[mmr-protesters, chn on topic 'United Nations"
                + " action against the military regime' (un-action-on-myanmar): DIVERGENT]");
    }

    @Test
    void survives_serialization() {
        assertThat(SerializationSupport.roundTrip(protestersAndChina)).isEqualTo(protestersAndChina);
    }
}
