package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowRecords;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConvertCommandTest {

    private static final Pattern CONVERT_HEAD = Pattern.compile(
            ".+: (\\d+) rows? read: (\\d+) written \\((\\d+) records?\\) to .+, (\\d+) refused");

    @TempDir
    Path temp;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(temp.resolve(name), content);
    }

    @Test
    void converts_ndjson_to_ndjson_as_it_was_written() throws IOException {
        Path in = file("reference.ndjson", Cli.referenceNdjson());
        Path out = temp.resolve("out.ndjson");
        Cli.Result result = Cli.run("convert", "--from", "ndjson", "--to", "ndjson", in.toString(), out.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly(
                in + ": 17 rows read: 17 written (17 records) to " + out + ", 0 refused");
        assertThat(result.stdout()).isEmpty();
        assertThat(Files.readAllBytes(out)).isEqualTo(Cli.referenceNdjson());
    }

    @Test
    void reads_standard_input_and_writes_standard_output_for_a_dash() {
        Cli.Result result = Cli.run(Cli.referenceNdjson(), "convert", "--from", "NDJSON", "--to", "ndjson", "-", "-");
        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout()).isEqualTo(Cli.referenceNdjson());
        assertThat(result.errLines()).containsExactly(
                "standard input: 17 rows read: 17 written (17 records) to standard output, 0 refused");
    }

    @Test
    void collects_every_refused_row_and_writes_the_others() throws IOException {
        Path in = file("bad.ndjson", Cli.badNdjson());
        Cli.Result result = Cli.run("convert", "--from", "ndjson", "--to", "ndjson", in.toString(), "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                in + ": 5 rows read: 3 written (3 records) to standard output, 2 refused",
                "refused: MODEL_RULE 1, MALFORMED 1",
                in + ":3: column /statement/id: MALFORMED: Unexpected end-of-input within/between Object entries",
                in + ":5: column /casualtyReport/count/bounds: MODEL_RULE: QualifiedCount.bounds must satisfy "
                        + "low <= best <= high, got low=300, best=271, high=∞");
        List<String> reference = Cli.referenceLines();
        assertThat(result.outLines()).containsExactly(reference.get(0), reference.get(1), reference.get(2),
                reference.get(11));
        assertCountsAddUp(result);
    }

    @Test
    void stops_at_the_first_refused_row_when_failing_fast() throws IOException {
        Path in = file("bad.ndjson", Cli.badNdjson());
        Cli.Result result = Cli.run("convert", "--fail-fast", "--from", "ndjson", "--to", "ndjson", in.toString(),
                "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                in + ": 2 rows read: 1 written (1 record) to standard output, 1 refused",
                "refused: MALFORMED 1",
                in + ":3: column /statement/id: MALFORMED: Unexpected end-of-input within/between Object entries",
                "stopped at the first refused row (--fail-fast): the rows after it were not read");
        List<String> reference = Cli.referenceLines();
        assertThat(result.outLines()).containsExactly(reference.get(0), reference.get(1));
        assertCountsAddUp(result);
    }

    @Test
    void lists_at_most_max_problems_and_counts_the_others() throws IOException {
        Path in = file("bad.ndjson", Cli.badNdjson());
        Cli.Result result = Cli.run("convert", "--max-problems", "1", "--from", "ndjson", "--to", "ndjson",
                in.toString(), "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                in + ": 5 rows read: 3 written (3 records) to standard output, 2 refused",
                "refused: MODEL_RULE 1, MALFORMED 1",
                in + ":3: column /statement/id: MALFORMED: Unexpected end-of-input within/between Object entries",
                "(1 more refused row not listed; --max-problems 1)");
    }

    @Test
    void input_that_breaks_off_ends_reading_with_what_was_written_kept() {
        List<String> reference = Cli.referenceLines();
        byte[] in = String.join("\n", reference.get(0), reference.get(1), reference.get(2), "{\"demarcheFormat\":9}",
                reference.get(3), "").getBytes(StandardCharsets.UTF_8);
        Cli.Result result = Cli.run(in, "convert", "--from", "ndjson", "--to", "ndjson", "-", "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(4);
        assertThat(result.errLines().subList(0, 2)).containsExactly(
                "standard input: 3 rows read: 2 written (2 records) to standard output, 1 refused",
                "refused: MALFORMED 1");
        assertThat(result.errLines().get(2)).startsWith("-:4: column /demarcheFormat: MALFORMED: ");
        assertThat(result.errLines().get(3)).startsWith("reading stopped after 3 rows: -: NDJSON cannot be read on: "
                + "line 4");
        assertThat(result.outLines()).containsExactly(reference.get(0), reference.get(1), reference.get(2));
        assertCountsAddUp(result);
    }

    @Test
    void an_empty_input_is_no_rows() {
        Cli.Result result = Cli.run(new byte[0], "convert", "--from", "ndjson", "--to", "ndjson", "-", "-");
        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly(
                "standard input: 0 rows read: 0 written (0 records) to standard output, 0 refused");
    }

    @Test
    void shows_a_progress_line_on_a_terminal_and_wipes_it() {
        byte[] many = manyStatements(2048);
        Cli.Result quiet = Cli.run(many, false, "convert", "--from", "ndjson", "--to", "ndjson", "-", "-");
        assertThat(quiet.stderr()).doesNotContain("\r");
        Cli.Result shown = Cli.run(many, true, "convert", "--from", "ndjson", "--to", "ndjson", "-", "-");
        assertThat(shown.exitCode()).isZero();
        // the summary stands alone after whatever progress was shown
        assertThat(shown.stderr()).endsWith(
                "standard input: 2048 rows read: 2048 written (2048 records) to standard output, 0 refused"
                        + System.lineSeparator());
        assertThat(shown.stdout()).isEqualTo(many);
    }

    /** The header and a statement repeated: as many rows as asked. */
    private static byte[] manyStatements(int rows) {
        List<String> reference = Cli.referenceLines();
        StringBuilder text = new StringBuilder(reference.get(0)).append('\n');
        for (int i = 0; i < rows; i++) {
            text.append(reference.get(1)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void refuses_to_write_over_its_input() throws IOException {
        Path in = file("reference.ndjson", Cli.referenceNdjson());
        Cli.Result result = Cli.run("convert", "--from", "ndjson", "--to", "ndjson", in.toString(), in.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("demarche convert: the output '" + in
                + "' is the input: writing it would destroy what is read");
        assertThat(Files.readAllBytes(in)).isEqualTo(Cli.referenceNdjson());
    }

    @Test
    void says_which_input_cannot_be_read() {
        Path missing = temp.resolve("missing.tsv");
        Cli.Result result = Cli.run("convert", "--from", "ndjson", "--to", "ndjson", missing.toString(), "-");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly(
                "demarche convert: cannot read '" + missing + "': no such file");
        Cli.Result directory = Cli.run("convert", "--from", "ndjson", "--to", "ndjson", temp.toString(), "-");
        assertThat(directory.exitCode()).isEqualTo(2);
        assertThat(directory.errLines()).containsExactly(
                "demarche convert: cannot read '" + temp + "': it is a directory");
    }

    @Test
    void says_which_output_cannot_be_written() throws IOException {
        Path in = file("reference.ndjson", Cli.referenceNdjson());
        Path out = temp.resolve("no/such/folder/out.ndjson");
        Cli.Result result = Cli.run("convert", "--from", "ndjson", "--to", "ndjson", in.toString(), out.toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("demarche convert: cannot write '" + out + "': no such folder");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usage_errors_say_what_is_wrong_and_exit_2(String why, List<String> args, List<String> stderr) {
        Cli.Result result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactlyElementsOf(stderr);
        assertThat(result.stdout()).isEmpty();
    }

    static Stream<Arguments> usageErrors() {
        String help = "Try 'demarche convert --help' for more information.";
        return Stream.of(
                Arguments.of("no --from", List.of("convert", "--to", "ndjson", "in", "out"),
                        List.of("demarche convert: Missing required option: '--from=FORMAT'", help)),
                Arguments.of("no --to", List.of("convert", "--from", "ndjson", "in", "out"),
                        List.of("demarche convert: Missing required option: '--to=FORMAT'", help)),
                Arguments.of("unknown format", List.of("convert", "--from", "gdelt3", "--to", "ndjson", "in", "out"),
                        List.of("demarche convert: Invalid value for option '--from': unknown format \"gdelt3\"; "
                                + "the formats are gdelt1, gdelt2, icews, ucdp-ged, plover, ndjson", help)),
                Arguments.of("no output", List.of("convert", "--from", "ndjson", "--to", "ndjson", "in"),
                        List.of("demarche convert: Missing required parameter: 'OUTPUT'", help)),
                Arguments.of("no input nor output", List.of("convert", "--from", "ndjson", "--to", "ndjson"),
                        List.of("demarche convert: Missing required parameters: 'INPUT', 'OUTPUT'", help)),
                Arguments.of("a third file", List.of("convert", "--from", "ndjson", "--to", "ndjson", "a", "b", "c"),
                        List.of("demarche convert: Unmatched argument at index 7: 'c'", help)),
                Arguments.of("unknown option",
                        List.of("convert", "--fail-fst", "--from", "ndjson", "--to", "ndjson", "a", "b"),
                        List.of("demarche convert: Unknown option: '--fail-fst'", "Possible solutions: --fail-fast",
                                help)),
                Arguments.of("negative --max-problems",
                        List.of("convert", "--max-problems", "-1", "--from", "ndjson", "--to", "ndjson", "a", "b"),
                        List.of("demarche convert: Invalid value for option '--max-problems': must be at least 0, "
                                + "got -1", help)));
    }

    /** The dataset formats and their shared samples. */
    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(DataFormat.GDELT1, "gdelt1-events-2016-07.sample.tsv"),
                Arguments.of(DataFormat.GDELT2, "gdelt2-export-20191024143000.sample.tsv"),
                Arguments.of(DataFormat.ICEWS, "icews-events-2018-06.sample.tab"),
                Arguments.of(DataFormat.UCDP_GED, "ucdp-ged-BGD.hdx.csv"),
                Arguments.of(DataFormat.PLOVER, "plover-gsr-0.5b1.sample.json"));
    }

    /**
     * Every shared sample through {@code convert}: format to NDJSON and back, the records of every
     * row the same, the counts adding up both ways.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_shared_row_round_trips_through_ndjson(DataFormat format, String sample) throws IOException {
        Path original = Cli.SAMPLES.resolve(sample);
        Path ndjson = temp.resolve("records.ndjson");
        Path back = temp.resolve("back." + format.cliName());
        Cli.Result there = Cli.run("convert", "--from", format.cliName(), "--to", "ndjson", original.toString(),
                ndjson.toString());
        assertThat(there.exitCode()).as(there.stderr()).isIn(0, 1);
        assertCountsAddUp(there);
        Cli.Result again = Cli.run("convert", "--from", "ndjson", "--to", format.cliName(), ndjson.toString(),
                back.toString());
        assertThat(again.exitCode()).as(again.stderr()).isZero();
        assertCountsAddUp(again);
        assertThat(records(format, Files.readAllBytes(back)))
                .isEqualTo(records(format, Files.readAllBytes(original)));
    }

    /** The records of each accepted row of a file, without the lines they came from. */
    private static List<List<Object>> records(DataFormat format, byte[] content) throws IOException {
        List<List<Object>> records = new ArrayList<>();
        try (FormatReader reader = Formats.reader(format, new ByteArrayInputStream(content),
                ReadOptions.defaults().withErrorMode(ErrorMode.COLLECT))) {
            for (RowRecords row = reader.read(); row != null; row = reader.read()) {
                records.add(row.records());
            }
        }
        return records;
    }

    /** The summary's rows read are its rows written and refused; its codes count every refused row. */
    static void assertCountsAddUp(Cli.Result result) {
        List<String> lines = result.errLines();
        Matcher head = CONVERT_HEAD.matcher(lines.get(0));
        assertThat(head.matches()).as(lines.get(0)).isTrue();
        long read = Long.parseLong(head.group(1));
        long written = Long.parseLong(head.group(2));
        long refused = Long.parseLong(head.group(4));
        assertThat(written + refused).as(lines.get(0)).isEqualTo(read);
        if (refused > 0) {
            long byCode = Stream.of(lines.get(1).substring("refused: ".length()).split(", "))
                    .mapToLong(entry -> Long.parseLong(entry.substring(entry.indexOf(' ') + 1))).sum();
            assertThat(byCode).as(lines.get(1)).isEqualTo(refused);
        } else {
            assertThat(lines).hasSize(1);
        }
    }
}
