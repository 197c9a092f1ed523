package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PloverModeTest {

    @ParameterizedTest
    @EnumSource(PloverMode.class)
    void parses_its_label_and_names_it_after_it(PloverMode mode) {
        assertThat(PloverMode.parse(mode.label())).isSameAs(mode);
        assertThat(PloverMode.validate(mode.label())).isEmpty();
        assertThat(mode.name()).isEqualTo(mode.label().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @Test
    void parses_every_mode_of_the_crosswalk() {
        for (ReferenceData.CrosswalkLine line : ReferenceData.crosswalk()) {
            if (!line.mode().isEmpty()) {
                assertThat(PloverMode.validate(line.mode())).as("%s", line).isEmpty();
            }
        }
    }

    @Test
    void parses_every_mode_of_the_05b1_records() {
        List<String> modes = ReferenceData.ploverSampleValues("mode");
        assertThat(modes).hasSize(71);
        assertThat(modes.stream().filter(mode -> !mode.isEmpty()))
                .hasSize(54)
                .allSatisfy(mode -> assertThat(PloverMode.validate(mode)).isEmpty());
    }

    @Test
    void reads_modes_of_the_manual() {
        assertThat(PloverMode.parse("third-party")).isSameAs(PloverMode.THIRD_PARTY);
        assertThat(PloverMode.parse("martial-law")).isSameAs(PloverMode.MARTIAL_LAW);
        assertThat(PloverMode.parse("strike-lim")).isSameAs(PloverMode.STRIKE_LIM);
        assertThat(PloverMode.parse("pro_autocracy")).isSameAs(PloverMode.PRO_AUTOCRACY);
        assertThat(PloverMode.values()).hasSize(74);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VISIT", "Visit", "", " visit", "third_party", "unknown"})
    void refuses_a_text_that_is_not_a_plover_mode_as_written(String label) {
        String message = "PloverMode.label must be a PLOVER mode, got '" + label + "'";
        assertThat(PloverMode.validate(label)).containsExactly(Violation.of("label", ViolationCode.UNKNOWN_CODE, message));
        assertThatThrownBy(() -> PloverMode.parse(label)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> PloverMode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
        assertThatThrownBy(() -> PloverMode.validate(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
    }
}
