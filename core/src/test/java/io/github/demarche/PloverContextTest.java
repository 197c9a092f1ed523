package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PloverContextTest {

    @ParameterizedTest
    @EnumSource(PloverContext.class)
    void parses_its_label_and_names_it_after_it(PloverContext context) {
        assertThat(PloverContext.parse(context.label())).isSameAs(context);
        assertThat(PloverContext.validate(context.label())).isEmpty();
        assertThat(context.name()).isEqualTo(context.label().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    @Test
    void parses_every_context_of_the_crosswalk() {
        for (ReferenceData.CrosswalkLine line : ReferenceData.crosswalk()) {
            for (String context : line.contexts()) {
                assertThat(PloverContext.validate(context)).as("%s", line).isEmpty();
            }
        }
    }

    @Test
    void parses_every_context_list_of_the_05b1_records() {
        List<String> contexts = ReferenceData.ploverSampleValues("context");
        assertThat(contexts).hasSize(158);
        assertThat(contexts).filteredOn(context -> context.contains(",")).hasSize(19);
        for (String context : contexts) {
            assertThat(PloverContext.parseList(context)).as(context).hasSize(context.isEmpty() ? 0 : context.split(",").length);
        }
    }

    @Test
    void reads_a_list_as_written_in_order() {
        assertThat(PloverContext.parseList("diplomatic, military"))
                .containsExactly(PloverContext.DIPLOMATIC, PloverContext.MILITARY);
        assertThat(PloverContext.parseList("military; legal")).containsExactly(PloverContext.MILITARY, PloverContext.LEGAL);
        assertThat(PloverContext.parseList("legal")).containsExactly(PloverContext.LEGAL);
        assertThat(PloverContext.parseList("")).isEmpty();
        assertThat(PloverContext.parseList("  ")).isEmpty();
        assertThat(PloverContext.parseList("economic,economic")).containsExactly(PloverContext.ECONOMIC, PloverContext.ECONOMIC);
    }

    @Test
    void refuses_every_unknown_element_of_a_list() {
        assertThatThrownBy(() -> PloverContext.parseList("diplomatic, Military, , war"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).containsExactly(
                        Violation.of("labels[1]", ViolationCode.UNKNOWN_CODE,
                                "PloverContext.labels[1] must be a PLOVER context, got 'Military'"),
                        Violation.of("labels[2]", ViolationCode.UNKNOWN_CODE,
                                "PloverContext.labels[2] must be a PLOVER context, got ''")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Military", "", " legal", "human-rights", "diplomatic, military"})
    void refuses_a_text_that_is_not_one_plover_context_as_written(String label) {
        String message = "PloverContext.label must be a PLOVER context, got '" + label + "'";
        assertThat(PloverContext.validate(label)).containsExactly(Violation.of("label", ViolationCode.UNKNOWN_CODE, message));
        assertThatThrownBy(() -> PloverContext.parse(label)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> PloverContext.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
        assertThatThrownBy(() -> PloverContext.parseList(null)).isInstanceOf(NullPointerException.class).hasMessage("labels");
        assertThatThrownBy(() -> PloverContext.validate(null)).isInstanceOf(NullPointerException.class).hasMessage("label");
    }
}
