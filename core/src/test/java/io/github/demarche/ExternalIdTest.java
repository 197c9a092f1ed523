package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExternalIdTest {

    @Test
    void keeps_the_id_as_written() {
        ExternalId plover = ExternalId.of("plover", "PLOVER-GSR01-AGREE-0001");
        assertThat(plover.scheme()).isEqualTo("plover");
        assertThat(plover.value()).isEqualTo("PLOVER-GSR01-AGREE-0001");
        assertThat(plover).hasToString("plover:PLOVER-GSR01-AGREE-0001");
        assertThat(ExternalId.of("gdelt", "0881990842").value()).isEqualTo("0881990842");
    }

    @Test
    void is_equal_by_scheme_and_value() {
        assertThat(ExternalId.of("gdelt", "1")).isEqualTo(ExternalId.of("gdelt", "1"))
                .hasSameHashCodeAs(ExternalId.of("gdelt", "1"))
                .isNotEqualTo(ExternalId.of("icews", "1"))
                .isNotEqualTo(ExternalId.of("gdelt", "2"));
        assertThat(SerializationSupport.roundTrip(ExternalId.of("gdelt", "1"))).isEqualTo(ExternalId.of("gdelt", "1"));
    }

    @Test
    void rejects_a_bad_scheme_and_a_blank_or_long_value_at_once() {
        assertThat(ExternalId.of("x", "v".repeat(200)).value()).hasSize(200);
        assertThatThrownBy(() -> ExternalId.of("GDELT", "v".repeat(201))).isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: ExternalId.scheme must be lower-case letters and digits separated by single"
                        + " '-', '.' or '_', got 'GDELT'; ExternalId.value must be at most 200 characters long,"
                        + " got 201 characters");
        assertThatThrownBy(() -> ExternalId.of("gdelt", " ")).isInstanceOf(ValidationException.class)
                .hasMessage("ExternalId.value must not be blank, got ' '");
        assertThatThrownBy(() -> ExternalId.of(null, "1")).isInstanceOf(NullPointerException.class).hasMessage("scheme");
        assertThatThrownBy(() -> ExternalId.of("gdelt", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("value");
    }
}
