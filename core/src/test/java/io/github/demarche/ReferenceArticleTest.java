package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.CALL_ON_UN;
import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.CHINA_GOV;
import static io.github.demarche.ReferenceArticleFixture.CHINESE_EMBASSY;
import static io.github.demarche.ReferenceArticleFixture.COUP;
import static io.github.demarche.ReferenceArticleFixture.CRITICISM;
import static io.github.demarche.ReferenceArticleFixture.CRITICS;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.JUNTA;
import static io.github.demarche.ReferenceArticleFixture.JUNTA_PRESS;
import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.ReferenceArticleFixture.LAVROV;
import static io.github.demarche.ReferenceArticleFixture.MEETING;
import static io.github.demarche.ReferenceArticleFixture.MIN_AUNG_HLAING;
import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static io.github.demarche.ReferenceArticleFixture.RECONCILIATION_PLEDGE;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_ALARMED;
import static io.github.demarche.ReferenceArticleFixture.RUSSIAN_EMBASSY;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_GOV;
import static io.github.demarche.ReferenceArticleFixture.VETO;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static io.github.demarche.ReferenceArticleFixture.ZAW_MIN_TUN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference article, read as a reader would: its model is valid and compares as the text says. */
class ReferenceArticleTest {

    private final Dossier dossier = ReferenceArticleFixture.dossier();

    @Test
    void the_whole_article_validates() {
        assertThat(Dossier.builder().from(dossier).validate()).isEmpty();
        // 10 statements since the model can say the unnamed critics' (s02)
        assertThat(dossier.statements()).hasSize(10);
        assertThat(dossier.actors()).hasSize(20);
        assertThat(dossier.events()).extracting(Event::type).contains(EventType.COUP, EventType.MEETING,
                EventType.VOTE_OR_RESOLUTION, EventType.PROTEST, EventType.CRACKDOWN, EventType.PRESS_CONFERENCE);
    }

    @Test
    void china_and_russia_share_deep_concern_about_the_situation() {
        Stance concern = DEEP_CONCERN.stances().get(0);
        assertThat(DEEP_CONCERN.speakers()).containsExactly(CHINA, RUSSIA);
        assertThat(concern.intensity()).isEqualTo(Intensity.HIGH);
        assertThat(concern.cooperationScore()).isEqualTo(-0.6);
        assertThat(DEEP_CONCERN.quote()).contains("deep concern");
    }

    @Test
    void over_270_civilians_killed_as_of_tuesday_since_the_coup() {
        assertThat(KILLED.count().qualifier()).isEqualTo(CountQualifier.MORE_THAN);
        assertThat(KILLED.count().figure()).hasValue(270);
        assertThat(KILLED.count().low()).isEqualTo(271);
        assertThat(KILLED.count().isUnbounded()).isTrue();
        assertThat(KILLED.asOf().earliest()).isEqualTo(java.time.LocalDate.of(2021, 3, 23));
        assertThat(KILLED.periodStart()).contains(COUP.date());
        assertThat(dossier.event("crackdown-2021").orElseThrow().casualtyReportIds()).containsExactly(KILLED.id());
    }

    @Test
    void wang_yi_and_lavrov_speak_jointly_at_their_meeting() {
        assertThat(JOINT_STATEMENT.speakers()).containsExactly(WANG_YI, LAVROV);
        assertThat(JOINT_STATEMENT.eventIds()).containsExactly(MEETING.id());
        assertThat(JOINT_STATEMENT.stances()).extracting(Stance::type)
                .containsExactly(StanceType.SUPPORT, StanceType.APPEAL, StanceType.SUPPORT, StanceType.REJECT);
        assertThat(WANG_YI.isAffiliatedWith(CHINA)).isTrue();
        assertThat(LAVROV.isAffiliatedWith(RUSSIA)).isTrue();
        assertThat(LAVROV.isAffiliatedWith(CHINA)).isFalse();
    }

    @Test
    void the_protesters_appeal_opposes_the_veto_of_china_and_russia() {
        Stance appeal = CALL_ON_UN.stances().get(0);
        Stance veto = VETO.stances().get(0);
        assertThat(appeal.opposes(veto)).isTrue();
        assertThat(veto.opposes(appeal)).isTrue();
        assertThat(appeal.isMoreConciliatoryThan(veto)).isTrue();
        assertThat(dossier.event("unsc-resolution-coup").orElseThrow().isBlocked()).isTrue();
    }

    @Test
    void beijing_is_chinas_government_and_denies_what_its_critics_suggest() {
        assertThat(CHINA_GOV.isKnownAs("Beijing")).isTrue();
        assertThat(RUSSIA_GOV.isKnownAs("Moscow")).isTrue();
        assertThat(DENIAL.speakers()).containsExactly(CHINA_GOV);
        assertThat(DENIAL.stances().get(0).type()).isEqualTo(StanceType.DENY);
        // "Stung by the criticism": the denial answers the critics' statement, not the coup
        assertThat(DENIAL.stances().get(0).target().statementId()).contains(CRITICISM.id());
        assertThat(DENIAL.eventIds()).containsExactly(COUP.id());
    }

