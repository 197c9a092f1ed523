package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.CALL_ON_UN;
import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.CHINA_GOV;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.CRITICS;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.ReferenceArticleFixture.EMBASSY_PROTEST;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.JUNTA;
import static io.github.demarche.ReferenceArticleFixture.JUNTA_PRESS;
import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.ReferenceArticleFixture.POLITICAL_SOLUTION;
import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static io.github.demarche.ReferenceArticleFixture.RECONCILIATION;
import static io.github.demarche.ReferenceArticleFixture.RECONCILIATION_PLEDGE;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_ALARMED;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_GOV;
import static io.github.demarche.ReferenceArticleFixture.SITUATION;
import static io.github.demarche.ReferenceArticleFixture.STATEMENTS;
import static io.github.demarche.ReferenceArticleFixture.UN;
import static io.github.demarche.ReferenceArticleFixture.UN_ACTION;
import static io.github.demarche.ReferenceArticleFixture.UN_SECURITY_COUNCIL;
import static io.github.demarche.ReferenceArticleFixture.VETO;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reference article, compared as its readers would: the verdicts the text supports. */
class ReferenceArticleAnalysisTest {

    private final Dossier dossier = ReferenceArticleFixture.dossier();

    @Test
    void aligns_china_and_russia_on_the_situation_in_myanmar() {
        StanceAlignment alignment = StanceAlignment.of(dossier.statements(), SITUATION);
        assertThat(alignment.actors()).containsExactly(CHINA, RUSSIA);
        assertThat(alignment.verdict(CHINA, RUSSIA)).isEqualTo(AlignmentVerdict.ALIGNED);
        ActorPairAlignment pair = alignment.pair(CHINA, RUSSIA).orElseThrow();
        assertThat(pair.supportingStatements()).containsExactly(DEEP_CONCERN);
        assertThat(pair).hasToString(
                "ActorPairAlignment[chn, rus on topic 'the situation in Myanmar' (myanmar-situation): ALIGNED]");
    }

