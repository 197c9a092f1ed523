package io.github.demarche.flink.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Event;
import io.github.demarche.ParticipantRole;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.RowRecords;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EventPositionsTest {

    private static Event event(String id) {
        return TestRecords.rows(DataFormat.GDELT2).stream().map(RowRecords::event).flatMap(Optional::stream)
                .filter(event -> event.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void a_verbal_event_with_coded_actors_is_the_initiators_position_toward_the_target() {
        // GDELT 2.0 event 881990842: an economist (EDU) makes a public statement (010) about Russia
        Statement position = EventPositions.position(event("gdelt-881990842")).orElseThrow();
        assertThat(position.id()).isEqualTo("gdelt-881990842-position");
        assertThat(position.speakers()).extracting(actor -> actor.id()).containsExactly("cameo-edu");
        assertThat(position.stances()).hasSize(1);
        assertThat(position.stances().get(0).type()).isEqualTo(StanceType.NEUTRAL);
        assertThat(position.stances().get(0).target().identityKey()).isEqualTo("actor:cameo-rus");
        assertThat(position.mode()).isEqualTo(StatementMode.REPORTED);
        assertThat(position.date()).isEqualTo(event("gdelt-881990842").date());
        assertThat(position.sources()).isEqualTo(event("gdelt-881990842").sources());
    }

    @Test
    void material_events_and_events_without_a_coded_initiator_or_target_are_no_position() {
        List<Event> events = TestRecords.rows(DataFormat.GDELT2).stream().map(RowRecords::event)
                .flatMap(Optional::stream).toList();
        long positions = 0;
        for (Event event : events) {
            Optional<Statement> position = EventPositions.position(event);
            boolean material = event.coding().flatMap(c -> c.cameoCode()).map(c -> c.quadClass().isMaterial())
                    .orElse(true);
            boolean coded = event.participants().stream().filter(p -> p.role() == ParticipantRole.INITIATOR)
                    .anyMatch(p -> p.actor().cameoCode().isPresent())
                    && event.participants().stream().filter(p -> p.role() == ParticipantRole.TARGET)
                    .anyMatch(p -> p.actor().cameoCode().isPresent());
            if (material || !coded) {
                assertThat(position).as(event.id()).isEmpty();
            }
            positions += position.isPresent() ? 1 : 0;
        }
        assertThat(positions).isPositive().isLessThan(events.size());
    }
}
