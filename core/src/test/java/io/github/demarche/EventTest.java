package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.BLOCKED_RESOLUTION;
import static io.github.demarche.ReferenceArticleFixture.COUP;
import static io.github.demarche.ReferenceArticleFixture.MEETING;
import static io.github.demarche.ReferenceArticleFixture.MILITARY;
import static io.github.demarche.ReferenceArticleFixture.WANG_YI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventTest {

    private static Event.Builder valid() {
        return Event.builder().addSource(ReferenceArticleFixture.SOURCE).id("e").type(EventType.OTHER).title("Something").date(ApproximateDate.parse("2021-03"));
    }

    @Test
    void models_the_coup_with_its_default_cameo_root() {
        assertThat(COUP.cameoRootCode()).isEqualTo("17");
        assertThat(COUP.participants()).containsExactly(Participant.of(MILITARY, ParticipantRole.INITIATOR));
        assertThat(COUP.location()).contains(Location.of(CountryCode.of("MMR")));
        assertThat(COUP.isBlocked()).isFalse();
        assertThat(COUP).hasToString("Event[coup-2021-02-01 COUP 2021-02-01 'Military takeover in Myanmar']");
    }

    @Test
    void models_the_blocked_resolution() {
        assertThat(BLOCKED_RESOLUTION.isBlocked()).isTrue();
        assertThat(BLOCKED_RESOLUTION.cameoRootCode()).isEqualTo("12");
        assertThat(BLOCKED_RESOLUTION).hasToString("Event[unsc-resolution-coup VOTE_OR_RESOLUTION (blocked)"
                + " 2021-02-01/2021-03-24 'UN Security Council resolution condemning the Feb. 1 coup']");
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void every_type_has_a_valid_default_cameo_root(EventType type) {
        assertThat(valid().type(type).build().cameoRootCode()).isEqualTo(type.defaultCameoRootCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"01", "0874", "173", "190", "20", "204"})
    void takes_its_cameo_root_from_its_coding(String code) {
        Event coded = valid().coding(Coding.of(CameoCode.gdelt(code))).build();
        assertThat(coded.cameoRootCode()).isEqualTo(code.substring(0, 2));
        assertThat(coded.coding().flatMap(Coding::cameoCode)).contains(CameoCode.gdelt(code));
    }

    @Test
    void keeps_a_plover_coding_without_a_cameo_code() {
        Coding fight = Coding.builder().ploverType(PloverEventType.FIGHT).build();
        Event event = valid().type(EventType.OTHER).coding(fight).build();
        assertThat(event.coding()).contains(fight);
        assertThat(event.cameoRootCode()).isEqualTo(EventType.OTHER.defaultCameoRootCode());
    }

    @Test
    void allows_blocked_only_for_a_vote_or_resolution() {
        assertThat(valid().type(EventType.VOTE_OR_RESOLUTION).blocked(true).validate()).isEmpty();
        assertThat(valid().type(EventType.PROTEST).blocked(true).validate())
                .containsExactly(Violation.of("blocked", ViolationCode.NOT_APPLICABLE,
                        "Event.blocked must be false unless type is VOTE_OR_RESOLUTION, got true for type PROTEST"));
    }

    @Test
    void rejects_an_actor_twice_in_the_same_role() {
        Participant wang = Participant.of(WANG_YI, ParticipantRole.PARTICIPANT);
        assertThat(valid().addParticipants(wang, Participant.of(WANG_YI, ParticipantRole.MEDIATOR)).validate()).isEmpty();
        assertThat(valid().addParticipants(wang, wang).validate())
                .containsExactly(Violation.of("participants[1]", ViolationCode.DUPLICATE,
                        "Event.participants[1] must name each actor once per role, got 'wang-yi (PARTICIPANT)'"));
    }

    @Test
    void checks_casualty_report_ids() {
        assertThat(valid().addCasualtyReportIds("a", "b").validate()).isEmpty();
        assertThat(valid().addCasualtyReportIds("a", "a").validate())
                .containsExactly(Violation.of("casualtyReportIds[1]", ViolationCode.DUPLICATE,
                        "Event.casualtyReportIds[1] must name each report once, got 'a'"));
    }

    @Test
    void bounds_the_title() {
        assertThat(valid().title("t".repeat(500)).validate()).isEmpty();
        assertThat(valid().title("t".repeat(501)).validate())
                .containsExactly(Violation.of("title", ViolationCode.TOO_LONG,
                        "Event.title must be at most 500 characters long, got 501 characters"));
    }

    @Test
    void orders_by_the_partial_order_of_dates_and_sorts_chronologically() {
        assertThat(COUP.isBefore(MEETING)).isTrue();
        assertThat(MEETING.isAfter(COUP)).isTrue();
        assertThat(BLOCKED_RESOLUTION.isBefore(MEETING)).as("the interval contains the meeting").isFalse();
        assertThat(BLOCKED_RESOLUTION.isAfter(MEETING)).isFalse();
        List<Event> events = new ArrayList<>(List.of(MEETING, BLOCKED_RESOLUTION, COUP));
        events.sort(Event.CHRONOLOGICAL);
        assertThat(events).containsExactly(COUP, BLOCKED_RESOLUTION, MEETING);
    }

    @Test
    void equal_when_all_attributes_are_equal_and_serializable() {
        assertThat(Event.builder().from(MEETING).build()).isEqualTo(MEETING).hasSameHashCodeAs(MEETING);
        assertThat(SerializationSupport.roundTrip(BLOCKED_RESOLUTION)).isEqualTo(BLOCKED_RESOLUTION);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> COUP.isBefore(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> COUP.isAfter(null)).isInstanceOf(NullPointerException.class).hasMessage("other");
        assertThatThrownBy(() -> Participant.of(null, ParticipantRole.TARGET)).isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> Participant.of(WANG_YI, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("role");
    }

    @Test
    void keeps_a_date_given_relative_to_another_event() {
        RelativeDate beforeVote = RelativeDate.before(RelativeDate.Anchor.event("unga-vote-2021-06-18"), 2,
                RelativeDate.Unit.DAYS).withWording("two days before the vote");
        Event event = valid().relativeDate(beforeVote).build();
        assertThat(event.relativeDate()).contains(beforeVote);
        assertThat(valid().build().relativeDate()).isEmpty();
        assertThat(Event.builder().from(event).build()).isEqualTo(event).isNotEqualTo(valid().build());
        assertThat(SerializationSupport.roundTrip(event)).isEqualTo(event);
    }

    @Test
    void rejects_a_relative_date_anchored_to_the_event_itself() {
        assertThat(valid().relativeDate(RelativeDate.during(RelativeDate.Anchor.statement("e"))).validate()).isEmpty();
        assertThat(valid().relativeDate(RelativeDate.during(RelativeDate.Anchor.event("e"))).validate())
                .containsExactly(Violation.of("relativeDate.anchor", ViolationCode.INCONSISTENT,
                        "Event.relativeDate.anchor must name another event than this one, got 'e'"));
    }
}
