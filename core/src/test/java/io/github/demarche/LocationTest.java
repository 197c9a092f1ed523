package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LocationTest {

    private static final CountryCode MMR = CountryCode.of("MMR");

    @Test
    void holds_a_country_and_an_optional_place() {
        assertThat(Location.of(MMR).place()).isEmpty();
        assertThat(Location.of(MMR, "Yangon").place()).contains("Yangon");
        assertThat(Location.of(MMR, "Yangon").country()).isEqualTo(MMR);
        assertThat(Location.of(MMR)).hasToString("MMR");
        assertThat(Location.of(MMR, "Yangon")).hasToString("Yangon, MMR");
    }

    @Test
    void equal_when_country_and_place_are_equal() {
        assertThat(Location.of(MMR, "Yangon")).isEqualTo(Location.of(MMR, "Yangon"))
                .hasSameHashCodeAs(Location.of(MMR, "Yangon"));
        assertThat(Location.of(MMR, "Yangon")).isNotEqualTo(Location.of(MMR));
        assertThat(SerializationSupport.roundTrip(Location.of(MMR, "Yangon"))).isEqualTo(Location.of(MMR, "Yangon"));
    }

    @Test
    void accepts_a_place_of_200_characters_and_rejects_201_or_blank() {
        assertThat(Location.of(MMR, "p".repeat(200)).place()).hasValue("p".repeat(200));
        assertThatThrownBy(() -> Location.of(MMR, "p".repeat(201))).isInstanceOf(ValidationException.class)
                .hasMessage("Location.place must be at most 200 characters long, got 201 characters");
        assertThatThrownBy(() -> Location.of(MMR, "")).isInstanceOf(ValidationException.class)
                .hasMessage("Location.place must not be blank, got ''");
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Location.of(null)).isInstanceOf(NullPointerException.class).hasMessage("country");
        assertThatThrownBy(() -> Location.of(MMR, null)).isInstanceOf(NullPointerException.class).hasMessage("place");
    }
}