    @Test
    void aligns_china_and_russia_on_a_political_solution() {
        StanceAlignment alignment = StanceAlignment.of(dossier.statements(), POLITICAL_SOLUTION);
        assertThat(alignment.verdict(CHINA, RUSSIA)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(alignment.pair(RUSSIA, CHINA).orElseThrow().supportingStatements()).containsExactly(JOINT_STATEMENT);
    }

    @Test
    void aligns_the_topic_by_its_key_whatever_the_label() {
        StanceTarget sameTopic = StanceTarget.topic("a political solution", "myanmar-political-solution");
        assertThat(StanceAlignment.of(STATEMENTS, sameTopic).verdict(CHINA, RUSSIA)).isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void sets_the_protesters_against_china_and_russia_on_un_action() {
        StanceAlignment alignment = StanceAlignment.of(dossier.statements(), UN_ACTION);
        assertThat(alignment.actors()).containsExactly(CHINA, PROTESTERS, RUSSIA);
        assertThat(alignment.verdict(PROTESTERS, CHINA)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(alignment.verdict(PROTESTERS, RUSSIA)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(alignment.verdict(CHINA, RUSSIA)).isEqualTo(AlignmentVerdict.ALIGNED);
        ActorPairAlignment pair = alignment.pair(PROTESTERS, CHINA).orElseThrow();
        assertThat(pair.firstSupport()).extracting(AttributedStance::statement).containsExactly(CALL_ON_UN);
        assertThat(pair.secondSupport()).extracting(AttributedStance::statement).containsExactly(VETO);
        assertThat(pair.supportingStatements()).containsExactly(VETO, CALL_ON_UN);
        assertThat(alignment).hasToString("StanceAlignment[topic 'United Nations action against the military regime'"
                + " (un-action-on-myanmar): 3 actors, 3 pairs]");
    }

    @Test
    void aligns_every_target_of_the_article_in_one_pass() {
        Map<String, StanceAlignment> byTarget = StanceAlignment.byTarget(dossier.statements());
        assertThat(byTarget).containsKeys("topic:myanmar-situation", "topic:myanmar-political-solution",
                "topic:un-action-on-myanmar", "actor:chn", "actor:mmr", "statement:s02-criticism");
        assertThat(byTarget.get("topic:un-action-on-myanmar").pairs(AlignmentVerdict.DIVERGENT)).hasSize(2);
        assertThat(byTarget.get("actor:chn").actors()).containsExactly(JUNTA, PROTESTERS, CRITICS);
        assertThat(byTarget.get("actor:chn").verdict(JUNTA, PROTESTERS)).isEqualTo(AlignmentVerdict.DIVERGENT);
        // the unnamed critics and the protesters are both against China; Beijing denies the critics' statement
        assertThat(byTarget.get("actor:chn").verdict(PROTESTERS, CRITICS)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(byTarget.get("statement:s02-criticism").actors()).containsExactly(CHINA);
    }

    @Test
    void reconciles_the_over_270_figure_as_current() {
        List<CasualtyReconciliation> reconciliations = CasualtyReconciliation.byScope(dossier.casualtyReports());
        assertThat(reconciliations).hasSize(1);
        CasualtyReconciliation reconciliation = reconciliations.get(0);
        assertThat(reconciliation.current()).contains(KILLED);
        assertThat(reconciliation.estimate().orElseThrow().wording()).contains("over 270");
        assertThat(reconciliation.estimate().orElseThrow().low()).isEqualTo(271);
        assertThat(reconciliation.reports()).containsExactly(ReconciledReport.of(KILLED, ReportStatus.CURRENT));
        assertThat(reconciliation).hasToString("CasualtyReconciliation[killed civilians in MMR: current >270 as of"
                + " 2021-03-23, 1 reports, 0 inconsistencies]");
    }

    @Test
    void keeps_the_over_270_figure_current_over_an_earlier_one() {
        CasualtyReport earlyMarch = Samples.cumulative("killed-2021-03-early", QualifiedCount.about(60), "2021-03-early");
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(KILLED, earlyMarch));
        assertThat(reconciliation.current()).contains(KILLED);
        assertThat(reconciliation.reports()).containsExactly(ReconciledReport.of(earlyMarch, ReportStatus.SUPERSEDED),
                ReconciledReport.of(KILLED, ReportStatus.CURRENT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Beijing", "beijing", "BEIJING", " Beijing. ", "Government of China", "the Government of China"})
    void resolves_beijing_to_chinas_government(String name) {
        assertThat(ActorDirectory.of(dossier).resolve(name).found()).contains(CHINA_GOV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"moscow", "Moscow", "Russian authorities", "the Russian authorities"})
    void resolves_moscow_to_russias_government(String name) {
        assertThat(ActorDirectory.of(dossier).resolve(name).found()).contains(RUSSIA_GOV);
    }

    @ParameterizedTest
    @ValueSource(strings = {"U.N", "UN", "united nations", "U.N.", "U. N.", "the United Nations", "Uníted Nátions"})
    void resolves_the_un_however_it_is_written(String name) {
        assertThat(ActorDirectory.of(dossier).resolve(name).found()).contains(UN);
    }

    @Test
    void resolves_the_other_names_of_the_article() {
        ActorDirectory directory = ActorDirectory.of(dossier);
        assertThat(directory.resolve("U.N Security Council").found()).contains(UN_SECURITY_COUNCIL);
        assertThat(directory.resolve("UN Security Council").found()).contains(UN_SECURITY_COUNCIL);
        assertThat(directory.resolve("the junta").found()).contains(JUNTA);
        assertThat(directory.resolve("the military regime").found()).contains(JUNTA);
        assertThat(directory.resolve("anti-coup protesters").found()).contains(PROTESTERS);
        assertThat(directory.resolve("Sergéi Lávrov").found()).contains(ReferenceArticleFixture.LAVROV);
        assertThat(directory.resolve("Washington").isUnknown()).isTrue();
    }

    @Test
    void counts_statements_for_the_actors_the_article_says_they_speak_for() {
        Map<String, List<Statement>> bySpeaker = Groupings.bySpeaker(dossier.statements());
        assertThat(bySpeaker.get("chn")).containsExactly(DEEP_CONCERN, JOINT_STATEMENT, VETO, DENIAL);
        assertThat(bySpeaker.get("rus")).containsExactly(DEEP_CONCERN, JOINT_STATEMENT, VETO);
        assertThat(bySpeaker.get("chn-gov")).containsExactly(RECONCILIATION_PLEDGE);
        assertThat(bySpeaker.get("rus-gov")).containsExactly(RUSSIA_ALARMED);
        assertThat(bySpeaker.get("mmr-junta")).containsExactly(JUNTA_PRESS);
        assertThat(bySpeaker.get("mmr-protesters")).containsExactly(CALL_ON_UN, EMBASSY_PROTEST);
        assertThat(Groupings.bySpeaker(dossier.statements(), SpeakerResolver.topmost()).get("chn"))
                .containsExactly(DEEP_CONCERN, JOINT_STATEMENT, VETO, DENIAL, RECONCILIATION_PLEDGE);
    }

    @Test
    void follows_beijing_from_early_march_to_tuesday() {
        StanceTimeline pledge = StanceTimeline.of(dossier.statements(), CHINA_GOV, RECONCILIATION);
        assertThat(pledge.stances()).extracting(AttributedStance::statement).containsExactly(RECONCILIATION_PLEDGE);
        assertThat(pledge.shifts()).isEmpty();
        assertThat(pledge).hasToString("StanceTimeline[chn-gov on topic 'reconciliation by engaging with all relevant"
                + " parties' (myanmar-reconciliation): 1 stances, 0 shifts]");
        AttributedStance earlyMarch = pledge.stances().get(0);
        AttributedStance tuesday = StanceTimeline.of(dossier.statements(), CHINA, POLITICAL_SOLUTION).stances().get(0);
        StanceShift shift = StanceShift.of(earlyMarch, tuesday);
        assertThat(shift.direction()).isEqualTo(ShiftDirection.TOWARD_CONFLICT);
        assertThat(shift.change()).hasValue(-1.6);
        assertThat(shift).hasToString(
                "StanceShift[INTEND_TO_MEDIATE 2021-03-early -> SUPPORT 2021-03-23: TOWARD_CONFLICT -1.6]");
        AttributedStance march = StanceTimeline.of(dossier.statements(), CHINA, SITUATION).stances().get(0);
        assertThat(StanceShift.of(march, tuesday).direction()).isEqualTo(ShiftDirection.UNORDERED);
    }

    @Test
    void filters_the_statements_of_march() {
        ApproximateDate march = ApproximateDate.parse("2021-03");
        assertThat(Groupings.statementsInPeriod(dossier.statements(), march, PeriodMatch.WITHIN)).containsExactly(
                DEEP_CONCERN, JOINT_STATEMENT, CALL_ON_UN, RECONCILIATION_PLEDGE, RUSSIA_ALARMED, JUNTA_PRESS);
        assertThat(Groupings.statementsInPeriod(dossier.statements(), march, PeriodMatch.OVERLAPS))
                .containsExactlyElementsOf(dossier.statements());
        assertThat(Groupings.statementsInPeriod(dossier.statements(), ApproximateDate.parse("2021-03-early"),
                PeriodMatch.WITHIN)).containsExactly(RECONCILIATION_PLEDGE);
        assertThat(Groupings.byTarget(dossier.statements()).get("topic:un-action-on-myanmar"))
                .containsExactly(CALL_ON_UN, VETO);
    }
}
