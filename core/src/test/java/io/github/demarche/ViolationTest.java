package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViolationTest {

    private static final Violation INVERTED = Violation.of("bounds", ViolationCode.COUNT_RANGE_INVERTED,
            "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞");
    private static final Violation BLANK_NAME = Violation.of("name", ViolationCode.BLANK,
            "Actor.name must not be blank, got ''");

    @Test
    void gets_its_path_code_and_message() {
        assertThat(INVERTED.path()).isEqualTo("bounds");
        assertThat(INVERTED.code()).isEqualTo(ViolationCode.COUNT_RANGE_INVERTED);
        assertThat(INVERTED.message())
                .isEqualTo("QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞");
        assertThat(BLANK_NAME).hasToString("[BLANK] Actor.name must not be blank, got ''");
    }

    @Test
    void joins_an_attribute_path_to_its_prefix_with_a_dot() {
        Violation speaker = Violation.of("speakers[0]", ViolationCode.UNKNOWN_REFERENCE, "message");
        Violation nested = speaker.withPathPrefix("statements[3]");

        assertThat(nested.path()).isEqualTo("statements[3].speakers[0]");
        assertThat(nested.code()).isEqualTo(ViolationCode.UNKNOWN_REFERENCE);
        assertThat(nested.message()).isEqualTo("message");
        assertThat(nested.withPathPrefix("dossiers[1]").path()).isEqualTo("dossiers[1].statements[3].speakers[0]");
    }

    @Test
    void joins_an_index_path_to_its_prefix_without_a_dot() {
        Violation element = Violation.of("[2]", ViolationCode.BLANK, "message");
        assertThat(element.withPathPrefix("statements[3]").path()).isEqualTo("statements[3][2]");
    }

    @Test
    void replaces_an_empty_path_with_the_prefix() {
        Violation whole = Violation.of("", ViolationCode.DUPLICATE_ID, "message");
        assertThat(whole.withPathPrefix("statements[3]").path()).isEqualTo("statements[3]");
    }

    @Test
    void keeps_the_violation_for_an_empty_prefix() {
        assertThat(INVERTED.withPathPrefix("")).isSameAs(INVERTED);
    }

    @Test
    void equal_when_path_code_and_message_are_equal() {
        Violation same = Violation.of("name", ViolationCode.BLANK, "Actor.name must not be blank, got ''");
        assertThat(same).isEqualTo(BLANK_NAME).hasSameHashCodeAs(BLANK_NAME);
        assertThat(BLANK_NAME)
                .isNotEqualTo(Violation.of("title", ViolationCode.BLANK, "Actor.name must not be blank, got ''"))
                .isNotEqualTo(Violation.of("name", ViolationCode.TOO_LONG, "Actor.name must not be blank, got ''"))
                .isNotEqualTo(Violation.of("name", ViolationCode.BLANK, "Actor.name must not be blank, got ' '"))
                .isNotEqualTo(null)
                .isNotEqualTo(BLANK_NAME.toString());
    }

    @Test
    void survives_java_serialization() {
        assertThat(SerializationSupport.roundTrip(INVERTED)).isEqualTo(INVERTED);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Violation.of(null, ViolationCode.BLANK, "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("path");
        assertThatThrownBy(() -> Violation.of("p", null, "m"))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> Violation.of("p", ViolationCode.BLANK, null))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
        assertThatThrownBy(() -> INVERTED.withPathPrefix(null))
                .isInstanceOf(NullPointerException.class).hasMessage("prefix");
        assertThatThrownBy(() -> new ValidationException(null))
                .isInstanceOf(NullPointerException.class).hasMessage("violations");
    }

    // ValidationException

    @Test
    void exception_of_one_violation_has_its_message() {
        ValidationException exception = new ValidationException(List.of(INVERTED));

        assertThat(exception).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞");
        assertThat(exception.violations()).containsExactly(INVERTED);
    }

    @Test
    void exception_of_several_violations_counts_and_joins_their_messages() {
        ValidationException exception = new ValidationException(List.of(BLANK_NAME, INVERTED));

        assertThat(exception).hasMessage("2 violations: Actor.name must not be blank, got ''; "
                + "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞");
        assertThat(exception.violations()).containsExactly(BLANK_NAME, INVERTED);
    }

    @Test
    void exception_rejects_an_empty_list() {
        assertThatThrownBy(() -> new ValidationException(List.of()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("ValidationException.violations must not be empty, got []");
    }

    @Test
    void exception_violations_are_an_unmodifiable_copy() {
        List<Violation> source = new ArrayList<>(List.of(BLANK_NAME));
        ValidationException exception = new ValidationException(source);
        source.add(INVERTED);

        assertThat(exception.violations()).containsExactly(BLANK_NAME);
        assertThatThrownBy(() -> exception.violations().add(INVERTED))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> exception.violations().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void exception_survives_java_serialization() {
        ValidationException copy = SerializationSupport.roundTrip(new ValidationException(List.of(BLANK_NAME, INVERTED)));
        assertThat(copy.violations()).containsExactly(BLANK_NAME, INVERTED);
        assertThat(copy).hasMessageStartingWith("2 violations: ");
    }

    @Test
    void lists_at_most_twenty_violations_in_the_message_and_keeps_them_all() {
        java.util.List<Violation> many = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            many.add(Violation.of("speakers[" + i + "]", ViolationCode.DUPLICATE, "m" + i));
        }
        ValidationException exception = new ValidationException(many);
        assertThat(exception.violations()).hasSize(25);
        assertThat(exception.getMessage()).startsWith("25 violations: m0; m1; ")
                .endsWith("; m19; and 5 more").doesNotContain("m20");
        assertThat(new ValidationException(many.subList(0, 20)).getMessage()).endsWith("; m19");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> texts() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("plain", "'plain'"),
                org.junit.jupiter.params.provider.Arguments.of("緬甸 Мьянма é", "'緬甸 Мьянма é'"),
                org.junit.jupiter.params.provider.Arguments.of("tab\tand\nline", "'tab\\u0009and\\u000aline'"),
                org.junit.jupiter.params.provider.Arguments.of("back\\slash", "'back\\\\slash'"),
                org.junit.jupiter.params.provider.Arguments.of("no\u00a0break", "'no\\u00a0break'"),
                org.junit.jupiter.params.provider.Arguments.of("zero\u200bwidth", "'zero\\u200bwidth'"),
                org.junit.jupiter.params.provider.Arguments.of("bidi\u202eoverride", "'bidi\\u202eoverride'"),
                org.junit.jupiter.params.provider.Arguments.of("lone\ud800half", "'lone\\ud800half'"),
                org.junit.jupiter.params.provider.Arguments.of("non\ufffecharacter", "'non\\ufffecharacter'"),
                org.junit.jupiter.params.provider.Arguments.of("\u0662\u0660\u0662\u0661",
                        "'\\u0662\\u0660\\u0662\\u0661'"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("texts")
    void shows_text_in_quotes_with_what_cannot_be_seen_escaped(String text, String shown) {
        assertThat(Violation.show(text)).isEqualTo(shown);
    }

    @Test
    void shows_other_values_as_they_are_and_shortens_long_text() {
        assertThat(Violation.show(270)).isEqualTo("270");
        assertThat(Violation.show(null)).isEqualTo("null");
        assertThat(Violation.show("x".repeat(101))).isEqualTo("'" + "x".repeat(97) + "...'");
        assertThat(Violation.show("x".repeat(100))).isEqualTo("'" + "x".repeat(100) + "'");
    }
}
