package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.formats.DataFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ValidateCommandTest {

    @TempDir
    Path temp;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(temp.resolve(name), content);
    }

    @Test
    void valid_ndjson_exits_0() throws IOException {
        Path in = file("reference.ndjson", Cli.referenceNdjson());
        Cli.Result result = Cli.run("validate", in.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly(in + ": 17 rows read: 17 valid (17 records), 0 refused");
        assertThat(result.stdout()).isEmpty();
    }

    @Test
    void ndjson_is_told_from_a_document_by_its_first_line_whatever_the_name() throws IOException {
        Path in = file("records.json", Cli.referenceNdjson());
        assertThat(Cli.run("validate", in.toString()).errLines())
                .containsExactly(in + ": 17 rows read: 17 valid (17 records), 0 refused");
        // without the header line, the first record tells
        byte[] headless = Arrays.copyOfRange(Cli.referenceNdjson(), "{\"demarcheFormat\":2}\n".length(),
                Cli.referenceNdjson().length);
        assertThat(Cli.run(headless, "validate", "-").errLines())
                .containsExactly("standard input: 17 rows read: 17 valid (17 records), 0 refused");
    }

    @Test
    void bad_ndjson_lists_each_refused_line_and_exits_1() throws IOException {
        Path in = file("bad.ndjson", Cli.badNdjson());
        Cli.Result result = Cli.run("validate", in.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                in + ": 5 rows read: 3 valid (3 records), 2 refused",
                "refused: MODEL_RULE 1, MALFORMED 1",
                in + ":3: column /statement/id: MALFORMED: Unexpected end-of-input within/between Object entries",
                in + ":5: column /casualtyReport/count/bounds: MODEL_RULE: QualifiedCount.bounds must satisfy "
                        + "low <= best <= high, got low=300, best=271, high=∞");
    }

    @Test
    void fails_fast_when_asked() {
        Cli.Result result = Cli.run(Cli.badNdjson(), "validate", "--fail-fast", "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "standard input: 2 rows read: 1 valid (1 record), 1 refused",
                "refused: MALFORMED 1",
                "-:3: column /statement/id: MALFORMED: Unexpected end-of-input within/between Object entries",
                "stopped at the first refused row (--fail-fast): the rows after it were not read");
    }

    @Test
    void a_valid_json_document_exits_0() throws IOException {
        Path in = file("reference-article.json", Cli.referenceArticleJson());
        Cli.Result result = Cli.run("validate", in.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly(in + ": 1 document read: 1 valid (17 records), 0 refused");
    }

    @Test
    void a_document_the_model_refuses_is_reported_with_its_json_pointer() throws IOException {
        String json = new String(Cli.referenceArticleJson(), StandardCharsets.UTF_8);
        String bad = json.replace("\"low\": 271", "\"low\": 300");
        assertThat(bad).isNotEqualTo(json);
        long line = bad.substring(0, bad.indexOf("\"low\": 300")).lines().count();
        Path in = file("bad-article.json", bad.getBytes(StandardCharsets.UTF_8));
        Cli.Result result = Cli.run("validate", in.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).hasSize(3);
        assertThat(result.errLines().subList(0, 2)).containsExactly(
                in + ": 1 document read: 0 valid (0 records), 1 refused",
                "refused: MODEL_RULE 1");
        // the line is where the reader stood when the rule was checked: at the end of the figure
        assertThat(result.errLines().get(2)).matches(java.util.regex.Pattern.quote(in.toString()) + ":\\d+: "
                + java.util.regex.Pattern.quote("column /casualtyReports/0/count/bounds: MODEL_RULE: "
                        + "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=271, high=∞"));
        long reported = Long.parseLong(result.errLines().get(2).substring(in.toString().length() + 1)
                .replaceFirst(":.*", ""));
        assertThat(reported).isBetween(line, line + 3);
    }

    @Test
    void a_document_that_is_not_json_is_malformed() throws IOException {
        byte[] json = Cli.referenceArticleJson();
        Path in = file("broken.json", Arrays.copyOf(json, 500));
        Cli.Result result = Cli.run("validate", in.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                in + ": 1 document read: 0 valid (0 records), 1 refused",
                "refused: MALFORMED 1",
                in + ":23: MALFORMED: not well-formed JSON: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void a_document_of_an_unknown_field_is_malformed_at_its_pointer() throws IOException {
        String json = new String(Cli.referenceArticleJson(), StandardCharsets.UTF_8)
                .replaceFirst("\"publication\": \"The Irrawaddy\"", "\"publisher\": \"The Irrawaddy\"");
        Path in = file("unknown.json", json.getBytes(StandardCharsets.UTF_8));
        Cli.Result result = Cli.run("validate", in.toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines().get(0)).isEqualTo(in + ": 1 document read: 0 valid (0 records), 1 refused");
        assertThat(result.errLines().get(1)).isEqualTo("refused: MALFORMED 1");
        assertThat(result.errLines().get(2)).startsWith(in + ":4: column /source/publisher: MALFORMED: ");
    }

    @Test
    void an_empty_input_is_no_rows() {
        Cli.Result result = Cli.run(new byte[0], "validate", "-");
        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines()).containsExactly("standard input: 0 rows read: 0 valid (0 records), 0 refused");
    }

    @Test
    void needs_an_input() {
        Cli.Result result = Cli.run("validate");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("demarche validate: Missing required parameter: 'INPUT'",
                "Try 'demarche validate --help' for more information.");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.demarche.cli.ConvertCommandTest#samples")
    void validates_any_format_with_from(DataFormat format, String sample) {
        Cli.Result result = Cli.run("validate", "--from", format.cliName(), Cli.SAMPLES.resolve(sample).toString());
        assertThat(result.exitCode()).as(result.stderr()).isIn(0, 1);
        assertThat(result.errLines().get(0)).matches(".+: \\d+ rows? read: \\d+ valid \\(\\d+ records?\\), \\d+ refused");
    }
}
