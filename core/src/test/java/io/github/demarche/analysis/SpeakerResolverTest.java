package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.CHINA_GOV;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.JUNTA;
import static io.github.demarche.ReferenceArticleFixture.JUNTA_PRESS;
import static io.github.demarche.ReferenceArticleFixture.LAVROV;
import static io.github.demarche.ReferenceArticleFixture.MYANMAR;
import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static io.github.demarche.ReferenceArticleFixture.RECONCILIATION_PLEDGE;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_ALARMED;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_GOV;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpeakerResolverTest {

    static Stream<Arguments> standardCases() {
        return Stream.of(
                Arguments.of(JOINT_STATEMENT, List.of(CHINA, RUSSIA)),       // ministers lifted to their states
                Arguments.of(DEEP_CONCERN, List.of(CHINA, RUSSIA)),          // states stand for themselves
                Arguments.of(DENIAL, List.of(CHINA)),                        // the government lifted to its state
                Arguments.of(RECONCILIATION_PLEDGE, List.of(CHINA_GOV)),     // on behalf of "Beijing", as it is
                Arguments.of(RUSSIA_ALARMED, List.of(RUSSIA_GOV)),           // on behalf of the Russian government
                Arguments.of(JUNTA_PRESS, List.of(JUNTA)),                   // a spokesperson for the junta
                Arguments.of(ReferenceArticleFixture.CALL_ON_UN, List.of(PROTESTERS)));
    }

    @ParameterizedTest
    @MethodSource("standardCases")
    void counts_the_actor_spoken_for_else_the_top_of_each_speakers_chain(Statement statement, List<Actor> expected) {
        List<Actor> actors = SpeakerResolver.standard().actorsFor(statement);
        assertThat(actors).containsExactlyElementsOf(expected);
        assertThatThrownBy(() -> actors.add(CHINA)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void counts_speakers_as_named_with_as_named() {
        SpeakerResolver asNamed = SpeakerResolver.asNamed();
        assertThat(asNamed.actorsFor(JOINT_STATEMENT)).containsExactly(WANG_YI, LAVROV);
        assertThat(asNamed.actorsFor(DENIAL)).containsExactly(CHINA_GOV);
        assertThat(asNamed.actorsFor(RECONCILIATION_PLEDGE)).containsExactly(CHINA_GOV);
    }

    @Test
    void lifts_the_actor_spoken_for_too_with_topmost() {
        SpeakerResolver topmost = SpeakerResolver.topmost();
        assertThat(topmost.actorsFor(RECONCILIATION_PLEDGE)).containsExactly(CHINA);
        assertThat(topmost.actorsFor(DENIAL)).containsExactly(CHINA);
        assertThat(topmost.actorsFor(JUNTA_PRESS)).containsExactly(MYANMAR);
        assertThat(topmost.actorsFor(JOINT_STATEMENT)).containsExactly(CHINA, RUSSIA);
    }

    @Test
    void stops_at_the_first_matching_actor_of_the_chain() {
        SpeakerResolver governments = SpeakerResolver.firstMatching(actor -> actor.kind() == ActorKind.GOVERNMENT);
        assertThat(governments.actorsFor(JOINT_STATEMENT)).containsExactly(CHINA_GOV, RUSSIA_GOV);
        assertThat(governments.actorsFor(JUNTA_PRESS)).containsExactly(JUNTA);
        assertThat(governments.actorsFor(DEEP_CONCERN)).containsExactly(CHINA, RUSSIA);  // no government: the top
        assertThat(governments.actorsFor(DENIAL)).containsExactly(CHINA_GOV);
    }

    @Test
    void counts_a_statement_once_for_speakers_that_lift_to_one_actor() {
        Statement wangAndBeijing = Statement.builder().from(JOINT_STATEMENT).speakers(List.of(WANG_YI, CHINA_GOV))
                .build();
        assertThat(SpeakerResolver.standard().actorsFor(wangAndBeijing)).containsExactly(CHINA, CHINA);
        assertThat(AffiliationLifting.distinctActors(SpeakerResolver.standard(), wangAndBeijing))
                .containsExactly(CHINA);
        assertThat(Groupings.bySpeaker(List.of(wangAndBeijing)).get("chn")).containsExactly(wangAndBeijing);
    }

    @Test
    void accepts_a_custom_strategy() {
        SpeakerResolver everyoneIsChina = statement -> List.of(CHINA);
        assertThat(Groupings.bySpeaker(List.of(JOINT_STATEMENT, JUNTA_PRESS), everyoneIsChina))
                .containsOnlyKeys("chn");
    }

    @Test
    void rejects_a_strategy_that_returns_null() {
        SpeakerResolver broken = statement -> null;
        SpeakerResolver brokenActor = statement -> Arrays.asList(CHINA, null);
        assertThatThrownBy(() -> Groupings.bySpeaker(List.of(DENIAL), broken))
                .isInstanceOf(NullPointerException.class).hasMessage("resolver");
        assertThatThrownBy(() -> StanceAlignment.of(List.of(DENIAL), DENIAL.stances().get(0).target(), brokenActor))
                .isInstanceOf(NullPointerException.class).hasMessage("resolver");
    }

    @Test
    void has_a_short_to_string() {
        assertThat(SpeakerResolver.standard()).hasToString("SpeakerResolver[standard]");
        assertThat(SpeakerResolver.asNamed()).hasToString("SpeakerResolver[asNamed]");
        assertThat(SpeakerResolver.topmost()).hasToString("SpeakerResolver[topmost]");
        assertThat(SpeakerResolver.firstMatching(actor -> true)).hasToString("SpeakerResolver[firstMatching]");
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> SpeakerResolver.firstMatching(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("stop");
        assertThatThrownBy(() -> SpeakerResolver.standard().actorsFor(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("statement");
    }
}
