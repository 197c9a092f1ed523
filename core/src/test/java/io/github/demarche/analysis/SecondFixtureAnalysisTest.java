package io.github.demarche.analysis;

import static io.github.demarche.SecondFixture.ASEAN_LEADERS;
import static io.github.demarche.SecondFixture.BELARUS;
import static io.github.demarche.SecondFixture.CHINA;
import static io.github.demarche.SecondFixture.COUNCIL_DIPLOMATS;
import static io.github.demarche.SecondFixture.DRAFT;
import static io.github.demarche.SecondFixture.FIVE_POINTS;
import static io.github.demarche.SecondFixture.INDIA;
import static io.github.demarche.SecondFixture.INDONESIA;
import static io.github.demarche.SecondFixture.JUNTA;
import static io.github.demarche.SecondFixture.RESOLUTION_75_287;
import static io.github.demarche.SecondFixture.RUSSIA;
import static io.github.demarche.SecondFixture.SECURITY_COUNCIL;
import static io.github.demarche.SecondFixture.THAILAND;
import static io.github.demarche.SecondFixture.THOMAS_GREENFIELD;
import static io.github.demarche.SecondFixture.VIETNAM;
import static io.github.demarche.SecondFixture.VIOLENCE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Dossier;
import io.github.demarche.Position;
import io.github.demarche.SecondFixture;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the analysis says about the second fixture, as a careful reader of its sources would. */
class SecondFixtureAnalysisTest {

    private static final Dossier DOSSIER = SecondFixture.dossier();

    @Test
    void the_councils_condemnation_and_the_blocs_call_for_cessation_are_aligned() {
        StanceAlignment onViolence = StanceAlignment.inDossier(DOSSIER, VIOLENCE);

        // CRITICIZE scores -2.0, APPEAL +3.0: by score they would diverge; by position both are against the violence
        assertThat(onViolence.verdict(SECURITY_COUNCIL, ASEAN_LEADERS)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(onViolence.pairs(AlignmentVerdict.DIVERGENT)).isEmpty();
        // Min Aung Hlaing, a party to the consensus, counts for the junta
        assertThat(onViolence.actors()).extracting(a -> a.id()).containsExactlyInAnyOrder("unsc",
                "unnamed-asean-leaders", "mmr-sac");
    }

    @Test
    void votes_on_the_resolution_compare_as_positions() {
        StanceAlignment onResolution = StanceAlignment.inDossier(DOSSIER, StanceTarget.document(RESOLUTION_75_287.id()));

        assertThat(onResolution.verdict(CHINA, BELARUS)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(onResolution.verdict(CHINA, RUSSIA)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(onResolution.verdict(INDIA, THAILAND)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(onResolution.verdict(VIETNAM, INDONESIA)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(onResolution.verdict(VIETNAM, CHINA)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(onResolution.verdict(VIETNAM, BELARUS)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(onResolution.actors()).hasSize(7);
    }

    @Test
    void the_states_that_objected_to_the_word_coup_are_aligned_on_it() {
        StanceAlignment onCoup = StanceAlignment.inDossier(DOSSIER, StanceTarget.passage(DRAFT.id(), "coup"));

        assertThat(onCoup.actors()).containsExactlyInAnyOrder(CHINA, RUSSIA, INDIA, VIETNAM);
        assertThat(onCoup.pairs(AlignmentVerdict.ALIGNED)).hasSize(6);
        // the diplomats who relayed the objections took no part
        assertThat(onCoup.actors()).doesNotContain(COUNCIL_DIPLOMATS);
    }

    @Test
    void the_juntas_conditional_answer_takes_no_side_on_the_consensus() {
        StanceAlignment onConsensus = StanceAlignment.inDossier(DOSSIER, StanceTarget.document(FIVE_POINTS.id()));

        assertThat(onConsensus.stances(JUNTA)).extracting(s -> s.stance().position())
                .containsExactlyInAnyOrder(Position.FOR, Position.CONDITIONAL);
        // agreed in Jakarta (for), then conditional: only the agreement in Jakarta compares
        assertThat(onConsensus.pair(JUNTA, ASEAN_LEADERS).orElseThrow().firstSupport()).hasSize(1);
        assertThat(onConsensus.verdict(JUNTA, ASEAN_LEADERS)).isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void the_president_speaks_for_the_council_and_the_statement_counts_for_it() {
        Statement presidential = SecondFixture.PRESIDENTIAL;

        assertThat(SpeakerResolver.standard().actorsFor(presidential)).containsExactly(SECURITY_COUNCIL);
        assertThat(THOMAS_GREENFIELD.isMemberOf(SECURITY_COUNCIL)).isTrue();
        assertThat(THOMAS_GREENFIELD.isAffiliatedWith(SECURITY_COUNCIL)).isFalse();
    }

    @Test
    void the_directory_resolves_descriptions_and_surnames() {
        ActorDirectory directory = ActorDirectory.of(DOSSIER);

        assertThat(directory.resolve("the junta").found()).contains(JUNTA);
        assertThat(directory.resolve("the military regime").found()).contains(JUNTA);
        assertThat(directory.resolve("Thomas-Greenfield").found()).contains(THOMAS_GREENFIELD);
        assertThat(directory.resolve("the bloc").found()).contains(SecondFixture.ASEAN);
        assertThat(directory.resolve("leaders of the bloc").found()).contains(ASEAN_LEADERS);
    }

    @Test
    void a_statement_that_only_reports_a_figure_aligns_no_one() {
        List<Statement> figuresOnly = DOSSIER.statements().stream().filter(s -> s.stances().isEmpty()).toList();

        assertThat(figuresOnly).extracting(Statement::id).containsExactly("s08-aapp-reports-toll");
        assertThat(StanceAlignment.byTarget(figuresOnly)).isEmpty();
    }
}
