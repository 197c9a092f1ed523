package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.CHINA_GOV;
import static io.github.demarche.ReferenceArticleFixture.COUP;
import static io.github.demarche.ReferenceArticleFixture.CRITICISM;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.ReferenceArticleFixture.MEETING;
import static io.github.demarche.ReferenceArticleFixture.PRESS_CONFERENCE;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DossierTest {

    private static Dossier.Builder article() {
        return Dossier.builder().from(ReferenceArticleFixture.dossier());
    }

    @Test
    void looks_values_up_by_id() {
        Dossier dossier = ReferenceArticleFixture.dossier();
        assertThat(dossier.actor("wang-yi")).contains(WANG_YI);
        assertThat(dossier.actor("nobody")).isEmpty();
        assertThat(dossier.event("coup-2021-02-01")).contains(COUP);
        assertThat(dossier.statement("s07-beijing-denial")).contains(DENIAL);
        assertThat(dossier.casualtyReport("killed-2021-03-23")).contains(KILLED);
        assertThat(dossier).hasToString(
                "Dossier[The Irrawaddy 2021-03-24: 20 actors, 6 events, 10 statements, 1 casualty reports]");
    }

    @Test
    void rejects_duplicate_ids_within_each_kind() {
        Event otherCoup = Event.builder().from(COUP).title("Another").build();
        assertThat(article().addEvent(otherCoup).validate())
                .containsExactly(Violation.of("events[6].id", ViolationCode.DUPLICATE_ID,
                        "Dossier.events[6].id must be unique among the events, got 'coup-2021-02-01'"));
        assertThat(article().addStatement(DENIAL).validate())
                .containsExactly(Violation.of("statements[10].id", ViolationCode.DUPLICATE_ID,
                        "Dossier.statements[10].id must be unique among the statements, got 's07-beijing-denial'"));
        assertThat(article().addCasualtyReport(KILLED).validate())
                .containsExactly(Violation.of("casualtyReports[1].id", ViolationCode.DUPLICATE_ID,
                        "Dossier.casualtyReports[1].id must be unique among the casualty reports, got 'killed-2021-03-23'"));
    }

    @Test
    void rejects_a_duplicate_actor_id_and_keeps_the_first_actor_for_references() {
        assertThat(article().addActor(WANG_YI).validate())
                .containsExactly(Violation.of("actors[20].id", ViolationCode.DUPLICATE_ID,
                        "Dossier.actors[20].id must be unique among the actors, got 'wang-yi'"));
        // a different actor under a known id: only the duplicate is reported, the references
        // compare against the first actor with that id, which they equal
        Actor impostor = Actor.builder().from(WANG_YI).title("Vice Premier").build();
        assertThat(article().addActor(impostor).validate())
                .containsExactly(Violation.of("actors[20].id", ViolationCode.DUPLICATE_ID,
                        "Dossier.actors[20].id must be unique among the actors, got 'wang-yi'"));
    }

    @Test
    void an_event_may_share_an_id_with_a_statement() {
        Event event = Event.builder().from(COUP).id("s07-beijing-denial").build();
        assertThat(Dossier.builder().source(SOURCE).addEvent(event).addActor(ReferenceArticleFixture.MILITARY)
                .addActor(ReferenceArticleFixture.MYANMAR).addStatement(Statement.builder().from(DENIAL)
                        .eventIds(List.of(event.id())).stances(List.of(Stance.builder()
                                .from(DENIAL.stances().get(0)).target(StanceTarget.event(event.id())).build()))
                        .build())
                .addActors(CHINA, CHINA_GOV).validate()).isEmpty();
    }

    @Test
    void requires_every_referenced_actor_to_be_in_the_dossier() {
        Dossier.Builder withoutChinaGov = Dossier.builder().source(SOURCE).addActors(CHINA, WANG_YI)
                .addStatement(ReferenceArticleFixture.RECONCILIATION_PLEDGE);
        assertThat(withoutChinaGov.validate())
                .containsExactly(
                        Violation.of("actors[1].affiliation", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.actors[1].affiliation must be an actor of the dossier, got 'chn-gov'"),
                        Violation.of("statements[0].onBehalfOf", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.statements[0].onBehalfOf must be an actor of the dossier, got 'chn-gov'"));
    }

    @Test
    void finds_unknown_actors_in_every_place_they_can_be_named() {
        Dossier.Builder empty = Dossier.builder().source(SOURCE)
                .addStatement(ReferenceArticleFixture.EMBASSY_PROTEST)
                .addEvent(ReferenceArticleFixture.EMBASSY_PROTESTS)
                .addCasualtyReport(CasualtyReport.builder().from(KILLED).victims(Victims.of(CHINA))
                        .originator(ReferenceArticleFixture.PROTESTERS).reportedBy(ReferenceArticleFixture.UN).build());
        assertThat(empty.validate()).extracting(Violation::path).containsExactly(
                "statements[0].speakers[0]",
                "statements[0].stances[0].target",
                "statements[0].stances[1].target",
                "statements[0].stances[2].target",
                "statements[0].stances[3].target",
                "statements[0].stances[4].target",
                "events[0].participants[0].actor",
                "events[0].participants[1].actor",
                "events[0].participants[2].actor",
                "casualtyReports[0].victims",
                "casualtyReports[0].perpetrator",
                "casualtyReports[0].originator",
                "casualtyReports[0].reportedBy");
    }

    @Test
    void rejects_a_reference_to_a_different_actor_with_a_known_id() {
        Actor impostor = Actor.builder().from(WANG_YI).title("Vice Premier").build();
        Statement statement = Statement.builder().from(ReferenceArticleFixture.RECONCILIATION_PLEDGE)
                .speakers(List.of(impostor)).build();
        assertThat(article().statements(List.of(statement)).validate())
                .containsExactly(Violation.of("statements[0].speakers[0]", ViolationCode.CONFLICTING_REFERENCE,
                        "Dossier.statements[0].speakers[0] must equal the dossier's actor 'wang-yi', got a different"
                                + " actor with that id: Actor[wang-yi: Wang Yi, Vice Premier, PERSON]"));
    }

    @Test
    void requires_every_referenced_event_and_report_to_be_in_the_dossier() {
        assertThat(article().events(List.of()).casualtyReports(List.of()).validate())
                .extracting(Violation::path, Violation::message)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("statements[1].eventIds[0]",
                                "Dossier.statements[1].eventIds[0] must be an event of the dossier, got 'wang-lavrov-2021-03-23'"),
                        org.assertj.core.groups.Tuple.tuple("statements[5].eventIds[0]",
                                "Dossier.statements[5].eventIds[0] must be an event of the dossier, got 'coup-2021-02-01'"));
        Event meeting = Event.builder().from(MEETING).addCasualtyReportId("nowhere").build();
        assertThat(article().events(List.of(meeting)).validate())
                .contains(Violation.of("events[0].casualtyReportIds[0]", ViolationCode.UNKNOWN_REFERENCE,
                        "Dossier.events[0].casualtyReportIds[0] must be a casualty report of the dossier, got 'nowhere'"));
    }

    @Test
    void accepts_dates_up_to_the_publication_date_and_rejects_later_ones() {
        Statement onPublication = Statement.builder().from(DENIAL).date(ApproximateDate.parse("2021-03-24")).build();
        assertThat(article().statements(List.of(onPublication, CRITICISM)).validate()).isEmpty();
        Statement dayAfter = Statement.builder().from(DENIAL).date(ApproximateDate.parse("2021-03-25")).build();
        assertThat(article().statements(List.of(dayAfter, CRITICISM)).validate())
                .containsExactly(Violation.of("statements[0].date", ViolationCode.DATED_AFTER_PUBLICATION,
                        "Dossier.statements[0].date must not be after the source's publication date 2021-03-24,"
                                + " got '2021-03-25'"));
        Event future = Event.builder().from(COUP).date(ApproximateDate.parse("2021-04")).build();
        assertThat(article().events(List.of(future, MEETING)).statements(List.of()).casualtyReports(List.of())
                .validate())
                .containsExactly(Violation.of("events[0].date", ViolationCode.DATED_AFTER_PUBLICATION,
                        "Dossier.events[0].date must not be after the source's publication date 2021-03-24,"
                                + " got '2021-04'"));
        CasualtyReport late = CasualtyReport.builder().from(KILLED).asOf(ApproximateDate.parse("2021-03-25")).build();
        assertThat(article().casualtyReports(List.of(late)).validate())
                .containsExactly(Violation.of("casualtyReports[0].asOf", ViolationCode.DATED_AFTER_PUBLICATION,
                        "Dossier.casualtyReports[0].asOf must not be after the source's publication date 2021-03-24,"
                                + " got '2021-03-25'"));
    }

    @Test
    void rejects_a_period_start_after_the_publication_even_when_as_of_is_not() {
        // asOf "2021-03" counts from March 1, before the publication on March 24; the period start is not
        CasualtyReport onPublication = CasualtyReport.builder().from(KILLED).asOf(ApproximateDate.parse("2021-03"))
                .periodStart(ApproximateDate.parse("2021-03-24")).build();
        assertThat(article().casualtyReports(List.of(onPublication)).validate()).isEmpty();
        CasualtyReport dayAfter = CasualtyReport.builder().from(KILLED).asOf(ApproximateDate.parse("2021-03"))
                .periodStart(ApproximateDate.parse("2021-03-25")).build();
        assertThat(article().casualtyReports(List.of(dayAfter)).validate())
                .containsExactly(Violation.of("casualtyReports[0].periodStart",
                        ViolationCode.DATED_AFTER_PUBLICATION,
                        "Dossier.casualtyReports[0].periodStart must not be after the source's publication date"
                                + " 2021-03-24, got '2021-03-25'"));
    }

    @Test
    void lets_a_projections_horizon_lie_after_the_publication_but_not_its_as_of_date() {
        CasualtyReport projection = CasualtyReport.builder().from(KILLED).figureKind(FigureKind.PROJECTION)
                .horizon(ApproximateDate.parse("2021-04")).build();
        assertThat(article().casualtyReports(List.of(projection)).validate()).isEmpty();
        CasualtyReport late = CasualtyReport.builder().from(projection).asOf(ApproximateDate.parse("2021-03-25"))
                .build();
        assertThat(article().casualtyReports(List.of(late)).validate())
                .containsExactly(Violation.of("casualtyReports[0].asOf", ViolationCode.DATED_AFTER_PUBLICATION,
                        "Dossier.casualtyReports[0].asOf must not be after the source's publication date 2021-03-24,"
                                + " got '2021-03-25'"));
    }

    @Test
    void an_open_interval_since_before_publication_is_not_after_it() {
        Statement since = Statement.builder().from(DENIAL).date(ApproximateDate.parse("2021-02-01/..")).build();
        assertThat(article().statements(List.of(since, CRITICISM)).validate()).isEmpty();
    }

    @Test
    void reports_every_violation_in_one_exception() {
        Statement dayAfter = Statement.builder().from(DENIAL).date(ApproximateDate.parse("2021-03-25")).build();
        assertThatThrownBy(() -> article().addStatement(dayAfter).build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: Dossier.statements[10].id must be unique among the statements, got"
                        + " 's07-beijing-denial'; Dossier.statements[10].date must not be after the source's"
                        + " publication date 2021-03-24, got '2021-03-25'");
    }

    @Test
    void equal_when_all_attributes_are_equal_and_serializable() {
        Dossier dossier = ReferenceArticleFixture.dossier();
        assertThat(ReferenceArticleFixture.dossier()).isEqualTo(dossier).hasSameHashCodeAs(dossier);
        assertThat(SerializationSupport.roundTrip(dossier)).isEqualTo(dossier);
    }

    @Test
    void requires_the_organization_of_a_membership_and_the_reporter_of_a_statement_to_be_in_the_dossier() {
        Actor asean = Actor.builder().id("the-bloc").name("ASEAN").kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).build();
        Actor leaders = Actor.builder().id("unnamed-asean-leaders-1").description("leaders of the bloc")
                .kind(ActorKind.PERSON).collective(true).addMembership(Membership.of(asean, "leader")).build();
        Statement reported = Statement.builder().from(ReferenceArticleFixture.DEEP_CONCERN).reportedBy(leaders).build();
        Dossier.Builder withoutAsean = Dossier.builder().source(SOURCE)
                .addAllActors(ReferenceArticleFixture.ACTORS).addActor(leaders).addStatement(reported);
        assertThat(withoutAsean.validate())
                .extracting(Violation::path, Violation::message)
                .contains(org.assertj.core.groups.Tuple.tuple("actors[" + ReferenceArticleFixture.ACTORS.size()
                                + "].memberships[0].organization", "Dossier.actors[" + ReferenceArticleFixture.ACTORS.size()
                                + "].memberships[0].organization must be an actor of the dossier, got 'the-bloc'"));
        Dossier.Builder withoutLeaders = Dossier.builder().source(SOURCE)
                .addAllActors(ReferenceArticleFixture.ACTORS).addStatement(reported);
        assertThat(withoutLeaders.validate())
                .extracting(Violation::path, Violation::message)
                .contains(org.assertj.core.groups.Tuple.tuple("statements[0].reportedBy",
                        "Dossier.statements[0].reportedBy must be an actor of the dossier, got 'unnamed-asean-leaders-1'"));
    }

    @Test
    void holds_documents_and_checks_what_they_and_stances_name() {
        Dossier dossier = article().addActors(DocumentFixture.UK, DocumentFixture.INDIA, DocumentFixture.VIETNAM)
                .addDocuments(DocumentFixture.DRAFT, DocumentFixture.PRESS_STATEMENT, DocumentFixture.FIVE_POINTS)
                .build();
        assertThat(dossier.document("unsc-draft-2021-03")).contains(DocumentFixture.DRAFT);
        assertThat(dossier.document("nothing")).isEmpty();
        assertThat(dossier.toString()).endsWith("1 casualty reports, 3 documents]");
        Stance onPassage = Stance.builder().type(StanceType.REJECT)
                .target(StanceTarget.passage("unsc-draft-2021-03", "coup-wording")).build();
        Statement objection = Statement.builder().from(DENIAL).id("s-objection").stances(List.of(onPassage,
                Stance.builder().type(StanceType.DENY).target(StanceTarget.statement("s07-beijing-denial")).build(),
                Stance.builder().type(StanceType.DENY).target(StanceTarget.casualtyReport("killed-2021-03-23")).build()))
                .build();
        assertThat(Dossier.builder().from(dossier).addStatement(objection).validate()).isEmpty();
    }

    @Test
    void rejects_unknown_documents_passages_reports_statements_and_actors_of_documents() {
        Statement unknown = Statement.builder().from(DENIAL).id("s-unknown").stances(List.of(
                Stance.builder().type(StanceType.REJECT).target(StanceTarget.passage("unsc-draft-2021-03", "op9")).build(),
                Stance.builder().type(StanceType.REJECT).target(StanceTarget.document("nothing")).build(),
                Stance.builder().type(StanceType.DENY).target(StanceTarget.statement("s99")).build(),
                Stance.builder().type(StanceType.DENY).target(StanceTarget.casualtyReport("r99")).build())).build();
        Document vote = DocumentFixture.voted(Vote.of(DocumentFixture.INDIA, VoteChoice.ABSTENTION));
        assertThat(article().addActors(DocumentFixture.UK, DocumentFixture.VIETNAM)
                .addDocuments(DocumentFixture.DRAFT, vote).addStatement(unknown).validate()).containsExactly(
                        Violation.of("statements[10].stances[0].target", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.statements[10].stances[0].target must be a passage of document"
                                        + " 'unsc-draft-2021-03', got 'op9'"),
                        Violation.of("statements[10].stances[1].target", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.statements[10].stances[1].target must be a document of the dossier, got 'nothing'"),
                        Violation.of("statements[10].stances[2].target", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.statements[10].stances[2].target must be a statement of the dossier, got 's99'"),
                        Violation.of("statements[10].stances[3].target", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.statements[10].stances[3].target must be a casualty report of the dossier, got 'r99'"),
                        Violation.of("documents[0].draftOf", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.documents[0].draftOf must be a document of the dossier, got 'unsc-press-2021-03-10'"),
                        Violation.of("documents[0].passages[0].objectedBy[2]", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.documents[0].passages[0].objectedBy[2] must be an actor of the dossier, got 'ind'"),
                        Violation.of("documents[1].adoption.votes[0].actor", ViolationCode.UNKNOWN_REFERENCE,
                                "Dossier.documents[1].adoption.votes[0].actor must be an actor of the dossier, got 'ind'"));
    }

    @Test
    void rejects_a_duplicate_document_id_and_a_document_dated_after_publication() {
        Document late = Document.builder().from(DocumentFixture.PRESS_STATEMENT).id("late")
                .date(ApproximateDate.parse("2021-04")).build();
        assertThat(article().addDocuments(DocumentFixture.PRESS_STATEMENT, DocumentFixture.PRESS_STATEMENT, late)
                .validate()).containsExactly(
                        Violation.of("documents[1].id", ViolationCode.DUPLICATE_ID,
                                "Dossier.documents[1].id must be unique among the documents, got 'unsc-press-2021-03-10'"),
                        Violation.of("documents[2].date", ViolationCode.DATED_AFTER_PUBLICATION,
                                "Dossier.documents[2].date must not be after the source's publication date 2021-03-24,"
                                        + " got '2021-04'"));
    }

    private static Statement joint(String date, RelativeDate relativeDate) {
        return Statement.builder().from(JOINT_STATEMENT).date(ApproximateDate.parse(date)).relativeDate(relativeDate)
                .build();
    }

    @Test
    void requires_a_relative_dates_anchor_to_be_in_the_dossier_as_its_kind_says() {
        assertThat(article().statements(List.of(joint("2021-03-23",
                RelativeDate.on(RelativeDate.Anchor.event("wang-lavrov-2021-03-23"))))).validate()).isEmpty();
        assertThat(article().statements(List.of(joint("2021-03-23",
                RelativeDate.after(RelativeDate.Anchor.event("nowhere"))))).validate())
                .containsExactly(Violation.of("statements[0].relativeDate.anchor", ViolationCode.UNKNOWN_REFERENCE,
                        "Dossier.statements[0].relativeDate.anchor must be an event of the dossier, got 'nowhere'"));
        // an event's id names no statement: the anchor's kind says which ids it is among
        Event press = Event.builder().from(PRESS_CONFERENCE).id("junta-press-2")
                .relativeDate(RelativeDate.on(RelativeDate.Anchor.statement("wang-lavrov-2021-03-23"))).build();
        assertThat(article().addEvent(press).validate())
                .containsExactly(Violation.of("events[6].relativeDate.anchor", ViolationCode.UNKNOWN_REFERENCE,
                        "Dossier.events[6].relativeDate.anchor must be a statement of the dossier,"
                                + " got 'wang-lavrov-2021-03-23'"));
        Event sameDay = Event.builder().from(press)
                .relativeDate(RelativeDate.on(RelativeDate.Anchor.statement("s03-joint-statement"))).build();
        assertThat(article().addEvent(sameDay).validate()).isEmpty();
    }

    @Test
    void rejects_a_relative_date_that_contradicts_the_dates() {
        // six weeks after the coup of Feb. 1 is March 15, not the day of the Guilin meeting
        RelativeDate sixWeeksAfterCoup = RelativeDate.after(RelativeDate.Anchor.event("coup-2021-02-01"), 6,
                RelativeDate.Unit.WEEKS).withWording("six weeks after the coup");
        assertThat(article().statements(List.of(joint("2021-03-15", sixWeeksAfterCoup))).validate()).isEmpty();
        assertThat(article().statements(List.of(joint("2021-03-23", sixWeeksAfterCoup))).validate())
                .containsExactly(Violation.of("statements[0].relativeDate", ViolationCode.INCONSISTENT,
                        "Dossier.statements[0].relativeDate must agree with the statement's date: 6 weeks after"
                                + " event:coup-2021-02-01 (2021-02-01) falls in 2021-03-15, got '2021-03-23'"));
        // "after the meeting" cannot be dated before it
        Statement early = Statement.builder().from(DEEP_CONCERN).date(ApproximateDate.parse("2021-03-early"))
                .relativeDate(RelativeDate.after(RelativeDate.Anchor.statement("s03-joint-statement"))).build();
        assertThat(article().statements(List.of(JOINT_STATEMENT, early)).validate())
                .containsExactly(Violation.of("statements[1].relativeDate", ViolationCode.INCONSISTENT,
                        "Dossier.statements[1].relativeDate must agree with the statement's date: after"
                                + " statement:s03-joint-statement (2021-03-23) falls in 2021-03-23/..,"
                                + " got '2021-03-early'"));
        Event pressBefore = Event.builder().from(PRESS_CONFERENCE).id("junta-press-2")
                .relativeDate(RelativeDate.before(RelativeDate.Anchor.event("wang-lavrov-2021-03-23"), 1,
                        RelativeDate.Unit.DAYS)).build();
        assertThat(article().addEvent(pressBefore).validate())
                .containsExactly(Violation.of("events[6].relativeDate", ViolationCode.INCONSISTENT,
                        "Dossier.events[6].relativeDate must agree with the event's date: 1 day before"
                                + " event:wang-lavrov-2021-03-23 (2021-03-23) falls in 2021-03-22, got '2021-03-23'"));
    }

    @Test
    void checks_only_what_is_certain_when_a_date_is_approximate() {
        RelativeDate sixWeeksAfterCoup = RelativeDate.after(RelativeDate.Anchor.event("coup-2021-02-01"), 6,
                RelativeDate.Unit.WEEKS);
        // "about March 20": six weeks is as loose as the date, only the order is certain
        assertThat(article().statements(List.of(joint("2021-03-20~", sixWeeksAfterCoup))).validate()).isEmpty();
        // "in March": it may be the day after the meeting
        Statement march = Statement.builder().from(DEEP_CONCERN)
                .relativeDate(RelativeDate.after(RelativeDate.Anchor.event("wang-lavrov-2021-03-23"))).build();
        assertThat(march.date()).isEqualTo(ApproximateDate.parse("2021-03"));
        assertThat(article().statements(List.of(march)).validate()).isEmpty();
        // during the weeks of the blocked resolution
        Statement during = joint("2021-03-23", RelativeDate.during(RelativeDate.Anchor.event("unsc-resolution-coup")));
        assertThat(article().statements(List.of(during)).validate()).isEmpty();
    }
}
