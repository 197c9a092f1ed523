package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Proves that every code, name and score of {@link StanceType} is the one the reference data gives, and
 * that the types cover the CAMEO families.
 */
class StanceTypeTest {

    private static final Map<String, String> GDELT_NAMES = read("CAMEO.eventcodes.txt", '\t');
    private static final Map<String, String> GDELT_SCORES = read("CAMEO.goldsteinscale.txt", '\t');
    private static final Map<String, String> PLOVER = read("CAMEO2PLOVER-2021.txt", ':');

    private static Map<String, String> read(String file, char separator) {
        Map<String, String> rows = new HashMap<>();
        try (InputStream in = StanceTypeTest.class.getResourceAsStream("/reference-data/" + file)) {
            assertThat(in).as("test resource /reference-data/%s", file).isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int at = line.indexOf(separator);
                if (!line.startsWith("#") && at > 0) {
                    rows.putIfAbsent(line.substring(0, at).trim(), line.substring(at + 1).trim());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void takes_its_cameo_name_from_the_gdelt_codebook(StanceType type) {
        assertThat(type.cameoCode().dialect()).isEqualTo(CameoDialect.GDELT);
        assertThat(GDELT_NAMES).containsKey(type.cameoCode().code());
        assertThat(type.cameoName()).isEqualTo(GDELT_NAMES.get(type.cameoCode().code()).trim());
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void takes_its_goldstein_score_from_the_gdelt_scale(StanceType type) {
        assertThat(Double.parseDouble(GDELT_SCORES.get(type.cameoCode().code()))).isEqualTo(type.goldsteinScore());
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void takes_its_plover_type_and_mode_from_the_crosswalk(StanceType type) {
        String code = type.cameoCode().code();
        Optional<String> row = Optional.ofNullable(PLOVER.get(code));
        if (code.startsWith("01") || code.startsWith("02")) {
            // PLOVER drops the CAMEO roots 01 and 02
            assertThat(row).isEmpty();
            assertThat(type.ploverEventType()).isEmpty();
            assertThat(type.ploverMode()).isEmpty();
            return;
        }
        assertThat(row).isPresent();
        String[] fields = row.get().split("#")[0].split(",");
        assertThat(type.ploverEventType()).contains(PloverEventType.valueOf(fields[0].trim()));
        String mode = fields.length > 1 ? fields[1].trim() : "";
        assertThat(type.ploverMode()).isEqualTo(mode.isEmpty() ? Optional.empty() : Optional.of(PloverMode.parse(mode)));
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void scores_within_the_goldstein_range(StanceType type) {
        assertThat(type.goldsteinScore()).isBetween(-10.0, 10.0);
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void admits_its_own_default_code(StanceType type) {
        assertThat(type.admits(type.cameoCode())).isTrue();
        assertThat(type.cameoCode().isWithin(type.family())).isTrue();
    }

    @Test
    void covers_every_code_of_every_verbal_and_cooperative_family_in_both_dialects() {
        for (CameoDialect dialect : CameoDialect.values()) {
            for (CameoCode code : CameoCode.all(dialect)) {
                int root = Integer.parseInt(code.root().code());
                boolean admitted = Arrays.stream(StanceType.values()).anyMatch(type -> type.admits(code));
                assertThat(admitted).as("%s admitted by a stance type", code).isEqualTo(root <= 13);
            }
        }
    }

    @Test
    void a_narrower_type_lies_within_a_wider_one_and_no_two_share_a_family() {
        Map<String, StanceType> byFamily = new HashMap<>();
        for (StanceType type : StanceType.values()) {
            StanceType same = byFamily.put(type.family().code(), type);
            assertThat(same).as("family of %s", type).isNull();
            if (type.family().depth() > 1) {
                assertThat(Arrays.stream(StanceType.values())
                        .filter(wider -> wider != type && type.family().isWithin(wider.family()))).isNotEmpty();
            }
        }
    }

    @Test
    void admits_codes_by_their_digits_in_either_dialect() {
        assertThat(StanceType.SUPPORT.admits(CameoCode.icews("057"))).isTrue();
        assertThat(StanceType.PRAISE.admits(CameoCode.gdelt("057"))).isFalse();
        assertThat(StanceType.ACCUSE.admits(CameoCode.gdelt("1121"))).isTrue();
        assertThat(StanceType.CRITICIZE.admits(CameoCode.gdelt("112"))).isTrue();
        assertThat(StanceType.THREATEN_SANCTIONS.admits(CameoCode.gdelt("130"))).isFalse();
        assertThat(StanceType.NEUTRAL.admits(CameoCode.gdelt("01"))).isTrue();
        assertThatThrownBy(() -> StanceType.NEUTRAL.admits(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("code");
    }
}
