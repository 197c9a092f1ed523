package io.github.demarche;

import static io.github.demarche.SecondFixture.AAPP_APRIL_15;
import static io.github.demarche.SecondFixture.AAPP_APRIL_20;
import static io.github.demarche.SecondFixture.AAPP_AUGUST_18;
import static io.github.demarche.SecondFixture.JUNTA_APRIL_15;
import static io.github.demarche.SecondFixture.UP_TO_FOUR_MILLION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.analysis.ActorDirectory;
import io.github.demarche.analysis.DocumentStatements;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The second fixture models every kind of claim of the teaching table, and its figures read as
 * their sources give them. What the analysis makes of it is in
 * {@code analysis.SecondFixtureAnalysisTest}.
 */
class SecondFixtureTest {

    private static final Dossier DOSSIER = SecondFixture.dossier();

    /** For each row of the teaching table, by its test's name: how the fixture shows that kind of claim. */
    static final Map<String, Predicate<Dossier>> KINDS = Map.ofEntries(
            Map.entry("stance_on_an_actor", d -> stances(d).anyMatch(s -> s.target().kind() == StanceTarget.Kind.ACTOR)),
            Map.entry("stance_on_a_topic", d -> stances(d).anyMatch(s -> s.target().kind() == StanceTarget.Kind.TOPIC)),
            Map.entry("stance_on_an_event", d -> stances(d).anyMatch(s -> s.target().kind() == StanceTarget.Kind.EVENT)),
            Map.entry("condemnation_and_call_for_an_end_take_the_same_position", d -> stances(d).anyMatch(
                    condemnation -> condemnation.type() == StanceType.CRITICIZE && stances(d).anyMatch(
                            call -> call.type() == StanceType.APPEAL && call.statedPosition().isPresent()
                                    && call.target().refersToSameAs(condemnation.target())
                                    && call.agreesWith(condemnation)))),
            Map.entry("conditional_or_mixed_stance", d -> stances(d).anyMatch(
                    s -> s.position() == Position.CONDITIONAL || s.position() == Position.MIXED)),
            Map.entry("joint_statement", d -> d.statements().stream().anyMatch(s -> s.mode() == StatementMode.JOINT)),
            Map.entry("speaking_on_behalf_of", d -> d.statements().stream().anyMatch(s -> s.onBehalfOf().isPresent())),
            Map.entry("unnamed_source", d -> d.statements().stream().anyMatch(
                    s -> s.speakers().stream().anyMatch(a -> a.name().isEmpty() && a.description().isPresent()))),
            Map.entry("collective_actor", d -> d.actors().stream().anyMatch(a -> a.isCollective()
                    && a.memberships().stream().anyMatch(m -> m.role().isPresent()))),
            Map.entry("membership_and_roles", d -> d.actors().stream().anyMatch(a -> a.memberships().stream()
                    .anyMatch(m -> m.role().isPresent() && m.since().isPresent() && m.until().isPresent()))),
            Map.entry("relayed_statement", d -> d.statements().stream().anyMatch(s -> s.reportedBy().isPresent())),
            Map.entry("figure_with_originator_certainty_and_hedges", d -> d.casualtyReports().stream().anyMatch(
                    r -> r.originator().isPresent() && r.certainty().isPresent() && !r.hedges().isEmpty())),
            Map.entry("vague_figure", d -> d.casualtyReports().stream().anyMatch(r -> r.count().isVague())),
            Map.entry("range", d -> d.casualtyReports().stream().anyMatch(
                    r -> r.count().qualifier() == CountQualifier.BETWEEN)),
            Map.entry("victims_including_groups", d -> d.casualtyReports().stream().anyMatch(
                    r -> !r.victims().included().isEmpty())),
            Map.entry("projection", d -> d.casualtyReports().stream().anyMatch(CasualtyReport::isProjection)),
            Map.entry("displacement_with_origin_and_destination", d -> d.casualtyReports().stream().anyMatch(
                    r -> r.type().isDisplacement() && r.origin().isPresent() && r.destination().isPresent())),
            Map.entry("figure_disputed_by_an_actor", d -> stances(d).anyMatch(
                    s -> s.target().kind() == StanceTarget.Kind.CASUALTY_REPORT && s.position() == Position.AGAINST)),
            Map.entry("denial_of_a_statement", d -> stances(d).anyMatch(
                    s -> s.type() == StanceType.DENY && s.target().kind() == StanceTarget.Kind.STATEMENT)),
            Map.entry("document_adopted_by_consensus", d -> adoptions(d).anyMatch(
                    a -> a.method() == AdoptionMethod.CONSENSUS)),
            Map.entry("document_adopted_by_a_vote", d -> adoptions(d).anyMatch(
                    a -> a.method() == AdoptionMethod.VOTE && a.count().isPresent())),
            Map.entry("document_with_named_objectors", d -> adoptions(d).anyMatch(a -> !a.objectors().isEmpty())),
            Map.entry("draft_with_a_struck_passage", d -> d.documents().stream().anyMatch(doc -> doc.draftOf()
                    .isPresent() && doc.passages().stream().anyMatch(p -> p.status() == PassageStatus.STRUCK
                            && !p.objectedBy().isEmpty()))
                    && stances(d).anyMatch(s -> s.target().passageId().isPresent())),
            Map.entry("agreement_with_numbered_points", d -> d.documents().stream().anyMatch(
                    doc -> doc.kind() == DocumentKind.AGREEMENT && doc.points().size() > 1)),
            Map.entry("each_members_vote", d -> adoptions(d).anyMatch(a -> a.votes().stream()
                    .anyMatch(v -> v.choice() == VoteChoice.ABSTENTION) && a.votes().stream()
                            .anyMatch(v -> v.choice() == VoteChoice.AGAINST))),
            Map.entry("statement_that_only_reports_a_figure", d -> d.statements().stream().anyMatch(
                    s -> s.stances().isEmpty())),
            Map.entry("approximate_date", d -> Stream.concat(d.statements().stream().map(Statement::date),
                    d.documents().stream().map(Document::date)).anyMatch(date -> !date.earliest().equals(date.latest()))),
            Map.entry("relative_date", d -> d.statements().stream().anyMatch(s -> s.relativeDate().isPresent())),
            Map.entry("body_named_by_a_description", d -> ActorDirectory.of(d).resolve("the junta").found().isPresent()),
            Map.entry("person_named_by_surname", d -> d.actors().stream().anyMatch(a -> a.surname().isPresent())));

