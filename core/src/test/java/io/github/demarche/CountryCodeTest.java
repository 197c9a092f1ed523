package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    private static final CountryCode MMR = CountryCode.of("MMR");
    private static final CountryCode CHN = CountryCode.of("CHN");
    private static final CountryCode RUS = CountryCode.of("RUS");

    @ParameterizedTest
    @ValueSource(strings = {"MMR", "CHN", "RUS"})
    void accepts_the_reference_articles_countries(String code) {
        assertThat(CountryCode.validate(code)).isEmpty();
        assertThat(CountryCode.of(code).code()).isEqualTo(code);
        assertThat(CountryCode.of(code)).hasToString(code);
    }

    @Test
    void names_the_countries_in_english() {
        // the JDK's CLDR data may qualify the name, as in "Myanmar (Burma)"
        assertThat(MMR.displayName()).startsWith("Myanmar");
        assertThat(CHN.displayName()).isEqualTo("China");
        assertThat(RUS.displayName()).isEqualTo("Russia");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mmr", "MM", "MMRR", "", "M1R", " MMR"})
    void rejects_a_code_that_is_not_three_upper_case_letters(String code) {
        String message = "CountryCode.code must be three upper-case letters (ISO 3166-1 alpha-3), got '" + code + "'";
        assertThat(CountryCode.validate(code)).containsExactly(Violation.of("code", ViolationCode.MALFORMED, message));
        assertThatThrownBy(() -> CountryCode.of(code)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void rejects_a_code_of_no_known_country() {
        String message = "CountryCode.code must be an ISO 3166-1 alpha-3 country code, got 'XYZ'";
        assertThat(CountryCode.validate("XYZ"))
                .containsExactly(Violation.of("code", ViolationCode.UNKNOWN_COUNTRY, message));
        assertThatThrownBy(() -> CountryCode.of("XYZ")).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void equal_when_the_codes_are_equal() {
        assertThat(CountryCode.of("MMR")).isEqualTo(MMR).hasSameHashCodeAs(MMR);
        assertThat(MMR).isNotEqualTo(CHN).isNotEqualTo("MMR").isNotEqualTo(null);
    }

    @Test
    void orders_alphabetically_consistently_with_equals() {
        List<CountryCode> codes = new ArrayList<>(List.of(RUS, MMR, CHN));
        codes.sort(null);
        assertThat(codes).containsExactly(CHN, MMR, RUS);

        List<CountryCode> all = List.of(MMR, CHN, RUS, CountryCode.of("MMR"), CountryCode.of("CHN"));
        for (CountryCode a : all) {
            for (CountryCode b : all) {
                assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
    }

    @Test
    void survives_java_serialization() {
        assertThat(SerializationSupport.roundTrip(MMR)).isEqualTo(MMR);
        assertThat(SerializationSupport.roundTrip(MMR)).isSameAs(MMR);
        assertThat(CountryCode.of("MMR")).isSameAs(CountryCode.of("MMR"));
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> CountryCode.validate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
    }
}
