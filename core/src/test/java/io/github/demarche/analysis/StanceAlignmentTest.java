package io.github.demarche.analysis;

import static io.github.demarche.StanceType.APPEAL;
import static io.github.demarche.StanceType.CONCERN;
import static io.github.demarche.StanceType.CRITICIZE;
import static io.github.demarche.StanceType.NEUTRAL;
import static io.github.demarche.StanceType.SUPPORT;
import static io.github.demarche.StanceType.VETO;
import static io.github.demarche.analysis.Samples.TOPIC;
import static io.github.demarche.analysis.Samples.actor;
import static io.github.demarche.analysis.Samples.stance;
import static io.github.demarche.analysis.Samples.statement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.Intensity;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SerializationSupport;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StanceAlignmentTest {

    private static final Actor A = actor("a");
    private static final Actor B = actor("b");
    private static final Actor C = actor("c");

    /** Statements of A and B taking stances of the given types on the topic, one per statement. */
    private static List<Statement> statements(List<StanceType> ofA, List<StanceType> ofB) {
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < ofA.size(); i++) {
            statements.add(statement("a" + i, "2021-03-0" + (i + 1), A, ofA.get(i)));
        }
        for (int i = 0; i < ofB.size(); i++) {
            statements.add(statement("b" + i, "2021-03-0" + (i + 1), B, ofB.get(i)));
        }
        return statements;
    }

    static Stream<Arguments> verdicts() {
        return Stream.of(
                // ALIGNED: some pair agrees, none opposes
                Arguments.of(List.of(SUPPORT), List.of(APPEAL), AlignmentVerdict.ALIGNED),
                Arguments.of(List.of(CONCERN), List.of(VETO), AlignmentVerdict.ALIGNED),
                Arguments.of(List.of(NEUTRAL), List.of(NEUTRAL), AlignmentVerdict.NO_COMMON_DATA),
                Arguments.of(List.of(SUPPORT, NEUTRAL), List.of(SUPPORT), AlignmentVerdict.ALIGNED),
                Arguments.of(List.of(SUPPORT, SUPPORT), List.of(SUPPORT, NEUTRAL), AlignmentVerdict.ALIGNED),
                // DIVERGENT: some pair opposes, none agrees
                Arguments.of(List.of(APPEAL), List.of(VETO), AlignmentVerdict.DIVERGENT),
                Arguments.of(List.of(SUPPORT, NEUTRAL), List.of(CRITICIZE), AlignmentVerdict.DIVERGENT),
                Arguments.of(List.of(SUPPORT, APPEAL), List.of(CRITICIZE, VETO), AlignmentVerdict.DIVERGENT),
                // MIXED: some agree, some oppose
                Arguments.of(List.of(SUPPORT, CRITICIZE), List.of(SUPPORT), AlignmentVerdict.MIXED),
                Arguments.of(List.of(SUPPORT, CRITICIZE), List.of(SUPPORT, CRITICIZE), AlignmentVerdict.MIXED),
                Arguments.of(List.of(NEUTRAL, SUPPORT), List.of(NEUTRAL, CONCERN), AlignmentVerdict.DIVERGENT),
                // NO_COMMON_DATA: nothing agrees or opposes
                Arguments.of(List.of(NEUTRAL), List.of(SUPPORT), AlignmentVerdict.NO_COMMON_DATA),
                Arguments.of(List.of(NEUTRAL, NEUTRAL), List.of(SUPPORT, CONCERN), AlignmentVerdict.NO_COMMON_DATA));
    }

    @ParameterizedTest(name = "{0} vs {1}: {2}")
    @MethodSource("verdicts")
    void gives_the_documented_verdict_both_ways(List<StanceType> ofA, List<StanceType> ofB, AlignmentVerdict verdict) {
        assertThat(StanceAlignment.of(statements(ofA, ofB), TOPIC).verdict(A, B)).isEqualTo(verdict);
        assertThat(StanceAlignment.of(statements(ofA, ofB), TOPIC).verdict(B, A)).isEqualTo(verdict);
        assertThat(StanceAlignment.of(statements(ofB, ofA), TOPIC).verdict(A, B)).isEqualTo(verdict);
    }

    @Test
    void aligns_two_actors_who_agree_with_the_agreeing_stances_as_support() {
        List<Statement> statements = statements(List.of(SUPPORT, NEUTRAL), List.of(APPEAL));
        ActorPairAlignment pair = StanceAlignment.of(statements, TOPIC).pair(A, B).orElseThrow();
        assertThat(pair.verdict()).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(pair.firstSupport()).extracting(AttributedStance::statement).containsExactly(statements.get(0));
        assertThat(pair.secondSupport()).extracting(AttributedStance::statement).containsExactly(statements.get(2));
    }

    @Test
    void is_mixed_with_the_agreeing_and_the_opposing_stances_as_support() {
        List<Statement> statements = statements(List.of(SUPPORT, CRITICIZE, NEUTRAL), List.of(APPEAL));
        ActorPairAlignment pair = StanceAlignment.of(statements, TOPIC).pair(A, B).orElseThrow();
        assertThat(pair.verdict()).isEqualTo(AlignmentVerdict.MIXED);
        assertThat(pair.firstSupport()).extracting(AttributedStance::statement)
                .containsExactly(statements.get(0), statements.get(1));
        assertThat(pair.secondSupport()).extracting(AttributedStance::statement).containsExactly(statements.get(3));
    }

    @Test
    void has_no_common_data_and_no_support_for_neutral_against_non_neutral() {
        ActorPairAlignment pair = StanceAlignment.of(statements(List.of(NEUTRAL), List.of(SUPPORT)), TOPIC)
                .pair(A, B).orElseThrow();
        assertThat(pair.verdict()).isEqualTo(AlignmentVerdict.NO_COMMON_DATA);
        assertThat(pair.firstSupport()).isEmpty();
        assertThat(pair.secondSupport()).isEmpty();
        assertThat(pair.supportingStatements()).isEmpty();
    }

    @Test
    void has_no_common_data_for_an_actor_without_a_stance_on_the_target() {
        StanceAlignment alignment = StanceAlignment.of(statements(List.of(SUPPORT), List.of()), TOPIC);
        assertThat(alignment.verdict(A, B)).isEqualTo(AlignmentVerdict.NO_COMMON_DATA);
        assertThat(alignment.pair(A, B)).isEmpty();
        assertThat(alignment.pairs()).isEmpty();
        assertThat(alignment.actors()).containsExactly(A);
    }

    @Test
    void counts_a_joint_statement_for_each_of_its_actors() {
        Statement joint = Statement.builder().from(statement("j", "2021-03-23", A, SUPPORT)).speakers(List.of(A, B))
                .mode(StatementMode.JOINT).build();
        ActorPairAlignment pair = StanceAlignment.of(List.of(joint), TOPIC).pair(A, B).orElseThrow();
        assertThat(pair.verdict()).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(pair.supportingStatements()).containsExactly(joint);
    }

    @Test
    void compares_only_stances_on_the_target() {
        StanceTarget other = StanceTarget.topic("another topic", "other-topic");
        List<Statement> statements = List.of(statement("a1", "2021-03-01", A, stance(SUPPORT), stance(CRITICIZE, other)),
                statement("b1", "2021-03-02", B, stance(SUPPORT), stance(SUPPORT, other)));
        assertThat(StanceAlignment.of(statements, TOPIC).verdict(A, B)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(StanceAlignment.of(statements, other).verdict(A, B)).isEqualTo(AlignmentVerdict.DIVERGENT);
    }

    @Test
    void finds_targets_that_refer_to_the_same_thing() {
        Actor myanmarAgain = Actor.builder().from(ReferenceArticleFixture.MYANMAR).name("Burma").build();
        List<Statement> statements = List.of(
                statement("a1", "2021-03-01", A, stance(SUPPORT, StanceTarget.topic("Myanmar", "myanmar-situation"))),
                statement("b1", "2021-03-02", B, stance(CONCERN, StanceTarget.topic("Burma", "myanmar-situation"))),
                statement("a2", "2021-03-03", A, stance(SUPPORT, StanceTarget.actor(ReferenceArticleFixture.MYANMAR))),
                statement("b2", "2021-03-04", B, stance(SUPPORT, StanceTarget.actor(myanmarAgain))));
        assertThat(StanceAlignment.of(statements, TOPIC).verdict(A, B)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(StanceAlignment.of(statements, StanceTarget.actor(myanmarAgain)).verdict(A, B))
                .isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void counts_officials_for_the_top_of_their_chain_by_default_and_as_told_otherwise() {
        Actor state = Actor.builder().id("state").name("State").kind(ActorKind.STATE).build();
        Actor minister = Actor.builder().id("minister").name("Minister").kind(ActorKind.PERSON).affiliation(state)
                .build();
        List<Statement> statements = List.of(statement("m", "2021-03-01", minister, SUPPORT),
                statement("b", "2021-03-02", B, SUPPORT));
        assertThat(StanceAlignment.of(statements, TOPIC).actors()).containsExactly(B, state);
        assertThat(StanceAlignment.of(statements, TOPIC, SpeakerResolver.asNamed()).actors())
                .containsExactly(B, minister);
    }

    @Test
    void compares_every_pair_of_actors_once_in_id_order() {
        List<Statement> statements = List.of(statement("c", "2021-03-01", C, SUPPORT),
                statement("a", "2021-03-02", A, SUPPORT), statement("b", "2021-03-03", B, VETO));
        StanceAlignment alignment = StanceAlignment.of(statements, TOPIC);
        assertThat(alignment.actors()).containsExactly(A, B, C);
        assertThat(alignment.pairs()).extracting(pair -> pair.first().id() + "-" + pair.second().id())
                .containsExactly("a-b", "a-c", "b-c");
        assertThat(alignment.pairs()).extracting(ActorPairAlignment::verdict).containsExactly(
                AlignmentVerdict.DIVERGENT, AlignmentVerdict.ALIGNED, AlignmentVerdict.DIVERGENT);
        assertThat(alignment.pairs(AlignmentVerdict.DIVERGENT)).hasSize(2);
        assertThat(alignment.pairs(AlignmentVerdict.MIXED)).isEmpty();
        assertThat(alignment.pair(C, B).orElseThrow()).isEqualTo(alignment.pair(B, C).orElseThrow().reversed());
        assertThat(alignment.pair(C, B).orElseThrow().first()).isEqualTo(C);
        assertThat(alignment.pair(A, A)).isEmpty();
    }

    @Test
    void lists_each_actors_stances_in_chronological_order() {
        Statement late = statement("a-late", "2021-03-23", A, stance(SUPPORT), stance(APPEAL));
        Statement early = statement("a-early", "2021-03-early", A, CONCERN);
        StanceAlignment alignment = StanceAlignment.of(List.of(late, early), TOPIC);
        assertThat(alignment.stances(A)).extracting(stance -> stance.stance().type())
                .containsExactly(CONCERN, SUPPORT, APPEAL);
        assertThat(alignment.stances(B)).isEmpty();
    }

    @Test
    void aligns_every_target_as_one_alignment_each() {
        StanceTarget other = StanceTarget.topic("another topic", "other-topic");
        List<Statement> statements = List.of(statement("a1", "2021-03-01", A, stance(SUPPORT), stance(CRITICIZE, other)),
                statement("b1", "2021-03-02", B, stance(SUPPORT), stance(SUPPORT, other)));
        Map<String, StanceAlignment> byTarget = StanceAlignment.byTarget(statements);
        assertThat(byTarget).containsOnlyKeys("topic:myanmar-situation", "topic:other-topic");
        assertThat(byTarget.keySet()).containsExactly("topic:myanmar-situation", "topic:other-topic");
        assertThat(byTarget.get("topic:other-topic").pairs())
                .isEqualTo(StanceAlignment.of(statements, other).pairs());
        assertThat(byTarget.get("topic:other-topic").target()).isEqualTo(other);
    }

    @Test
    void keeps_the_polarity_of_contemplated_and_weak_stances() {
        Stance weighed = Stance.builder().type(StanceType.THREATEN_SANCTIONS).target(TOPIC).contemplated(true)
                .intensity(Intensity.LOW).build();
        List<Statement> statements = List.of(statement("a1", "2021-03-01", A, weighed),
                statement("b1", "2021-03-01", B, CONCERN));
        assertThat(StanceAlignment.of(statements, TOPIC).verdict(A, B)).isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void has_a_short_to_string() {
        StanceAlignment alignment = StanceAlignment.of(statements(List.of(SUPPORT), List.of(VETO)), TOPIC);
        assertThat(alignment).hasToString(
                "StanceAlignment[topic 'the situation in Myanmar' (myanmar-situation): 2 actors, 1 pairs]");
    }

    @Test
    void survives_serialization() {
        StanceAlignment alignment = StanceAlignment.of(ReferenceArticleFixture.STATEMENTS, ReferenceArticleFixture.UN_ACTION);
        StanceAlignment copy = SerializationSupport.roundTrip(alignment);
        assertThat(copy.pairs()).isEqualTo(alignment.pairs());
        assertThat(copy.verdict(ReferenceArticleFixture.PROTESTERS, ReferenceArticleFixture.CHINA))
                .isEqualTo(AlignmentVerdict.DIVERGENT);
    }

    @Test
    void rejects_a_verdict_on_one_actor() {
        StanceAlignment alignment = StanceAlignment.of(statements(List.of(SUPPORT), List.of(VETO)), TOPIC);
        assertThatThrownBy(() -> alignment.verdict(A, actor("a"))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .returns("second", Violation::path).returns(ViolationCode.INCONSISTENT, Violation::code))
                .hasMessage("StanceAlignment.second must be another actor than first, got 'a' for both");
    }

    @Test
    void rejects_null_arguments_naming_them() {
        List<Statement> statements = statements(List.of(SUPPORT), List.of(VETO));
        StanceAlignment alignment = StanceAlignment.of(statements, TOPIC);
        assertThatThrownBy(() -> StanceAlignment.of(null, TOPIC)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> StanceAlignment.of(Arrays.asList(statements.get(0), null), TOPIC))
                .isInstanceOf(NullPointerException.class).hasMessage("statements");
        assertThatThrownBy(() -> StanceAlignment.of(statements, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("target");
        assertThatThrownBy(() -> StanceAlignment.of(statements, TOPIC, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("resolver");
        assertThatThrownBy(() -> StanceAlignment.byTarget(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> StanceAlignment.byTarget(statements, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("resolver");
        assertThatThrownBy(() -> alignment.pair(null, B)).isInstanceOf(NullPointerException.class).hasMessage("first");
        assertThatThrownBy(() -> alignment.pair(A, null)).isInstanceOf(NullPointerException.class).hasMessage("second");
        assertThatThrownBy(() -> alignment.verdict(null, B)).isInstanceOf(NullPointerException.class)
                .hasMessage("first");
        assertThatThrownBy(() -> alignment.verdict(A, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("second");
        assertThatThrownBy(() -> alignment.stances(null)).isInstanceOf(NullPointerException.class).hasMessage("actor");
        assertThatThrownBy(() -> alignment.pairs(null)).isInstanceOf(NullPointerException.class).hasMessage("verdict");
    }

    @Test
    void is_computed_from_the_date_free_polarities() {
        // the earliest statement of B comes after A's last: time plays no part in the verdict
        List<Statement> statements = List.of(statement("a1", "2021-01-01", A, SUPPORT),
                statement("b1", "2021-12", B, SUPPORT));
        assertThat(StanceAlignment.of(statements, TOPIC).verdict(A, B)).isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void a_target_key_is_equal_exactly_when_the_targets_refer_to_the_same_thing_with_equal_hashes() {
        long seed = io.github.demarche.RandomValues.seed();
        io.github.demarche.RandomValues random = new io.github.demarche.RandomValues(seed);
        for (int i = 0; i < 5_000; i++) {
            StanceTarget a = random.stanceTarget();
            StanceTarget b = random.stanceTarget();
            StanceAlignment.TargetKey first = new StanceAlignment.TargetKey(a);
            StanceAlignment.TargetKey second = new StanceAlignment.TargetKey(b);
            boolean same = a.refersToSameAs(b);
            assertThat(first.equals(second)).as("seed %d: %s and %s", seed, a, b).isEqualTo(same)
                    .isEqualTo(a.identityKey().equals(b.identityKey()));
            if (same) {
                assertThat(first.hashCode()).as("seed %d: %s and %s", seed, a, b).isEqualTo(second.hashCode());
            }
        }
    }
}
