package io.github.demarche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.formats.DataFormat;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.infra.Blackhole;

/** The importers' benchmarks on small inputs: both sides read the same rows, and the conversion check passes. */
class FormatsBenchmarksTest {

    private static final Blackhole BLACKHOLE = new Blackhole(
            "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

    @Test
    void import_parse_and_split_read_the_same_rows() throws Exception {
        for (String format : new String[] {"gdelt2", "icews"}) {
            ImportBenchmark benchmark = new ImportBenchmark();
            benchmark.format = format;
            benchmark.generate();
            long header = DataFormat.ofCliName(format) == DataFormat.ICEWS ? 1 : 0;
            assertThat(benchmark.importRows(BLACKHOLE)).as(format).isEqualTo(ImportBenchmark.ROWS);
            assertThat(benchmark.parseRows(BLACKHOLE)).as(format).isEqualTo(ImportBenchmark.ROWS + header);
            assertThat(benchmark.splitRows(BLACKHOLE)).as(format).isEqualTo(ImportBenchmark.ROWS + header);
        }
    }

    @Test
    void each_repetition_of_a_sample_names_its_own_articles_and_the_first_is_the_sample() {
        SampleRows gdelt = new SampleRows(SampleRows.GDELT2, false, SampleRows.GDELT2_ARTICLE);
        List<String[]> rows = Arrays.stream(new String(gdelt.bytes(258), StandardCharsets.UTF_8).split("\n"))
                .map(line -> line.split("\t", -1)).collect(Collectors.toList());
        List<String> first = rows.subList(0, 129).stream().map(cells -> cells[60]).collect(Collectors.toList());
        List<String> second = rows.subList(129, 258).stream().map(cells -> cells[60]).collect(Collectors.toList());
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(new HashSet<>(second)).hasSameSizeAs(new HashSet<>(first)).hasSize(47);
        assertThat(second.get(0)).isEqualTo(first.get(0) + "#repetition-1");
        assertThat(rows.get(129)[0]).isEqualTo("900000129");
        assertThat(SampleRows.fresh("47400363", 2)).isEqualTo("2047400363");
        assertThat(SampleRows.fresh("https://a.example/x#y", 3)).isEqualTo("https://a.example/x#y-repetition-3");
    }

    @Test
    void the_conversion_check_writes_back_the_file_it_read_and_cleans_up(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            ConvertCheck.main(new String[] {"3000", directory.toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("3,000 GDELT 2.0 rows", "gdelt2 -> ndjson", "ndjson -> gdelt2",
                        "written back identical to the file: yes");
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }
}
