package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.RelativeDate.Anchor;
import io.github.demarche.RelativeDate.Relation;
import io.github.demarche.RelativeDate.Unit;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RelativeDateTest {

    private static final Anchor JAKARTA = Anchor.event("asean-leaders-meeting-2021-04-24");

    private static ApproximateDate date(String text) {
        return ApproximateDate.parse(text);
    }

    @Test
    void keeps_the_relation_anchor_offset_and_wording_as_said() {
        RelativeDate visit = RelativeDate.after(JAKARTA, 6, Unit.WEEKS).withWording("some six weeks later");
        assertThat(visit.relation()).isEqualTo(Relation.AFTER);
        assertThat(visit.anchor()).isEqualTo(JAKARTA);
        assertThat(visit.anchor().kind()).isEqualTo(Anchor.Kind.EVENT);
        assertThat(visit.anchor().id()).isEqualTo("asean-leaders-meeting-2021-04-24");
        assertThat(visit.hasOffset()).isTrue();
        assertThat(visit.amount()).hasValue(6);
        assertThat(visit.unit()).contains(Unit.WEEKS);
        assertThat(visit.wording()).contains("some six weeks later");
        RelativeDate during = RelativeDate.during(Anchor.event("g7-summit-2021-06"));
        assertThat(during.hasOffset()).isFalse();
        assertThat(during.amount()).isEqualTo(OptionalInt.empty());
        assertThat(during.unit()).isEmpty();
        assertThat(during.wording()).isEmpty();
    }

    @Test
    void factories_name_the_relation() {
        Anchor vote = Anchor.event("unga-vote-2021-06-18");
        assertThat(RelativeDate.before(vote)).isEqualTo(RelativeDate.of(Relation.BEFORE, vote));
        assertThat(RelativeDate.after(vote)).isEqualTo(RelativeDate.of(Relation.AFTER, vote));
        assertThat(RelativeDate.on(vote)).isEqualTo(RelativeDate.of(Relation.ON, vote));
        assertThat(RelativeDate.during(vote)).isEqualTo(RelativeDate.of(Relation.DURING, vote));
        assertThat(RelativeDate.before(vote, 2, Unit.DAYS)).isEqualTo(RelativeDate.of(Relation.BEFORE, vote, 2, Unit.DAYS));
        assertThat(RelativeDate.after(vote, 1, Unit.YEARS)).isEqualTo(RelativeDate.of(Relation.AFTER, vote, 1, Unit.YEARS));
        assertThat(Anchor.statement("s07-beijing-denial")).isEqualTo(Anchor.of(Anchor.Kind.STATEMENT, "s07-beijing-denial"));
    }

    @Test
    void writes_a_short_text() {
        assertThat(RelativeDate.after(Anchor.event("meeting-2021-04-24"), 6, Unit.WEEKS))
                .hasToString("6 weeks after event:meeting-2021-04-24");
        assertThat(RelativeDate.before(Anchor.event("unga-vote-2021-06-18"), 2, Unit.DAYS).withWording("two days before the vote"))
                .hasToString("2 days before event:unga-vote-2021-06-18 'two days before the vote'");
        assertThat(RelativeDate.on(Anchor.statement("s07-beijing-denial"))).hasToString("on statement:s07-beijing-denial");
        assertThat(RelativeDate.after(Anchor.event("coup-2021-02-01"), 1, Unit.YEARS))
                .hasToString("1 year after event:coup-2021-02-01");
        assertThat(RelativeDate.during(Anchor.event("g7")).withWording("x".repeat(200)).toString())
                .hasSize("during event:g7 ''".length() + 100);
    }

    @Test
    void accepts_amounts_from_one_to_the_maximum() {
        assertThat(RelativeDate.after(JAKARTA, 1, Unit.DAYS).amount()).hasValue(1);
        assertThat(RelativeDate.after(JAKARTA, 1000, Unit.DAYS).amount()).hasValue(1000);
        assertThatThrownBy(() -> RelativeDate.after(JAKARTA, 0, Unit.DAYS)).isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.amount must be between 1 and 1000, got 0");
        assertThatThrownBy(() -> RelativeDate.before(JAKARTA, 1001, Unit.WEEKS))
                .isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.amount must be between 1 and 1000, got 1001")
                .extracting(e -> ((ValidationException) e).violations().get(0).code()).isEqualTo(ViolationCode.OUT_OF_RANGE);
    }

    @Test
    void gives_an_offset_only_before_or_after() {
        assertThatThrownBy(() -> RelativeDate.of(Relation.ON, JAKARTA, 2, Unit.DAYS))
                .isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.amount must be empty unless relation is BEFORE or AFTER,"
                        + " got 2 days with relation ON")
                .extracting(e -> ((ValidationException) e).violations().get(0).code())
                .isEqualTo(ViolationCode.NOT_APPLICABLE);
        assertThatThrownBy(() -> RelativeDate.of(Relation.DURING, JAKARTA, 0, Unit.DAYS))
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: RelativeDate.amount must be between 1 and 1000, got 0;"
                        + " RelativeDate.amount must be empty unless relation is BEFORE or AFTER,"
                        + " got 0 days with relation DURING");
    }

    @Test
    void checks_the_anchor_id_and_the_wording() {
        assertThatThrownBy(() -> Anchor.event("The Meeting")).isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.Anchor.id must be lower-case letters and digits separated by single"
                        + " '-', '.' or '_', got 'The Meeting'");
        assertThat(Anchor.statement("s".repeat(64)).id()).hasSize(64);
        assertThatThrownBy(() -> Anchor.statement("s".repeat(65))).isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.Anchor.id must be at most 64 characters long, got 65 characters");
        RelativeDate after = RelativeDate.after(JAKARTA);
        assertThat(after.withWording("w".repeat(200)).wording()).hasValueSatisfying(w -> assertThat(w).hasSize(200));
        assertThatThrownBy(() -> after.withWording("w".repeat(201))).isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.wording must be at most 200 characters long, got 201 characters");
        assertThatThrownBy(() -> after.withWording(" ")).isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.wording must not be blank, got ' '");
        assertThatThrownBy(() -> after.withWording("after\nthe meeting")).isInstanceOf(ValidationException.class)
                .hasMessage("RelativeDate.wording must not contain line breaks, got 'after\\u000athe meeting'"
                        + " (U+000A at index 5)");
    }

    @Test
    void rejects_null_with_the_parameter_name() {
        assertThatThrownBy(() -> RelativeDate.after(null)).isInstanceOf(NullPointerException.class).hasMessage("anchor");
        assertThatThrownBy(() -> RelativeDate.of(null, JAKARTA)).isInstanceOf(NullPointerException.class)
                .hasMessage("relation");
        assertThatThrownBy(() -> RelativeDate.after(JAKARTA, 1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("unit");
        assertThatThrownBy(() -> RelativeDate.after(JAKARTA).withWording(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("wording");
        assertThatThrownBy(() -> Anchor.of(null, "x")).isInstanceOf(NullPointerException.class).hasMessage("kind");
        assertThatThrownBy(() -> Anchor.event(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
    }

    @Test
    void is_equal_by_every_attribute_and_serializable() {
        RelativeDate visit = RelativeDate.after(JAKARTA, 6, Unit.WEEKS).withWording("some six weeks later");
        assertThat(visit).isEqualTo(RelativeDate.after(JAKARTA, 6, Unit.WEEKS).withWording("some six weeks later"))
                .hasSameHashCodeAs(RelativeDate.after(JAKARTA, 6, Unit.WEEKS).withWording("some six weeks later"))
                .isNotEqualTo(RelativeDate.before(JAKARTA, 6, Unit.WEEKS).withWording("some six weeks later"))
                .isNotEqualTo(RelativeDate.after(Anchor.statement(JAKARTA.id()), 6, Unit.WEEKS)
                        .withWording("some six weeks later"))
                .isNotEqualTo(RelativeDate.after(JAKARTA, 5, Unit.WEEKS).withWording("some six weeks later"))
                .isNotEqualTo(RelativeDate.after(JAKARTA, 6, Unit.DAYS).withWording("some six weeks later"))
                .isNotEqualTo(RelativeDate.after(JAKARTA, 6, Unit.WEEKS).withWording("six weeks later"))
                .isNotEqualTo(RelativeDate.after(JAKARTA, 6, Unit.WEEKS))
                .isNotEqualTo(RelativeDate.after(JAKARTA))
                .isNotEqualTo(null);
        assertThat(visit.withWording("some six weeks later")).isSameAs(visit);
        assertThat(SerializationSupport.roundTrip(visit)).isEqualTo(visit);
        assertThat(SerializationSupport.roundTrip(RelativeDate.on(Anchor.statement("s1")))).isEqualTo(
                RelativeDate.on(Anchor.statement("s1")));
        assertThat(SerializationSupport.roundTrip(JAKARTA)).isEqualTo(JAKARTA).hasToString("event:" + JAKARTA.id());
    }

    static Stream<Arguments> consistency() {
        return Stream.of(
                // exact days with an offset: exactly that day; weeks are 7 days, months and years on the calendar
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-06-05", "2021-04-24", true),
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-06-06", "2021-04-24", false),
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-06-04", "2021-04-24", false),
                Arguments.of(RelativeDate.after(JAKARTA, 42, Unit.DAYS), "2021-06-05", "2021-04-24", true),
                Arguments.of(RelativeDate.before(JAKARTA, 2, Unit.DAYS), "2021-06-16", "2021-06-18", true),
                Arguments.of(RelativeDate.before(JAKARTA, 2, Unit.DAYS), "2021-06-17", "2021-06-18", false),
                Arguments.of(RelativeDate.after(JAKARTA, 1, Unit.MONTHS), "2021-02-28", "2021-01-31", true),
                Arguments.of(RelativeDate.after(JAKARTA, 1, Unit.MONTHS), "2021-03-01", "2021-01-31", false),
                Arguments.of(RelativeDate.after(JAKARTA, 1, Unit.YEARS), "2022-02-01", "2021-02-01", true),
                Arguments.of(RelativeDate.before(JAKARTA, 1, Unit.YEARS), "2020-02-01", "2021-02-01", true),
                // the same day
                Arguments.of(RelativeDate.on(JAKARTA), "2021-04-24", "2021-04-24", true),
                Arguments.of(RelativeDate.on(JAKARTA), "2021-04-25", "2021-04-24", false),
                Arguments.of(RelativeDate.on(JAKARTA), "2021-04", "2021-04-24", true),
                // without an offset: the order, the anchor's own day allowed
                Arguments.of(RelativeDate.after(JAKARTA), "2021-04-24", "2021-04-24", true),
                Arguments.of(RelativeDate.after(JAKARTA), "2021-04-23", "2021-04-24", false),
                Arguments.of(RelativeDate.after(JAKARTA), "2021-04", "2021-04-24", true),
                Arguments.of(RelativeDate.after(JAKARTA), "2021-04", "2021-05-03", false),
                Arguments.of(RelativeDate.before(JAKARTA), "2021-05", "2021-04-24", false),
                Arguments.of(RelativeDate.before(JAKARTA), "2021", "2021-04-24", true),
                Arguments.of(RelativeDate.before(JAKARTA), "2021-04-25", "../2021-04-30", true),
                // during: the days overlap
                Arguments.of(RelativeDate.during(JAKARTA), "2021-06-12", "2021-06-11/2021-06-13", true),
                Arguments.of(RelativeDate.during(JAKARTA), "2021-06-14", "2021-06-11/2021-06-13", false),
                Arguments.of(RelativeDate.during(JAKARTA), "2021-06", "2021-06-11/2021-06-13", true),
                // an offset from dates that are not exact days: the moved days overlap
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-06-early", "2021-04-late", true),
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-07", "2021-04-late", false),
                Arguments.of(RelativeDate.after(JAKARTA, 3, Unit.MONTHS), "2021-08", "2021-05", true),
                Arguments.of(RelativeDate.after(JAKARTA, 1, Unit.WEEKS), "2021-05-01", "2021-04-24/..", true),
                // approximate or uncertain: only the order
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-06-08~", "2021-04-24", true),
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-06-08", "2021-04-24?", true),
                Arguments.of(RelativeDate.after(JAKARTA, 6, Unit.WEEKS), "2021-04-20~", "2021-04-24", false),
                Arguments.of(RelativeDate.before(JAKARTA, 2, Unit.DAYS), "2021-06-19%", "2021-06-18", false));
    }

    @ParameterizedTest(name = "{0}: {1} with the anchor on {2} is {3}")
    @MethodSource("consistency")
    void checks_only_what_is_certain(RelativeDate relative, String date, String anchorDate, boolean consistent) {
        assertThat(relative.isConsistentWith(date(date), date(anchorDate))).isEqualTo(consistent);
    }

    @Test
    void describes_the_days_it_names() {
        assertThat(RelativeDate.after(JAKARTA, 6, Unit.WEEKS).withWording("six weeks later")
                .describeWindow(date("2021-06-06"), date("2021-04-24")))
                .isEqualTo("6 weeks after event:asean-leaders-meeting-2021-04-24 (2021-04-24) falls in 2021-06-05");
        assertThat(RelativeDate.after(JAKARTA).describeWindow(date("2021-04"), date("2021-05-03")))
                .isEqualTo("after event:asean-leaders-meeting-2021-04-24 (2021-05-03) falls in 2021-05-03/..");
        assertThat(RelativeDate.before(JAKARTA).describeWindow(date("2021-05"), date("2021-04")))
                .isEqualTo("before event:asean-leaders-meeting-2021-04-24 (2021-04) falls in ../2021-04-30");
    }
}