    @Test
    void the_whole_fixture_validates() {
        assertThat(Dossier.builder().from(DOSSIER).validate()).isEmpty();
        assertThat(DOSSIER.actors()).hasSize(22);
        assertThat(DOSSIER.statements()).hasSize(8);
        assertThat(DOSSIER.casualtyReports()).hasSize(9);
        assertThat(DOSSIER.documents()).hasSize(4);
        assertThat(DOSSIER.events()).hasSize(3);
    }

    @Test
    void every_row_of_the_teaching_table_is_a_kind_of_claim_the_fixture_shows() {
        List<String> rows = TeachingTable.rows().stream().map(TeachingTable.Row::test).collect(Collectors.toList());

        assertThat(KINDS.keySet()).as("kinds the fixture is checked for").containsExactlyInAnyOrderElementsOf(rows);
        for (String row : rows) {
            assertThat(KINDS.get(row).test(DOSSIER)).as("the fixture shows '%s'", row).isTrue();
        }
    }

    @Test
    void the_monitoring_group_and_the_junta_count_the_same_deaths_differently() {
        assertThat(AAPP_APRIL_15.hasSameScopeAs(JUNTA_APRIL_15)).isTrue();
        assertThat(AAPP_APRIL_15.isConsistentWith(JUNTA_APRIL_15)).isFalse();
        assertThat(AAPP_APRIL_15.originator()).contains(SecondFixture.AAPP);
        assertThat(JUNTA_APRIL_15.originator()).contains(SecondFixture.JUNTA);
        assertThat(JUNTA_APRIL_15.certainty()).contains(FigureCertainty.CLAIMED);
        assertThat(AAPP_APRIL_20.supersedes(AAPP_APRIL_15)).isTrue();
        assertThat(AAPP_AUGUST_18.hedges()).extracting(FigureHedge::kind).containsExactly(FigureHedge.Kind.LIKELY_HIGHER);
    }

    @Test
    void a_projection_is_never_of_the_same_scope_as_a_reported_figure() {
        assertThat(UP_TO_FOUR_MILLION.isProjection()).isTrue();
        assertThat(UP_TO_FOUR_MILLION.count().high()).hasValue(4_000_000);
        assertThat(UP_TO_FOUR_MILLION.hasSameScopeAs(SecondFixture.ONE_TO_FIVE_MILLION)).isTrue();
        assertThat(UP_TO_FOUR_MILLION.hasSameScopeAs(SecondFixture.FLED_TO_THAILAND)).isFalse();
    }

    @Test
    void vague_figures_write_no_number_the_source_did_not_give() {
        QualifiedCount thousands = SecondFixture.THOUSANDS_FLED.count();
        assertThat(thousands.figure()).isEmpty();
        assertThat(thousands.best()).isEmpty();
        assertThat(thousands.wording()).contains("thousands");
        assertThat(SecondFixture.HUNDREDS_KILLED.victims().included()).extracting(IncludedGroup::group)
                .containsExactly(VictimGroup.WOMEN, VictimGroup.CHILDREN);
    }

    @Test
    void nothing_is_dated_after_the_publication_of_its_own_sources() {
        for (Statement statement : DOSSIER.statements()) {
            for (SourceAttribution source : statement.sources()) {
                source.publicationDate().ifPresent(published -> assertThat(statement.date().earliest())
                        .as(statement.id()).isBeforeOrEqualTo(published));
            }
        }
    }

    private static Stream<Stance> stances(Dossier dossier) {
        return DocumentStatements.allOf(dossier).stream().flatMap(s -> s.stances().stream());
    }

    private static Stream<Adoption> adoptions(Dossier dossier) {
        return dossier.documents().stream().flatMap(d -> d.adoption().stream());
    }
}
