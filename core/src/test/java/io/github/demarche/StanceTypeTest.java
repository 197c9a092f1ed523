package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Proves that every code, name and score of {@link StanceType} is the one the reference data gives. */
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
        assertThat(GDELT_NAMES).containsKey(type.cameoCode());
        String gdeltName = GDELT_NAMES.get(type.cameoCode()).replace(", not specified below", "").trim();
        assertThat(gdeltName.toLowerCase(Locale.ROOT)).startsWith(type.cameoName().toLowerCase(Locale.ROOT));
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void takes_its_goldstein_score_from_the_gdelt_scale(StanceType type) {
        assertThat(Double.parseDouble(GDELT_SCORES.get(type.cameoCode()))).isEqualTo(type.goldsteinScore());
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void takes_its_plover_type_and_mode_from_the_crosswalk(StanceType type) {
        Optional<String> row = Optional.ofNullable(PLOVER.get(type.cameoCode()));
        if (type.cameoCode().startsWith("01") || type.cameoCode().startsWith("02")) {
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
        assertThat(type.ploverMode()).isEqualTo(mode.isEmpty() ? Optional.empty() : Optional.of(mode));
    }

    @ParameterizedTest
    @EnumSource(StanceType.class)
    void scores_within_the_goldstein_range(StanceType type) {
        assertThat(type.goldsteinScore()).isBetween(-10.0, 10.0);
    }
}
