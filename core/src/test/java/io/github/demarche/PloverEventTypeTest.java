package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PloverEventTypeTest {

    @ParameterizedTest
    @EnumSource(PloverEventType.class)
    void parses_its_name(PloverEventType type) {
        assertThat(PloverEventType.parse(type.name())).isSameAs(type);
        assertThat(PloverEventType.validate(type.name())).isEmpty();
    }

    @Test
    void keeps_the_sixteen_types_of_draft_08_first_and_current() {
        List<PloverEventType> current = Arrays.stream(PloverEventType.values())
                .filter(PloverEventType::isCurrent).collect(Collectors.toList());
        assertThat(current).hasSize(16).containsExactly(PloverEventType.values()[0], PloverEventType.values()[1],
                PloverEventType.values()[2], PloverEventType.values()[3], PloverEventType.values()[4],
                PloverEventType.values()[5], PloverEventType.values()[6], PloverEventType.values()[7],
                PloverEventType.values()[8], PloverEventType.values()[9], PloverEventType.values()[10],
                PloverEventType.values()[11], PloverEventType.values()[12], PloverEventType.values()[13],
                PloverEventType.values()[14], PloverEventType.values()[15]);
        assertThat(current).allSatisfy(type -> assertThat(type.successor()).isEmpty());
    }

    @Test
    void every_type_of_the_crosswalk_is_current() {
        for (ReferenceData.CrosswalkLine line : ReferenceData.crosswalk()) {
            assertThat(PloverEventType.parse(line.type()).isCurrent()).as("%s", line).isTrue();
        }
    }

    @Test
    void parses_every_type_of_the_05b1_records() {
        List<String> events = ReferenceData.ploverSampleValues("event");
        assertThat(events).hasSize(162);
        // the first record is the file's DOCUMENT record, its documentation: not an event type
        assertThat(events.get(0)).isEqualTo("DOCUMENT");
        assertThat(events.subList(1, events.size())).doesNotContain("DOCUMENT")
                .allSatisfy(event -> assertThat(PloverEventType.validate(event)).isEmpty());
        assertThat(events.stream().distinct().filter(event -> !event.equals("DOCUMENT"))
                .map(PloverEventType::parse).filter(type -> !type.isCurrent()))
                .containsExactlyInAnyOrder(PloverEventType.DEMAND, PloverEventType.DISAPPROVE,
                        PloverEventType.FIGHT, PloverEventType.INVESTIGATE);
    }

    @Test
    void an_older_type_names_the_draft_08_type_that_took_its_place() {
        assertThat(PloverEventType.DEMAND.successor()).contains(PloverEventType.REQUEST);
        assertThat(PloverEventType.DISAPPROVE.successor()).contains(PloverEventType.ACCUSE);
        assertThat(PloverEventType.INVESTIGATE.successor()).contains(PloverEventType.ACCUSE);
        assertThat(PloverEventType.FIGHT.successor()).contains(PloverEventType.ASSAULT);
        assertThat(PloverEventType.CRIME.successor()).isEmpty();
        assertThat(PloverEventType.CRIME.isCurrent()).isFalse();
        for (PloverEventType type : PloverEventType.values()) {
            type.successor().ifPresent(successor -> assertThat(successor.isCurrent()).isTrue());
        }
    }

    @Test
    void successors_agree_with_the_crosswalk_roots() {
        // 09 INVESTIGATE, 10 DEMAND, 11 DISAPPROVE, 19 FIGHT in CAMEO; the 0.5b1 names were these roots' names
        assertThat(CameoCode.gdelt("09").ploverType()).isEqualTo(PloverEventType.INVESTIGATE.successor());
        assertThat(CameoCode.gdelt("10").ploverType()).isEqualTo(PloverEventType.DEMAND.successor());
        assertThat(CameoCode.gdelt("11").ploverType()).isEqualTo(PloverEventType.DISAPPROVE.successor());
        assertThat(CameoCode.gdelt("19").ploverType()).isEqualTo(PloverEventType.FIGHT.successor());
    }

    @ParameterizedTest
    @ValueSource(strings = {"agree", "Agree", "", " AGREE", "DOCUMENT", "YIELD", "APPEAL"})
    void refuses_a_name_that_is_not_a_plover_event_type_as_written(String name) {
        String message = "PloverEventType.name must be a PLOVER event type, got '" + name + "'";
        assertThat(PloverEventType.validate(name))
                .containsExactly(Violation.of("name", ViolationCode.UNKNOWN_CODE, message));
        assertThatThrownBy(() -> PloverEventType.parse(name)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> PloverEventType.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> PloverEventType.validate(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
