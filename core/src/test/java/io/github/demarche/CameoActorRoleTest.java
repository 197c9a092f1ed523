package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CameoActorRoleTest {

    @ParameterizedTest
    @CsvSource({"GOV, Government", "MIL, Military", "REB, Rebels", "OPP, Political Opposition",
            "PTY, Political Parties", "COP, Police forces", "JUD, Judiciary", "SPY, State Intelligence",
            "IGO, Inter-Governmental Organization", "NGO, Non-Governmental Organization",
            "IMG, International Militarized Group", "MNC, Multinational Corporation", "BUS, Business",
            "CVL, Civilian", "EDU, Education", "MED, Media", "HLH, Health", "REF, Refugees", "LAB, Labor",
            "AGR, Agriculture", "ELI, Elites", "CRM, Criminal", "LEG, Legislature", "ENV, Environmental",
            "UAF, Unaligned Armed Forces", "SEP, Separatist Rebels", "INS, Insurgents", "RAD, Radical",
            "MOD, Moderate"})
    void reads_the_cameo_role_codes(String code, String label) {
        CameoActorRole role = CameoActorRole.of(code);
        assertThat(role.code()).isEqualTo(code);
        assertThat(role.label()).isEqualTo(label);
        assertThat(CameoActorRole.find(code)).contains(role);
    }

    @Test
    void has_three_upper_case_letters_for_every_code() {
        assertThat(CameoActorRole.values()).hasSize(40);
        assertThat(Arrays.stream(CameoActorRole.values()).map(CameoActorRole::code)).allMatch(c -> c.matches("[A-Z]{3}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"REL", "JRN", "gov", "USA", "", "GOVMIL", "***"})
    void rejects_a_code_of_no_known_role(String code) {
        String message = "CameoActorRole.code must be a CAMEO actor role or type code, got '" + code + "'";
        assertThatThrownBy(() -> CameoActorRole.of(code)).isInstanceOf(ValidationException.class).hasMessage(message)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .containsExactly(Violation.of("code", ViolationCode.UNKNOWN_CODE, message)));
        assertThat(CameoActorRole.find(code)).isEmpty();
    }

    @Test
    void rejects_null_with_the_parameter_name() {
        assertThatThrownBy(() -> CameoActorRole.of(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
        assertThatThrownBy(() -> CameoActorRole.find(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    }

    @Test
    void survives_java_serialization() {
        assertThat(SerializationSupport.roundTrip(CameoActorRole.GOV)).isSameAs(CameoActorRole.GOV);
    }
}
