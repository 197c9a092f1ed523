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
        assertThat(Location.of(MMR, "Yangon").country()).contains(MMR);
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

    @Test
    void holds_a_place_as_a_dataset_gives_it() {
        Location town = Location.builder().country(CountryCode.of("BGD")).place("Bhāndāria town")
                .addAdminUnits("Barisāl Division", "Pirojpur District")
                .coordinates(Coordinates.parse("22.488976", "90.062732"))
                .precision(LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, 1)).build();
        assertThat(town.adminUnits()).containsExactly("Barisāl Division", "Pirojpur District");
        assertThat(town.coordinates().map(Coordinates::toString)).contains("22.488976,90.062732");
        assertThat(town).hasToString("Bhāndāria town, BGD (22.488976,90.062732)");
        Location moscow = Location.builder().country(CountryCode.of("RUS")).place("Moscow, Moskva, Russia")
                .addAdminCode("RS48").featureId("-2960561").build();
        assertThat(moscow.adminCodes()).containsExactly("RS48");
        assertThat(moscow.featureId()).contains("-2960561");
        assertThat(Location.builder().from(moscow).build()).isEqualTo(moscow).hasSameHashCodeAs(moscow);
        assertThat(SerializationSupport.roundTrip(town)).isEqualTo(town);
    }

    @Test
    void needs_no_country() {
        Location sea = Location.builder().place("Black Sea").build();
        assertThat(sea.country()).isEmpty();
        assertThat(sea).hasToString("Black Sea");
        assertThat(Location.builder().coordinates(Coordinates.parse("43.5", "34")).build()).hasToString("(43.5,34)");
        assertThat(Location.builder().featureId("ET").build()).hasToString("feature ET");
        assertThat(Location.builder().addAdminCode("RS48").build()).hasToString("RS48");
    }

    @Test
    void rejects_a_location_with_nothing_in_it() {
        assertThatThrownBy(() -> Location.builder().build()).isInstanceOf(ValidationException.class)
                .hasMessage("Location must have a country, place, administrative unit or code, coordinates or feature id,"
                        + " got nothing");
        assertThat(Location.builder().precision(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 1))
                .validate()).containsExactly(Violation.of("", ViolationCode.EMPTY, "Location must have a country, place,"
                        + " administrative unit or code, coordinates or feature id, got only a precision"));
    }

    @Test
    void rejects_codes_with_white_space_or_too_long() {
        assertThat(Location.builder().featureId("f".repeat(64)).validate()).isEmpty();
        assertThat(Location.builder().featureId("f".repeat(65)).validate()).containsExactly(Violation.of("featureId",
                ViolationCode.TOO_LONG, "Location.featureId must be at most 64 characters long, got 65 characters"));
        assertThat(Location.builder().addAdminCode("RS 48").validate()).containsExactly(Violation.of("adminCodes[0]",
                ViolationCode.MALFORMED, "Location.adminCodes[0] must have no white space, got 'RS 48'"));
        assertThat(Location.builder().addAdminUnit(" ").validate()).containsExactly(Violation.of("adminUnits[0]",
                ViolationCode.BLANK, "Location.adminUnits[0] must not be blank, got ' '"));
    }
}
