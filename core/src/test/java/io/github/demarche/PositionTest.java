package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.analysis.AlignmentVerdict;
import io.github.demarche.analysis.StanceAlignment;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Positions: what a stance's holder is for or against, pinned for every type, and how they combine. */
class PositionTest {

    /** The default position of every type on a topic or an event; on an actor only a demand differs. */
    private static final Map<StanceType, Position> ON_A_TOPIC = new EnumMap<>(Map.ofEntries(
            Map.entry(StanceType.NEUTRAL, Position.NEUTRAL),
            Map.entry(StanceType.CONCERN, Position.AGAINST),
            Map.entry(StanceType.DENY, Position.AGAINST),
            Map.entry(StanceType.APPEAL, Position.FOR),
            Map.entry(StanceType.INTEND_TO_COOPERATE, Position.FOR),
            Map.entry(StanceType.INTEND_TO_MEDIATE, Position.FOR),
            Map.entry(StanceType.CONSULT, Position.NEUTRAL),
            Map.entry(StanceType.SUPPORT, Position.FOR),
            Map.entry(StanceType.PRAISE, Position.FOR),
            Map.entry(StanceType.COOPERATE, Position.FOR),
            Map.entry(StanceType.AID, Position.FOR),
            Map.entry(StanceType.YIELD, Position.FOR),
            Map.entry(StanceType.INVESTIGATE, Position.AGAINST),
            Map.entry(StanceType.DEMAND, Position.FOR),
            Map.entry(StanceType.CRITICIZE, Position.AGAINST),
            Map.entry(StanceType.ACCUSE, Position.AGAINST),
            Map.entry(StanceType.REJECT, Position.AGAINST),
            Map.entry(StanceType.VETO, Position.AGAINST),
            Map.entry(StanceType.THREATEN, Position.AGAINST),
            Map.entry(StanceType.THREATEN_SANCTIONS, Position.AGAINST)));

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void pins_the_default_position_of_every_type_for_every_kind_of_target(StanceType type) {
        assertThat(ON_A_TOPIC).containsKey(type);
        assertThat(type.defaultPosition(StanceTarget.Kind.TOPIC)).isEqualTo(ON_A_TOPIC.get(type));
        assertThat(type.defaultPosition(StanceTarget.Kind.EVENT)).isEqualTo(ON_A_TOPIC.get(type));
        assertThat(type.defaultPosition(StanceTarget.Kind.ACTOR))
                .isEqualTo(type == StanceType.DEMAND ? Position.AGAINST : ON_A_TOPIC.get(type));
    }

    @Test
    void agree_when_the_same_and_oppose_when_for_meets_against_or_an_abstention_meets_either() {
        for (Position a : Position.values()) {
            for (Position b : Position.values()) {
                boolean agreed = a == b && (a == Position.FOR || a == Position.AGAINST || a == Position.ABSTENTION);
                assertThat(a.agreesWith(b)).as("%s agrees with %s", a, b).isEqualTo(agreed).isEqualTo(b.agreesWith(a));
                boolean side = a == Position.FOR || a == Position.AGAINST;
                boolean otherSide = b == Position.FOR || b == Position.AGAINST;
                boolean opposed = a == Position.FOR && b == Position.AGAINST || a == Position.AGAINST && b == Position.FOR
                        || a == Position.ABSTENTION && otherSide || side && b == Position.ABSTENTION;
                assertThat(a.opposes(b)).as("%s opposes %s", a, b).isEqualTo(opposed).isEqualTo(b.opposes(a));
                assertThat(a.agreesWith(b) && a.opposes(b)).isFalse();
            }
        }
        assertThatThrownBy(() -> Position.FOR.agreesWith(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> Position.FOR.opposes(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }

    @Test
    void two_neutral_stances_do_not_make_two_actors_aligned() {
        StanceTarget toll = StanceTarget.topic("the toll of the crackdown", "crackdown-toll");
        Actor monitor = Actor.builder().id("monitor").name("A monitoring group").kind(ActorKind.CIVIL_SOCIETY).build();
        Actor ministry = Actor.builder().id("ministry").name("A ministry").kind(ActorKind.GOVERNMENT).build();
        Statement first = statement("monitor-figure", monitor,
                Stance.builder().type(StanceType.NEUTRAL).target(toll).build());
        Statement second = statement("ministry-figure", ministry,
                Stance.builder().type(StanceType.NEUTRAL).target(toll).build());
        assertThat(StanceAlignment.of(List.of(first, second), toll).verdict(monitor, ministry))
                .isEqualTo(AlignmentVerdict.NO_COMMON_DATA);
        assertThat(Position.NEUTRAL.isSide()).isFalse();
        assertThat(Position.AGAINST.isSide()).isTrue();
    }

    @Test
    void a_stance_states_its_own_position_or_takes_its_types() {
        StanceTarget violence = StanceTarget.topic("the violence", "violence");
        Stance appeal = Stance.builder().type(StanceType.APPEAL).target(violence)
                .wording("called for an immediate end to the violence").build();
        assertThat(appeal.position()).isEqualTo(Position.FOR);
        Stance against = Stance.builder().from(appeal).statedPosition(Position.AGAINST).build();
        assertThat(against.position()).isEqualTo(Position.AGAINST);
        assertThat(against).isNotEqualTo(appeal).hasToString("Stance[APPEAL AGAINST on topic 'the violence' (violence)]");
        assertThat(Stance.builder().type(StanceType.DEMAND).target(StanceTarget.actor(ReferenceArticleFixture.CHINA_GOV))
                .build().position()).isEqualTo(Position.AGAINST);
    }

    @Test
    void condemning_the_violence_and_calling_for_its_end_are_aligned() {
        Actor council = Actor.builder().id("unsc").name("UN Security Council")
                .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).build();
        Actor bloc = Actor.builder().id("asean").name("ASEAN").kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).build();
        StanceTarget violence = StanceTarget.topic("the violence", "violence");
        Statement condemned = statement("condemned", council, Stance.builder().type(StanceType.CRITICIZE)
                .target(violence).intensity(Intensity.HIGH).wording("strongly condemned the violence").build());
        Statement calledForEnd = statement("called-for-end", bloc, Stance.builder().type(StanceType.APPEAL)
                .target(violence).statedPosition(Position.AGAINST)
                .wording("called for an immediate end to the violence").build());

        assertThat(condemned.stances().get(0).cooperationScore()).isNegative();
        assertThat(calledForEnd.stances().get(0).cooperationScore()).isPositive();
        assertThat(condemned.stances().get(0).agreesWith(calledForEnd.stances().get(0))).isTrue();
        assertThat(StanceAlignment.of(List.of(condemned, calledForEnd), violence).verdict(council, bloc))
                .isEqualTo(AlignmentVerdict.ALIGNED);
    }

    private static Statement statement(String id, Actor speaker, Stance stance) {
        return Statement.builder().id(id).addSpeaker(speaker).date(ApproximateDate.parse("2021-03"))
                .mode(StatementMode.REPORTED).channel(Channel.OTHER).addStance(stance).addSource(SOURCE).build();
    }
}
