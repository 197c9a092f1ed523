package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoordinatesTest {

    @Test
    void keeps_the_digits_as_written() {
        Coordinates china = Coordinates.parse("35", "105");
        assertThat(china.latitude()).isEqualTo(new BigDecimal("35"));
        assertThat(china).hasToString("35,105");
        assertThat(Coordinates.parse("-35.2835", "149.128")).hasToString("-35.2835,149.128");
        assertThat(Coordinates.parse("35.0", "105")).isNotEqualTo(china);
        assertThat(Coordinates.parse("35.0", "105.00").isSamePointAs(china)).isTrue();
        assertThat(china.isSamePointAs(Coordinates.parse("35.0", "105.00"))).isTrue();
        assertThat(china.isSamePointAs(Coordinates.parse("35.1", "105"))).isFalse();
        assertThat(SerializationSupport.roundTrip(china)).isEqualTo(china).hasSameHashCodeAs(china);
    }

    @Test
    void accepts_the_bounds_and_rejects_beyond() {
        assertThat(Coordinates.parse("-90", "180")).hasToString("-90,180");
        assertThat(Coordinates.parse("90", "-180")).hasToString("90,-180");
        assertThatThrownBy(() -> Coordinates.parse("90.000001", "-180.5")).isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: Coordinates.latitude must be within [-90, 90], got 90.000001;"
                        + " Coordinates.longitude must be within [-180, 180], got -180.5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1e5", "+1", "1,5", "NaN", "--1", ".", "1-"})
    void rejects_text_that_is_not_a_plain_decimal(String text) {
        assertThatThrownBy(() -> Coordinates.parse(text, "0")).isInstanceOf(ValidationException.class)
                .hasMessage("Coordinates.latitude must be a decimal number of degrees such as '22.488976', got '"
                        + text + "'");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Coordinates.of(null, BigDecimal.ONE)).isInstanceOf(NullPointerException.class)
                .hasMessage("latitude");
        assertThatThrownBy(() -> Coordinates.parse("1", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("longitude");
    }
}
