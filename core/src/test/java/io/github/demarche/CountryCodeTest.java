package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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
    void names_the_countries_in_english_as_geonames_does() {
        assertThat(MMR.displayName()).isEqualTo("Myanmar");
        assertThat(CHN.displayName()).isEqualTo("China");
        assertThat(RUS.displayName()).isEqualTo("Russia");
        assertThat(CountryCode.of("XKX").displayName()).isEqualTo("Kosovo");
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
    void knows_the_jdks_iso_countries_and_kosovo_and_two_withdrawn_codes() {
        Set<String> iso = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);
        for (String code : iso) {
            assertThat(CountryCode.validate(code)).as(code).isEmpty();
        }
        // GeoNames' entries that ISO 3166-1 does not assign (any more): the table's only additions
        Set<String> geonames = new HashSet<>();
        for (String[] row : geonamesRows()) {
            geonames.add(row[1]);
        }
        geonames.removeAll(iso);
        assertThat(geonames).containsExactlyInAnyOrder("XKX", "SCG", "ANT");
        assertThat(CountryCode.of("SCG").displayName()).isEqualTo("Serbia and Montenegro");
        assertThat(CountryCode.of("ANT").alpha2()).isEqualTo("AN");
    }

    /** The table in the jar is derived from GeoNames' countryInfo.txt: every entry maps both ways as the original says. */
    @Test
    void maps_every_geonames_entry_both_ways() {
        List<String[]> rows = geonamesRows();
        assertThat(rows).hasSize(252);
        for (String[] row : rows) {
            String alpha2 = row[0];
            String alpha3 = row[1];
            String fips = row[3];
            String name = row[4].strip();
            CountryCode country = CountryCode.of(alpha3);
            assertThat(country.code()).isEqualTo(alpha3);
            assertThat(country.alpha2()).as(alpha3).isEqualTo(alpha2);
            assertThat(CountryCode.ofAlpha2(alpha2)).as(alpha2).isSameAs(country);
            assertThat(country.displayName()).as(alpha3).isEqualTo(name);
            assertThat(CountryCode.ofName(name)).as(name).isSameAs(country);
            if (fips.isEmpty()) {
                assertThat(country.fips()).as(alpha3).isEmpty();
            } else {
                assertThat(country.fips()).as(alpha3).contains(fips);
                assertThat(CountryCode.ofFips(fips)).as(fips).isSameAs(country);
            }
        }
    }

    private static List<String[]> geonamesRows() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = CountryCodeTest.class.getResourceAsStream("/reference-data/countryInfo.txt")) {
            assertThat(in).as("test resource /reference-data/countryInfo.txt").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    @ParameterizedTest
    @CsvSource({"BM, MMR", "CH, CHN", "RS, RUS", "US, USA", "UK, GBR", "IS, ISR", "WE, PSE", "KV, XKX"})
    void reads_fips_codes_as_gdelt_writes_them(String fips, String alpha3) {
        assertThat(CountryCode.ofFips(fips)).isEqualTo(CountryCode.of(alpha3));
        assertThat(CountryCode.findByFips(fips)).contains(CountryCode.of(alpha3));
    }

    @Test
    void has_no_fips_code_for_a_territory_geonames_gives_none() {
        assertThat(CountryCode.of("ALA").fips()).isEmpty();
        assertThat(CountryCode.of("UMI").fips()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"MM, MMR", "CN, CHN", "RU, RUS", "XK, XKX", "GB, GBR"})
    void reads_iso_alpha2_codes(String alpha2, String alpha3) {
        assertThat(CountryCode.ofAlpha2(alpha2)).isEqualTo(CountryCode.of(alpha3));
        assertThat(CountryCode.of(alpha3).alpha2()).isEqualTo(alpha2);
    }

    @ParameterizedTest
    @CsvSource({"771, BGD", "775, MMR", "710, CHN", "365, RUS", "750, IND", "2, USA", "345, SRB", "340, SRB",
            "347, XKX", "260, DEU", "255, DEU", "713, TWN", "990, WSM"})
    void reads_gleditsch_ward_numbers_as_ucdp_writes_them(int number, String alpha3) {
        assertThat(CountryCode.ofGleditschWard(number)).isEqualTo(CountryCode.of(alpha3));
        assertThat(CountryCode.findByGleditschWard(number)).contains(CountryCode.of(alpha3));
    }

    @Test
    void gives_each_country_the_number_ucdp_uses() {
        assertThat(CountryCode.of("BGD").gleditschWard()).isEqualTo(OptionalInt.of(771));
        assertThat(MMR.gleditschWard()).isEqualTo(OptionalInt.of(775));
        assertThat(CountryCode.of("SRB").gleditschWard()).isEqualTo(OptionalInt.of(345));
        assertThat(CountryCode.of("DEU").gleditschWard()).isEqualTo(OptionalInt.of(260));
        assertThat(CountryCode.of("HKG").gleditschWard()).isEmpty();
        assertThat(CountryCode.of("SCG").gleditschWard()).isEmpty();
    }

    @Test
    void maps_every_gleditsch_ward_number_back_to_its_country() {
        int found = 0;
        for (int number = -1; number <= 1000; number++) {
            Optional<CountryCode> country = CountryCode.findByGleditschWard(number);
            if (country.isPresent()) {
                found++;
                int own = country.get().gleditschWard().orElseThrow();
                assertThat(CountryCode.ofGleditschWard(own)).as("%d", number).isSameAs(country.get());
            }
        }
        assertThat(found).as("lines of gleditsch-ward.tsv").isEqualTo(197);
    }

    /** Every Source Country, Target Country and Country value of the ICEWS sample (2018-06), but NA. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Afghanistan|AFG", "Andorra|AND", "Armenia|ARM", "Australia|AUS", "Austria|AUT", "Azerbaijan|AZE",
        "Belarus|BLR", "Belgium|BEL", "Brazil|BRA", "Burkina Faso|BFA", "China|CHN", "Egypt|EGY", "France|FRA",
        "Germany|DEU", "India|IND", "Iran|IRN", "Israel|ISR", "Italy|ITA", "Jordan|JOR", "Kazakhstan|KAZ",
        "Lithuania|LTU", "Luxembourg|LUX", "Mali|MLI", "'Moldova, Republic of'|MDA", "Montenegro|MNE",
        "Myanmar|MMR", "North Korea|PRK", "Occupied Palestinian Territory|PSE", "Oman|OMN", "Portugal|PRT",
        "Qatar|QAT", "Russian Federation|RUS", "Saudi Arabia|SAU", "Singapore|SGP", "South Africa|ZAF",
        "South Korea|KOR", "South Sudan|SSD", "Sweden|SWE", "Syria|SYR", "Taiwan|TWN", "Tajikistan|TJK",
        "Thailand|THA", "Tunisia|TUN", "Turkey|TUR", "Ukraine|UKR", "United Arab Emirates|ARE",
        "United Kingdom|GBR", "United States|USA", "Uzbekistan|UZB", "Vietnam|VNM", "Yemen|YEM"})
    void reads_every_country_name_of_the_icews_sample(String name, String alpha3) {
        assertThat(CountryCode.ofName(name)).isEqualTo(CountryCode.of(alpha3));
    }

    static Stream<Arguments> other_names() {
        return Stream.of(
                Arguments.of("Bangladesh", "BGD"),             // UCDP GED country column
                Arguments.of("Myanmar (Burma)", "MMR"),        // UCDP, Gleditsch & Ward
                Arguments.of("Serbia (Yugoslavia)", "SRB"),    // UCDP
                Arguments.of("Burma", "MMR"),
                Arguments.of("Russia", "RUS"),
                Arguments.of("Bosnia-Herzegovina", "BIH"),     // GDELT geography names
                Arguments.of("Bahamas, The", "BHS"),
                Arguments.of("Vietnam, Republic Of", "VNM"),
                Arguments.of("Slovak Republic", "SVK"),
                Arguments.of("Czech Republic", "CZE"),
                Arguments.of("Vatican City", "VAT"),
                Arguments.of("West Bank", "PSE"),
                Arguments.of("Saint Vincent And The Grenadines", "VCT"),
                Arguments.of("Korea, South", "KOR"),           // Gleditsch & Ward
                Arguments.of("Great Britain", "GBR"),          // PLOVER actor text
                Arguments.of("Ivory Coast", "CIV"));
    }

    @ParameterizedTest
    @MethodSource("other_names")
    void reads_the_names_other_datasets_write(String name, String alpha3) {
        assertThat(CountryCode.ofName(name)).isEqualTo(CountryCode.of(alpha3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"russian federation", "RUSSIAN FEDERATION", "Russian-Federation", " Russian  Federation. ",
            "RussianFederation"})
    void reads_names_ignoring_case_spaces_and_punctuation(String name) {
        assertThat(CountryCode.ofName(name)).isEqualTo(RUS);
    }

    @Test
    void reads_names_ignoring_accents_and_reading_ampersands_as_and() {
        assertThat(CountryCode.ofName("Côte d'Ivoire")).isEqualTo(CountryCode.of("CIV"));
        assertThat(CountryCode.ofName("Trinidad & Tobago")).isEqualTo(CountryCode.of("TTO"));
        assertThat(CountryCode.ofName("Curaçao")).isEqualTo(CountryCode.of("CUW"));
    }

    @ParameterizedTest
    @CsvSource({"alpha2, XX, 'CountryCode.alpha2 must be an ISO 3166-1 alpha-2 country code, got ''XX'''",
            "alpha2, mm, 'CountryCode.alpha2 must be two upper-case letters (ISO 3166-1 alpha-2), got ''mm'''",
            "alpha2, MMR, 'CountryCode.alpha2 must be two upper-case letters (ISO 3166-1 alpha-2), got ''MMR'''",
            "fips, XX, 'CountryCode.fips must be a FIPS 10-4 country code, got ''XX'''",
            "fips, OS, 'CountryCode.fips must be a FIPS 10-4 country code, got ''OS'''",
            "fips, B, 'CountryCode.fips must be two upper-case letters (FIPS 10-4), got ''B'''"})
    void rejects_an_unknown_or_malformed_two_letter_code(String scheme, String code, String message) {
        ViolationCode expected = message.contains("two upper-case") ? ViolationCode.MALFORMED : ViolationCode.UNKNOWN_CODE;
        assertThatThrownBy(() -> {
            if (scheme.equals("fips")) {
                CountryCode.ofFips(code);
            } else {
                CountryCode.ofAlpha2(code);
            }
        }).isInstanceOf(ValidationException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of(scheme, expected, message)));
        assertThat(scheme.equals("fips") ? CountryCode.findByFips(code) : CountryCode.findByAlpha2(code)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 1, 999, 265, 680, Integer.MAX_VALUE})
    void rejects_a_number_of_no_known_country(int number) {
        String message = "CountryCode.gleditschWard must be a Gleditsch–Ward state number of a country, got " + number;
        assertThatThrownBy(() -> CountryCode.ofGleditschWard(number)).isInstanceOf(ValidationException.class)
                .hasMessage(message).satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of("gleditschWard", ViolationCode.UNKNOWN_CODE, message)));
        assertThat(CountryCode.findByGleditschWard(number)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Atlantis", "", "   ", "NA", "Oceans", "Russia Federation"})
    void rejects_a_name_of_no_known_country(String name) {
        String message = "CountryCode.name must be the English name of a country, got '" + name + "'";
        assertThatThrownBy(() -> CountryCode.ofName(name)).isInstanceOf(ValidationException.class)
                .hasMessage(message).satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of("name", ViolationCode.UNKNOWN_CODE, message)));
        assertThat(CountryCode.findByName(name)).isEmpty();
    }

    @Test
    void rejects_a_very_long_name_quoting_it_abbreviated() {
        String name = "Russia".repeat(50);
        assertThat(CountryCode.findByName(name)).isEmpty();
        assertThatThrownBy(() -> CountryCode.ofName(name)).isInstanceOf(ValidationException.class)
                .hasMessage("CountryCode.name must be the English name of a country, got '" + name.substring(0, 97) + "...'");
    }

    @Test
    void equal_when_the_codes_are_equal() {
        assertThat(CountryCode.of("MMR")).isEqualTo(MMR).hasSameHashCodeAs(MMR);
        assertThat(CountryCode.ofName("Burma")).isEqualTo(MMR).hasSameHashCodeAs(MMR);
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
    void survives_java_serialization_as_the_shared_instance() {
        assertThat(SerializationSupport.roundTrip(MMR)).isSameAs(MMR);
        CountryCode kosovo = SerializationSupport.roundTrip(CountryCode.of("XKX"));
        assertThat(kosovo).isSameAs(CountryCode.of("XKX"));
        assertThat(kosovo.alpha2()).isEqualTo("XK");
        assertThat(kosovo.fips()).contains("KV");
        assertThat(CountryCode.of("MMR")).isSameAs(CountryCode.of("MMR"));
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> CountryCode.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> CountryCode.validate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> CountryCode.ofAlpha2(null)).isInstanceOf(NullPointerException.class).hasMessage("alpha2");
        assertThatThrownBy(() -> CountryCode.findByAlpha2(null))
                .isInstanceOf(NullPointerException.class).hasMessage("alpha2");
        assertThatThrownBy(() -> CountryCode.ofFips(null)).isInstanceOf(NullPointerException.class).hasMessage("fips");
        assertThatThrownBy(() -> CountryCode.findByFips(null)).isInstanceOf(NullPointerException.class).hasMessage("fips");
        assertThatThrownBy(() -> CountryCode.ofName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> CountryCode.findByName(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
    }
}
