package io.github.demarche.formats.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.samples.SampleFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UcdpGedLayoutTest {

    @Test
    void hdx_is_the_header_and_hashtag_row_of_the_shared_sample() {
        List<List<String>> rows = SampleFiles.readCsv(UcdpGedRoundTripTest.FILE);
        assertThat(UcdpGedLayout.HDX.columns()).isEqualTo(rows.get(0)).hasSize(43);
        assertThat(UcdpGedLayout.HDX.hxl()).contains(rows.get(1));
        assertThat(UcdpGedLayout.HDX.name()).contains("hdx");
        assertThat(UcdpGedLayout.of(rows.get(0)).withHxl(rows.get(1))).isSameAs(UcdpGedLayout.HDX);
        assertThat(UcdpGedLayout.of(rows.get(0)).name()).isEmpty();
        assertThat(UcdpGedLayout.GED.columns()).hasSize(49);
        assertThat(UcdpGedLayout.of(UcdpGedLayout.GED.columns())).isSameAs(UcdpGedLayout.GED);
        assertThat(UcdpGedLayout.HDX.withoutHxl()).hasToString("UcdpGedLayout[43 columns]");
        assertThat(UcdpGedLayout.HDX).hasToString("UcdpGedLayout[hdx]");
    }

    @Test
    void a_layout_needs_the_required_columns_each_once_and_a_hashtag_a_column() {
        assertThatThrownBy(() -> UcdpGedLayout.of(List.of("id", "date_start")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UcdpGedLayout.columns must hold id, date_start, date_end, side_a, side_b, low, best, high,"
                        + " got no date_end, side_a, side_b, low, best, high");
        List<String> twice = new ArrayList<>(UcdpGedLayout.REQUIRED);
        twice.add("id");
        assertThatThrownBy(() -> UcdpGedLayout.of(twice)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UcdpGedLayout.columns must name each column once, got 'id' twice");
        assertThatThrownBy(() -> UcdpGedLayout.GED.withHxl(List.of("#x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UcdpGedLayout.hxl must have 49 cells, one a column, got 1");
    }

    @Test
    void a_hashtag_row_has_a_hashtag_and_nothing_but_hashtags() {
        assertThat(UcdpGedLayout.isHxl(List.of("", "#date+year", ""))).isTrue();
        assertThat(UcdpGedLayout.isHxl(List.of("", "", ""))).isFalse();
        assertThat(UcdpGedLayout.isHxl(List.of("#a", "b"))).isFalse();
    }

    /** The CSV line that an event keeps its file's header in gives back the cells, whatever they hold. */
    @Test
    void a_line_gives_back_its_cells() {
        long seed = 7L;
        Random random = new Random(seed);
        String[] parts = {"", "a", ",", "\"", "\n", "\r\n", " ", "#", "é", "x y"};
        for (int round = 0; round < 500; round++) {
            List<String> cells = new ArrayList<>();
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n; i++) {
                StringBuilder cell = new StringBuilder();
                int k = random.nextInt(4);
                for (int j = 0; j < k; j++) {
                    cell.append(parts[random.nextInt(parts.length)]);
                }
                cells.add(cell.toString());
            }
            assertThat(UcdpGedLayout.cells(UcdpGedLayout.line(cells))).as("seed %d round %d: %s", seed, round, cells)
                    .isEqualTo(cells);
        }
    }
}
