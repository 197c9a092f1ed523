package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Proves the crosswalk table against the original {@code CAMEO2PLOVER-2021.txt}, line by line. */
class PloverCrosswalkTest {

    @Test
    void holds_every_mapping_line_of_the_original_in_its_order() {
        List<ReferenceData.CrosswalkLine> original = ReferenceData.crosswalk();
        List<PloverCrosswalk.Mapping> table = PloverCrosswalk.lines();
        assertThat(original).hasSize(276);
        assertThat(table).hasSameSizeAs(original);
        for (int i = 0; i < original.size(); i++) {
            ReferenceData.CrosswalkLine line = original.get(i);
            PloverCrosswalk.Mapping mapping = table.get(i);
            assertThat(mapping.code()).as("line %d", i).isEqualTo(line.code());
            assertThat(mapping.type().name()).as("%s", line).isEqualTo(line.type());
            assertThat(mapping.mode().map(PloverMode::label).orElse("")).as("%s", line).isEqualTo(line.mode());
            assertThat(mapping.contexts()).extracting(PloverContext::label).as("%s", line).isEqualTo(line.contexts());
        }
    }

    @Test
    void a_code_has_the_mapping_of_its_line() {
        for (ReferenceData.CrosswalkLine line : ReferenceData.crosswalk()) {
            if (!line.code().equals("08")) {
                assertThat(PloverCrosswalk.of(line.code())).as("%s", line).isPresent()
                        .hasValueSatisfying(mapping -> assertThat(mapping.type().name()).isEqualTo(line.type()));
            }
        }
    }

    @Test
    void a_code_written_with_two_different_mappings_has_none() {
        List<String> twice = ReferenceData.crosswalk().stream()
                .collect(Collectors.groupingBy(ReferenceData.CrosswalkLine::code, Collectors.counting()))
                .entrySet().stream().filter(e -> e.getValue() > 1).map(e -> e.getKey()).sorted()
                .collect(Collectors.toList());
        assertThat(twice).containsExactly("08", "175");
        assertThat(PloverCrosswalk.of("08")).isEmpty();  // CONCEDE and RETREAT
        assertThat(PloverCrosswalk.of("175")).isPresent();  // the same mapping twice
    }

    @Test
    void the_crosswalk_follows_the_cameo_manual_numbering() {
        // 1214 is in neither code book; 1213 only in ICEWS's
        assertThat(PloverCrosswalk.of("1214")).isPresent();
        assertThat(CameoCode.validate(CameoDialect.GDELT, "1214")).isNotEmpty();
        assertThat(CameoCode.validate(CameoDialect.ICEWS, "1214")).isNotEmpty();
        assertThat(CameoCode.icews("1213").ploverType()).contains(PloverEventType.REJECT);
    }
}
