package io.github.demarche.analysis;

import static io.github.demarche.StanceType.APPEAL;
import static io.github.demarche.StanceType.CONCERN;
import static io.github.demarche.StanceType.CRITICIZE;
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
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SerializationSupport;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StanceTimelineTest {

    private static final Actor A = actor("a");
    private static final Actor B = actor("b");

    @Test
    void orders_stances_by_date_whatever_the_input_order() {
        Statement march23 = statement("s3", "2021-03-23", A, SUPPORT);
        Statement march01 = statement("s1", "2021-03-01", A, CONCERN);
        Statement march10 = statement("s2", "2021-03-10", A, VETO);
        StanceTimeline timeline = StanceTimeline.of(List.of(march23, march01, march10), A, TOPIC);
        assertThat(timeline.stances()).extracting(AttributedStance::statement).containsExactly(march01, march10, march23);
        assertThat(timeline.shifts()).extracting(StanceShift::direction)
                .containsExactly(ShiftDirection.TOWARD_CONFLICT, ShiftDirection.TOWARD_COOPERATION);
        assertThat(timeline.shifts()).extracting(shift -> shift.change().getAsDouble()).containsExactly(-4.6, 8.4);
        assertThat(timeline.netShift().orElseThrow().direction()).isEqualTo(ShiftDirection.TOWARD_COOPERATION);
        assertThat(timeline.netShift().orElseThrow().change()).hasValue(3.8);
    }

    @Test
    void reports_neighbours_with_overlapping_dates_as_unordered() {
        Statement early = statement("s1", "2021-03-early", A, APPEAL);
        Statement march = statement("s2", "2021-03", A, CRITICIZE);
        Statement late = statement("s3", "2021-03-late", A, SUPPORT);
        StanceTimeline timeline = StanceTimeline.of(List.of(late, march, early), A, TOPIC);
        assertThat(timeline.stances()).extracting(AttributedStance::statement).containsExactly(early, march, late);
        assertThat(timeline.shifts()).extracting(StanceShift::direction)
                .containsExactly(ShiftDirection.UNORDERED, ShiftDirection.UNORDERED);
        assertThat(timeline.shifts()).extracting(StanceShift::magnitude).containsExactly(5.0, 5.4);
        // early March is certainly before late March: the net shift has a direction
        assertThat(timeline.netShift().orElseThrow().direction()).isEqualTo(ShiftDirection.TOWARD_COOPERATION);
        assertThat(timeline.netShift().orElseThrow().change()).hasValue(0.4);
    }

    @Test
    void gives_no_direction_between_the_stances_of_one_statement() {
        Statement both = statement("s1", "2021-03-23", A, stance(SUPPORT), stance(CRITICIZE));
        StanceTimeline timeline = StanceTimeline.of(List.of(both), A, TOPIC);
        assertThat(timeline.stances()).extracting(stance -> stance.stance().type()).containsExactly(SUPPORT, CRITICIZE);
        assertThat(timeline.shifts()).singleElement().extracting(StanceShift::direction)
                .isEqualTo(ShiftDirection.UNORDERED);
    }

    @Test
    void keeps_only_the_actors_stances_on_the_target() {
        StanceTarget other = StanceTarget.topic("another topic", "other-topic");
        Statement mine = statement("s1", "2021-03-01", A, stance(SUPPORT), stance(VETO, other));
        Statement theirs = statement("s2", "2021-03-02", B, SUPPORT);
        Statement sameKey = statement("s3", "2021-03-03", A, stance(CONCERN,
                StanceTarget.topic("Myanmar today", "myanmar-situation")));
        StanceTimeline timeline = StanceTimeline.of(List.of(mine, theirs, sameKey), A, TOPIC);
        assertThat(timeline.stances()).extracting(stance -> stance.stance().type()).containsExactly(SUPPORT, CONCERN);
        assertThat(timeline.stances()).extracting(AttributedStance::actor).containsOnly(A);
    }

    @Test
    void counts_statements_for_the_actor_by_the_resolver() {
        Actor state = Actor.builder().id("state").name("State").kind(ActorKind.STATE).build();
        Actor minister = Actor.builder().id("minister").name("Minister").kind(ActorKind.PERSON).affiliation(state)
                .build();
        List<Statement> statements = List.of(statement("s1", "2021-03-01", minister, SUPPORT));
        assertThat(StanceTimeline.of(statements, state, TOPIC).stances()).hasSize(1);
        assertThat(StanceTimeline.of(statements, minister, TOPIC).isEmpty()).isTrue();
        assertThat(StanceTimeline.of(statements, minister, TOPIC, SpeakerResolver.asNamed()).stances()).hasSize(1);
        // the actor is compared by id
        Actor sameState = Actor.builder().from(state).name("The State").build();
        assertThat(StanceTimeline.of(statements, sameState, TOPIC).stances()).extracting(AttributedStance::actor)
                .containsExactly(state);
    }

    @Test
    void is_empty_without_stances() {
        StanceTimeline timeline = StanceTimeline.of(List.of(), A, TOPIC);
        assertThat(timeline.isEmpty()).isTrue();
        assertThat(timeline.stances()).isEmpty();
        assertThat(timeline.shifts()).isEmpty();
        assertThat(timeline.netShift()).isEmpty();
        assertThat(timeline.actor()).isEqualTo(A);
        assertThat(timeline.target()).isEqualTo(TOPIC);
        StanceTimeline one = StanceTimeline.of(List.of(statement("s1", "2021-03-01", A, SUPPORT)), A, TOPIC);
        assertThat(one.shifts()).isEmpty();
        assertThat(one.netShift()).isEmpty();
    }

    @Test
    void has_a_short_to_string() {
        StanceTimeline timeline = StanceTimeline.of(ReferenceArticleFixture.STATEMENTS, ReferenceArticleFixture.CHINA,
                ReferenceArticleFixture.SITUATION);
        assertThat(timeline).hasToString(
                "StanceTimeline[chn on topic 'the situation in Myanmar' (myanmar-situation): 1 stances, 0 shifts]");
    }

    @Test
    void survives_serialization() {
        StanceTimeline timeline = StanceTimeline.of(List.of(statement("s1", "2021-03-01", A, SUPPORT),
                statement("s2", "2021-03-05", A, VETO)), A, TOPIC);
        StanceTimeline copy = SerializationSupport.roundTrip(timeline);
        assertThat(copy.stances()).isEqualTo(timeline.stances());
        assertThat(copy.shifts()).isEqualTo(timeline.shifts());
    }

    @Test
    void rejects_null_arguments_naming_them() {
        List<Statement> statements = List.of(statement("s1", "2021-03-01", A, SUPPORT));
        assertThatThrownBy(() -> StanceTimeline.of(null, A, TOPIC)).isInstanceOf(NullPointerException.class)
                .hasMessage("statements");
        assertThatThrownBy(() -> StanceTimeline.of(Arrays.asList(statements.get(0), null), A, TOPIC))
                .isInstanceOf(NullPointerException.class).hasMessage("statements");
        assertThatThrownBy(() -> StanceTimeline.of(statements, null, TOPIC)).isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> StanceTimeline.of(statements, A, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("target");
        assertThatThrownBy(() -> StanceTimeline.of(statements, A, TOPIC, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("resolver");
    }
}