    @Test
    void unnamed_critics_criticize_china_and_russia_severely() {
        assertThat(CRITICS.name()).isEmpty();
        assertThat(CRITICS.isCollective()).isTrue();
        assertThat(CRITICISM.speakers()).containsExactly(CRITICS);
        assertThat(CRITICISM.stances()).extracting(stance -> stance.target().actor().orElseThrow())
                .containsExactly(CHINA, RUSSIA);
        assertThat(CRITICISM.stances()).allSatisfy(stance -> {
            assertThat(stance.type()).isEqualTo(StanceType.CRITICIZE);
            assertThat(stance.intensity()).isEqualTo(Intensity.HIGH);
        });
    }

    @Test
    void the_junta_leader_holds_a_role_and_the_protests_target_the_embassies() {
        assertThat(MIN_AUNG_HLAING.memberships()).containsExactly(Membership.of(JUNTA, "leader"));
        assertThat(MIN_AUNG_HLAING.affiliation()).contains(JUNTA);
        assertThat(ZAW_MIN_TUN.memberships()).containsExactly(Membership.of(JUNTA, "spokesman"));
        assertThat(JUNTA.commonDescriptions()).containsExactly("the junta", "the military regime", "the regime");
        assertThat(WANG_YI.surname()).contains("Wang");
        assertThat(dossier.event("embassy-protests-yangon").orElseThrow().participants())
                .extracting(Participant::actor).containsExactly(PROTESTERS, CHINESE_EMBASSY, RUSSIAN_EMBASSY);
        assertThat(CHINESE_EMBASSY.isAffiliatedWith(CHINA)).isTrue();
    }

    @Test
    void early_march_comes_before_tuesday_but_not_before_march() {
        assertThat(RECONCILIATION_PLEDGE.date()).hasToString("2021-03-early");
        assertThat(RECONCILIATION_PLEDGE.isBefore(JOINT_STATEMENT)).isTrue();
        assertThat(RECONCILIATION_PLEDGE.isBefore(DEEP_CONCERN)).isFalse();
        assertThat(RECONCILIATION_PLEDGE.isAfter(DEEP_CONCERN)).isFalse();
        assertThat(COUP.isBefore(MEETING)).isTrue();
    }

    @Test
    void mediation_is_more_conciliatory_than_concern_and_the_weighed_suspension_is_contemplated() {
        Stance mediate = RECONCILIATION_PLEDGE.stances().get(0);
        Stance alarmed = RUSSIA_ALARMED.stances().get(0);
        Stance weighing = RUSSIA_ALARMED.stances().get(1);
        assertThat(mediate.isMoreConciliatoryThan(alarmed)).isTrue();
        assertThat(weighing.isContemplated()).isTrue();
        assertThat(weighing.cooperationScore()).isEqualTo(-2.9);
        assertThat(alarmed.isMoreConciliatoryThan(weighing)).isTrue();
        assertThat(RUSSIA_ALARMED.onBehalfOf()).contains(RUSSIA_GOV);
    }

    @Test
    void the_junta_spokesman_praises_china_at_tuesdays_press_conference() {
        assertThat(JUNTA_PRESS.speakers()).containsExactly(ZAW_MIN_TUN);
        assertThat(ZAW_MIN_TUN.title()).contains("Brigadier General");
        assertThat(JUNTA_PRESS.channel()).isEqualTo(Channel.PRESS_CONFERENCE);
        assertThat(JUNTA_PRESS.stances()).anySatisfy(stance -> {
            assertThat(stance.type()).isEqualTo(StanceType.PRAISE);
            assertThat(stance.target().actor()).contains(CHINA);
        });
    }

    @Test
    void sorts_the_statements_in_time_order() {
        List<Statement> statements = new ArrayList<>(dossier.statements());
        statements.sort(Statement.CHRONOLOGICAL);
        assertThat(statements).extracting(Statement::id).containsExactly(
                "s02-criticism", "s05-blocked-resolution", "s06-embassy-protests", "s07-beijing-denial",
                "s08-reconciliation", "s01-deep-concern", "s04-call-on-un", "s09-russia-alarmed",
                "s03-joint-statement", "s10-junta-press-conference");
    }

    @Test
    void nothing_is_dated_after_publication() {
        for (Statement statement : dossier.statements()) {
            assertThat(statement.date().earliest()).as(statement.id())
                    .isBeforeOrEqualTo(ReferenceArticleFixture.PUBLISHED);
        }
    }
}
