package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.JOINT_STATEMENT;
import static io.github.demarche.ReferenceArticleFixture.LAVROV;
import static io.github.demarche.ReferenceArticleFixture.RECONCILIATION_PLEDGE;
import static io.github.demarche.ReferenceArticleFixture.SITUATION;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {

    private static final Stance CONCERN = Stance.builder().type(StanceType.CONCERN).target(SITUATION).build();

    private static Statement.Builder valid() {
        return Statement.builder().id("s").addSpeaker(WANG_YI).date(ApproximateDate.parse("2021-03-23"))
                .mode(StatementMode.PARAPHRASE).channel(Channel.MEETING).summary("Wang Yi spoke")
                .addStance(CONCERN).addSource(SOURCE);
    }

    private static Statement dated(String id, String date) {
        return valid().id(id).date(ApproximateDate.parse(date)).build();
    }

    @Test
    void holds_a_joint_statement_of_two_speakers() {
        assertThat(JOINT_STATEMENT.speakers()).containsExactly(WANG_YI, LAVROV);
        assertThat(JOINT_STATEMENT.mode()).isEqualTo(StatementMode.JOINT);
        assertThat(JOINT_STATEMENT.stances()).hasSize(4);
        assertThat(JOINT_STATEMENT.eventIds()).containsExactly("wang-lavrov-2021-03-23");
    }

    @Test
    void has_a_short_to_string() {
        assertThat(JOINT_STATEMENT)
                .hasToString("Statement[s03-joint-statement 2021-03-23 wang-yi+sergei-lavrov: SUPPORT, APPEAL, SUPPORT,"
                        + " REJECT]");
    }

    @Test
    void orders_by_the_partial_order_of_dates() {
        Statement earlyMarch = dated("a", "2021-03-early");
        Statement march = dated("b", "2021-03");
        Statement tuesday = dated("c", "2021-03-23");
        assertThat(earlyMarch.isBefore(tuesday)).isTrue();
        assertThat(tuesday.isAfter(earlyMarch)).isTrue();
        assertThat(tuesday.isBefore(earlyMarch)).isFalse();
        assertThat(earlyMarch.isBefore(march)).isFalse();
        assertThat(earlyMarch.isAfter(march)).isFalse();
        assertThat(march.isBefore(earlyMarch)).isFalse();
        assertThat(march.isAfter(earlyMarch)).isFalse();
        assertThat(RECONCILIATION_PLEDGE.isBefore(JOINT_STATEMENT)).isTrue();
        assertThat(DEEP_CONCERN.isBefore(JOINT_STATEMENT)).isFalse();
    }

    @Test
    void sorts_chronologically_then_by_id() {
        List<Statement> statements = new ArrayList<>(List.of(dated("c", "2021-03-23"), dated("b", "2021-03"),
                dated("a", "2021-03-23"), dated("d", "2021-03-early")));
        statements.sort(Statement.CHRONOLOGICAL);
        assertThat(statements).extracting(Statement::id).containsExactly("d", "b", "a", "c");
    }

    @Test
    void equal_when_all_attributes_are_equal_and_serializable() {
        Statement copy = Statement.builder().from(JOINT_STATEMENT).build();
        assertThat(copy).isEqualTo(JOINT_STATEMENT).hasSameHashCodeAs(JOINT_STATEMENT);
        assertThat(Statement.builder().from(JOINT_STATEMENT).summary("other").build()).isNotEqualTo(JOINT_STATEMENT);
        assertThat(SerializationSupport.roundTrip(JOINT_STATEMENT)).isEqualTo(JOINT_STATEMENT);
    }

    @Test
    void requires_a_speaker_but_no_stance() {
        assertThat(Statement.builder().from(valid().build()).speakers(List.of()).stances(List.of()).validate())
                .containsExactly(
                        Violation.of("speakers", ViolationCode.EMPTY,
                                "Statement.speakers must hold at least one element, got []"));
    }

    @Test
    void may_only_report_a_figure_without_an_invented_stance() {
        Statement figure = Statement.builder().from(valid().build()).id("aapp-figure").stances(List.of())
                .summary("At least 149 people have been killed since the coup").build();
        assertThat(figure.stances()).isEmpty();
        assertThat(figure.toString()).endsWith(": no stance]");
    }

    @Test
    void rejects_a_speaker_named_twice() {
        assertThat(valid().addSpeaker(LAVROV).validate()).isEmpty();
        assertThat(valid().addSpeaker(WANG_YI).validate())
                .containsExactly(Violation.of("speakers[1]", ViolationCode.DUPLICATE,
                        "Statement.speakers[1] must name each speaker once, got 'wang-yi'"));
    }

    @Test
    void requires_two_speakers_for_a_joint_statement() {
        assertThat(valid().mode(StatementMode.JOINT).addSpeaker(LAVROV).validate()).isEmpty();
        assertThat(valid().mode(StatementMode.JOINT).validate())
                .containsExactly(Violation.of("speakers", ViolationCode.INCONSISTENT,
                        "Statement.speakers must hold at least two actors when mode is JOINT, got 1 speaker"));
    }

    @Test
    void requires_the_quote_of_a_direct_quote() {
        assertThat(valid().mode(StatementMode.DIRECT_QUOTE).quote("deep concern").validate()).isEmpty();
        assertThat(valid().mode(StatementMode.DIRECT_QUOTE).validate())
                .containsExactly(Violation.of("quote", ViolationCode.INCONSISTENT,
                        "Statement.quote must be given when mode is DIRECT_QUOTE, got nothing"));
    }

    @Test
    void bounds_the_quote_and_the_summary() {
        assertThat(valid().quote("q".repeat(5000)).summary("s".repeat(2000)).validate()).isEmpty();
        assertThat(valid().quote("q".repeat(5001)).summary(" ").validate())
                .containsExactly(
                        Violation.of("quote", ViolationCode.TOO_LONG,
                                "Statement.quote must be at most 5000 characters long, got 5001 characters"),
                        Violation.of("summary", ViolationCode.BLANK, "Statement.summary must not be blank, got ' '"));
        assertThat(valid().summary("s".repeat(2001)).validate()).extracting(Violation::code)
                .containsExactly(ViolationCode.TOO_LONG);
    }

    @Test
    void checks_event_ids() {
        assertThat(valid().addEventIds("coup", "meeting").validate()).isEmpty();
        assertThat(valid().addEventIds("coup", "Meeting!", "coup").validate())
                .containsExactly(
                        Violation.of("eventIds[1]", ViolationCode.MALFORMED,
                                "Statement.eventIds[1] must be lower-case letters and digits separated by single '-',"
                                        + " '.' or '_', got 'Meeting!'"),
                        Violation.of("eventIds[2]", ViolationCode.DUPLICATE,
                                "Statement.eventIds[2] must name each event once, got 'coup'"));
    }

    @Test
    void reports_every_missing_attribute() {
        assertThatThrownBy(() -> Statement.builder().id("s").build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("3 violations: Statement.date must be set, got nothing; Statement.mode must be set, got nothing;"
                        + " Statement.channel must be set, got nothing");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Statement.builder().addSpeaker(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> JOINT_STATEMENT.isBefore(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
        assertThatThrownBy(() -> JOINT_STATEMENT.isAfter(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }

    @Test
    void keeps_the_actor_who_reported_the_statement_apart_from_its_speakers() {
        Actor envoy = Actor.builder().id("un-envoy").description("the UN special envoy").kind(ActorKind.PERSON).build();
        Actor spokesperson = Actor.builder().id("un-spokesperson").description("the UN spokesperson")
                .kind(ActorKind.PERSON).build();
        Statement told = valid().speakers(List.of(envoy)).reportedBy(spokesperson).build();
        assertThat(told.reportedBy()).contains(spokesperson);
        assertThat(valid().build().reportedBy()).isEmpty();
    }

    @Test
    void rejects_a_reporter_who_is_one_of_the_speakers() {
        assertThat(valid().reportedBy(LAVROV).validate()).isEmpty();
        assertThat(valid().reportedBy(WANG_YI).validate())
                .containsExactly(Violation.of("reportedBy", ViolationCode.INCONSISTENT,
                        "Statement.reportedBy must not be one of the speakers, got 'wang-yi'"));
    }

    @Test
    void says_anonymous_sourcing_with_an_unnamed_collective_speaker() {
        Actor diplomats = Actor.builder().id("unnamed-diplomats-1").description("diplomats who asked not to be named")
                .kind(ActorKind.PERSON).collective(true).build();
        Statement said = valid().speakers(List.of(diplomats)).summary("China blocked the statement, diplomats said")
                .build();
        assertThat(said.speakers()).singleElement().extracting(Actor::label)
                .isEqualTo("diplomats who asked not to be named");
        assertThat(said.sources()).containsExactly(SOURCE);
    }

    @Test
    void keeps_a_date_given_relative_to_an_event_beside_the_date_as_best_known() {
        RelativeDate afterMeeting = RelativeDate.after(RelativeDate.Anchor.event("wang-lavrov-2021-03-23"))
                .withWording("after their meeting in Guilin");
        Statement statement = valid().relativeDate(afterMeeting).build();
        assertThat(statement.relativeDate()).contains(afterMeeting);
        assertThat(statement.date()).isEqualTo(ApproximateDate.parse("2021-03-23"));
        assertThat(valid().build().relativeDate()).isEmpty();
        assertThat(Statement.builder().from(statement).build()).isEqualTo(statement);
        assertThat(statement).isNotEqualTo(valid().build());
        assertThat(SerializationSupport.roundTrip(statement)).isEqualTo(statement);
    }

    @Test
    void rejects_a_relative_date_anchored_to_the_statement_itself() {
        assertThat(valid().relativeDate(RelativeDate.after(RelativeDate.Anchor.event("s"))).validate()).isEmpty();
        assertThat(valid().relativeDate(RelativeDate.after(RelativeDate.Anchor.statement("s2"))).validate()).isEmpty();
        assertThat(valid().relativeDate(RelativeDate.on(RelativeDate.Anchor.statement("s"))).validate())
                .containsExactly(Violation.of("relativeDate.anchor", ViolationCode.INCONSISTENT,
                        "Statement.relativeDate.anchor must name another statement than this one, got 's'"));
    }
}
