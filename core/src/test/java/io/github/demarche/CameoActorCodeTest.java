package io.github.demarche;

import static io.github.demarche.CameoActorRole.CVL;
import static io.github.demarche.CameoActorRole.GOV;
import static io.github.demarche.CameoActorRole.IGO;
import static io.github.demarche.CameoActorRole.MIL;
import static io.github.demarche.CameoActorRole.UAF;
import static io.github.demarche.CameoActorRole.UNO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoActorCodeTest {

    /** Every distinct actor code of the GDELT 1.0 and 2.0 samples and of the PLOVER gold-standard records. */
    @Test
    void parses_every_actor_code_and_sector_of_the_samples() {
        List<String> codes = sampleCodes();
        assertThat(codes).hasSize(318);
        for (String text : codes) {
            assertThat(CameoActorCode.validate(text)).as(text).isEmpty();
            CameoActorCode code = CameoActorCode.parse(text);
            assertThat(code.text()).isEqualTo(text);
            assertThat(code.isUnspecified() ? "***" : String.join("", code.segments())).isEqualTo(text);
            assertThat(code.country().isPresent() && code.region().isPresent()).as(text).isFalse();
        }
    }

    private static List<String> sampleCodes() {
        List<String> codes = new ArrayList<>();
        try (InputStream in = CameoActorCodeTest.class.getResourceAsStream("cameo-actor-codes.txt")) {
            assertThat(in).as("test resource cameo-actor-codes.txt").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    codes.add(line.substring(0, line.indexOf('\t')));
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return codes;
    }

    @Test
    void reads_a_country_and_its_roles() {
        CameoActorCode code = CameoActorCode.parse("USAGOVMIL");
        assertThat(code.segments()).containsExactly("USA", "GOV", "MIL");
        assertThat(code.country()).contains(CountryCode.of("USA"));
        assertThat(code.region()).isEmpty();
        assertThat(code.roles()).containsExactly(GOV, MIL);
        assertThat(code.religions()).isEmpty();
        assertThat(code.ethnicities()).isEmpty();
        assertThat(CameoActorCode.parse("CHNMIL").roles()).containsExactly(MIL);
        assertThat(CameoActorCode.parse("USA").roles()).isEmpty();
    }

    @Test
    void reads_lower_case_segments_as_ethnic_groups() {
        CameoActorCode serbianAlbanians = CameoActorCode.parse("SRBCVLalb");
        assertThat(serbianAlbanians.country()).contains(CountryCode.of("SRB"));
        assertThat(serbianAlbanians.roles()).containsExactly(CVL);
        assertThat(serbianAlbanians.ethnicities()).containsExactly("alb");

        CameoActorCode bdaUaf = CameoActorCode.parse("bdaUAF");
        assertThat(bdaUaf.country()).isEmpty();
        assertThat(bdaUaf.region()).isEmpty();
        assertThat(bdaUaf.ethnicities()).containsExactly("bda");
        assertThat(bdaUaf.roles()).containsExactly(UAF);
        assertThat(CameoActorCode.parse("idgCOP").roles()).containsExactly(CameoActorRole.COP);
    }

    @Test
    void reads_religions_and_keeps_unknown_segments_as_written() {
        CameoActorCode catholics = CameoActorCode.parse("CHRCTH");
        assertThat(catholics.country()).isEmpty();
        assertThat(catholics.religions()).containsExactly("CHR", "CTH");
        assertThat(catholics.roles()).isEmpty();

        CameoActorCode anglican = CameoActorCode.parse("CHRANG001");  // ANG and 001 are in no list here
        assertThat(anglican.segments()).containsExactly("CHR", "ANG", "001");
        assertThat(anglican.religions()).containsExactly("CHR");
        assertThat(anglican.roles()).isEmpty();

        assertThat(CameoActorCode.parse("MOSSHICVL").religions()).containsExactly("MOS", "SHI");
        assertThat(CameoActorCode.parse("MOSSHICVL").roles()).containsExactly(CVL);
        assertThat(CameoActorCode.parse("ITAREL").roles()).isEmpty();
        assertThat(CameoActorCode.parse("ITAREL").segments()).containsExactly("ITA", "REL");
    }

    @Test
    void reads_organisations_as_roles_without_a_country() {
        CameoActorCode un = CameoActorCode.parse("IGOUNO");
        assertThat(un.country()).isEmpty();
        assertThat(un.region()).isEmpty();
        assertThat(un.roles()).containsExactly(IGO, UNO);

        CameoActorCode americanMultinational = CameoActorCode.parse("MNCUSA");
        assertThat(americanMultinational.country()).as("a country only as the first segment").isEmpty();
        assertThat(americanMultinational.segments()).containsExactly("MNC", "USA");
        assertThat(CameoActorCode.parse("IGOWSTNAT").region()).as("a region only as the first segment").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"AFR", "EUR", "SEA", "WST", "MEA", "AFRBUS"})
    void reads_regional_codes_as_regions_not_countries(String text) {
        CameoActorCode code = CameoActorCode.parse(text);
        assertThat(code.country()).isEmpty();
        assertThat(code.region()).contains(text.substring(0, 3));
    }

    @ParameterizedTest
    @CsvSource({"JAP, JPN", "ITL, ITA", "VTN, VNM", "ROM, ROU", "MTN, MNE", "IMY, IMN", "TMP, TLS"})
    void reads_legacy_cameo_country_codes_as_their_countries(String text, String alpha3) {
        CameoActorCode code = CameoActorCode.parse(text);
        assertThat(code.country()).contains(CountryCode.of(alpha3));
        assertThat(code.region()).isEmpty();
        assertThat(code.text()).isEqualTo(text);
    }

    @Test
    void reads_plovers_unspecified_actor() {
        CameoActorCode unspecified = CameoActorCode.parse("***");
        assertThat(unspecified).isSameAs(CameoActorCode.UNSPECIFIED);
        assertThat(unspecified.isUnspecified()).isTrue();
        assertThat(unspecified.text()).isEqualTo("***");
        assertThat(unspecified.segments()).isEmpty();
        assertThat(unspecified.country()).isEmpty();
        assertThat(unspecified.region()).isEmpty();
        assertThat(unspecified.roles()).isEmpty();
        assertThat(unspecified.religions()).isEmpty();
        assertThat(unspecified.ethnicities()).isEmpty();
        assertThat(CameoActorCode.parse("GOV").isUnspecified()).isFalse();
    }

    @Test
    void reads_plover_sectors_with_the_same_roles() {
        assertThat(CameoActorCode.parse("GOV").roles()).containsExactly(GOV);
        assertThat(CameoActorCode.parse("GOV").country()).isEmpty();
        assertThat(CameoActorCode.parse("CVLalb").roles()).containsExactly(CVL);
        assertThat(CameoActorCode.parse("CVLalb").ethnicities()).containsExactly("alb");
        assertThat(CameoActorCode.parse("RELCHR").religions()).containsExactly("CHR");
        assertThat(CameoActorCode.parse("JRN").roles()).isEmpty();
    }

    @Test
    void accepts_the_longest_code_and_refuses_one_more_segment() {
        String longest = "USAGOV".repeat(5);
        assertThat(longest).hasSize(CameoActorCode.MAX_LENGTH);
        assertThat(CameoActorCode.parse(longest).segments()).hasSize(10);
        String tooLong = longest + "MIL";
        String message = "CameoActorCode.text must be at most 30 characters long, got 33 characters";
        assertThat(CameoActorCode.validate(tooLong)).containsExactly(Violation.of("text", ViolationCode.TOO_LONG, message));
        assertThatThrownBy(() -> CameoActorCode.parse(tooLong)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"U", "US", "USAG", "USAGO", "**", "****"})
    void refuses_a_code_of_broken_segments(String text) {
        String message = "CameoActorCode.text must be whole segments of three characters, got '" + text + "'";
        assertThat(CameoActorCode.validate(text)).containsExactly(Violation.of("text", ViolationCode.MALFORMED, message));
        assertThatThrownBy(() -> CameoActorCode.parse(text)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void refuses_an_empty_code() {
        String message = "CameoActorCode.text must not be blank, got ''";
        assertThat(CameoActorCode.validate("")).containsExactly(Violation.of("text", ViolationCode.BLANK, message));
        assertThatThrownBy(() -> CameoActorCode.parse("")).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @ParameterizedTest
    @CsvSource({"USAGoV, 1, GoV", "Usa, 0, Usa", "US1, 0, US1", "USA***, 1, ***", "'   ', 0, '   '",
            "USA-GV, 1, -GV", "ÜSA, 0, ÜSA", "USAgov1a2, 2, 1a2"})
    void refuses_a_segment_of_mixed_characters(String text, int index, String segment) {
        String message = "CameoActorCode.segments[" + index
                + "] must be three upper-case letters, three lower-case letters or three digits, got '" + segment + "'";
        assertThat(CameoActorCode.validate(text))
                .containsExactly(Violation.of("segments[" + index + "]", ViolationCode.MALFORMED, message));
        assertThatThrownBy(() -> CameoActorCode.parse(text)).isInstanceOf(ValidationException.class).hasMessage(message);
    }

    @Test
    void reports_every_malformed_segment() {
        assertThatThrownBy(() -> CameoActorCode.parse("UsAGOVmIL")).isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: CameoActorCode.segments[0] must be three upper-case letters, three lower-case"
                        + " letters or three digits, got 'UsA'; CameoActorCode.segments[2] must be three upper-case"
                        + " letters, three lower-case letters or three digits, got 'mIL'");
    }

    @Test
    void accepts_a_well_formed_code_that_no_list_knows() {
        CameoActorCode code = CameoActorCode.parse("XYZQQQzzz999");
        assertThat(code.segments()).containsExactly("XYZ", "QQQ", "zzz", "999");
        assertThat(code.country()).isEmpty();
        assertThat(code.region()).isEmpty();
        assertThat(code.roles()).isEmpty();
        assertThat(code.religions()).isEmpty();
        assertThat(code.ethnicities()).containsExactly("zzz");
    }

    @Test
    void keeps_the_text_of_any_char_sequence() {
        assertThat(CameoActorCode.parse(new StringBuilder("USAGOV")).text()).isEqualTo("USAGOV");
        assertThat(CameoActorCode.parse(new StringBuilder("***"))).isSameAs(CameoActorCode.UNSPECIFIED);
    }

    @Test
    void equal_when_the_texts_are_equal() {
        CameoActorCode usaGov = CameoActorCode.parse("USAGOV");
        assertThat(CameoActorCode.parse("USAGOV")).isEqualTo(usaGov).hasSameHashCodeAs(usaGov);
        assertThat(usaGov).isNotEqualTo(CameoActorCode.parse("USA")).isNotEqualTo("USAGOV").isNotEqualTo(null);
        assertThat(CameoActorCode.parse("JAP")).as("as written: a legacy code is not its ISO code")
                .isNotEqualTo(CameoActorCode.parse("JPN"));
        assertThat(usaGov).hasToString("USAGOV");
        assertThat(CameoActorCode.UNSPECIFIED).hasToString("***");
    }

    @Test
    void survives_java_serialization() {
        CameoActorCode code = CameoActorCode.parse("SRBCVLalb");
        assertThat(SerializationSupport.roundTrip(code)).isEqualTo(code);
        assertThat(SerializationSupport.roundTrip(CameoActorCode.UNSPECIFIED)).isSameAs(CameoActorCode.UNSPECIFIED);
        assertThat(SerializationSupport.roundTrip(code).roles()).containsExactly(CVL);
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> CameoActorCode.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> CameoActorCode.validate(null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
    }

    @Test
    void gives_no_country_for_a_first_segment_that_is_a_role_or_religion() {
        assertThat(CameoActorCode.parse("GOVMIL").country()).isEqualTo(Optional.empty());
        assertThat(CameoActorCode.parse("MOS").country()).isEmpty();
        assertThat(CameoActorCode.parse("MOS").religions()).containsExactly("MOS");
    }

    @Test
    void shares_one_instance_per_code_and_still_refuses_a_malformed_one() {
        assertThat(CameoActorCode.parse(new StringBuilder("SRBCVLalb")))
                .isSameAs(CameoActorCode.parse("SRBCVLalb"))
                .isSameAs(SerializationSupport.roundTrip(CameoActorCode.parse("SRBCVLalb")));
        assertThat(CameoActorCode.parse("***")).isSameAs(CameoActorCode.UNSPECIFIED);
        assertThatThrownBy(() -> CameoActorCode.parse("USAgOV")).isInstanceOf(ValidationException.class)
                .hasMessage("CameoActorCode.segments[1] must be three upper-case letters, three lower-case letters or"
                        + " three digits, got 'gOV'");
    }
}
