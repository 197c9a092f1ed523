package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.formats.DataFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BriefCommandTest {

    @TempDir
    Path temp;

    @Test
    void briefs_a_json_document_as_the_examples_do() throws IOException {
        Path in = Files.write(temp.resolve("reference-article.json"), Cli.referenceArticleJson());
        Cli.Result result = Cli.run("brief", in.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).startsWith(
                "DEMARCHE BRIEFING: The Irrawaddy, 2021-03-24",
                "Source urn:demarche:article:000_5b4d5c46eeeb27f0 (en)",
                "Valid: 20 actors, 6 events, 10 statements, 1 casualty report",
                "",
                "ACTORS AND WHO SPEAKS FOR WHOM");
        assertThat(result.outLines()).containsSubsequence("STATEMENTS IN TIME ORDER",
                "CASUALTY FIGURES (a series per originator; figures of different originators are not compared)",
                "ALIGNMENT ON EACH QUESTION (officials count for their state or organization)",
                "SHIFTS OVER TIME (one actor on one question, between stances one certainly after the other)");
        assertThat(result.errLines()).containsExactly(in + ": 1 document read: 1 valid (17 records), 0 refused");
    }

    @Test
    void briefs_the_records_of_ndjson() throws IOException {
        Path in = Files.write(temp.resolve("reference.ndjson"), Cli.referenceNdjson());
        Cli.Result result = Cli.run("brief", in.toString());
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).startsWith(
                "DEMARCHE BRIEFING: reference.ndjson",
                "Read 17 valid records: 10 statements, 6 events, 1 casualty report",
                "",
                "ACTORS AND WHO SPEAKS FOR WHOM");
        assertThat(result.outLines()).anyMatch(line -> line.matches("  the situation in Myanmar\\s+China / Russia\\s+aligned"));
        assertThat(result.errLines()).containsExactly(in + ": 17 rows read: 17 valid (17 records), 0 refused");
    }

    @Test
    void briefs_the_valid_records_and_reports_the_refused_rows() {
        Cli.Result result = Cli.run(Cli.badNdjson(), "brief", "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.outLines()).startsWith(
                "DEMARCHE BRIEFING: standard input",
                "Read 3 valid records: 2 statements, 1 event, 0 casualty reports");
        assertThat(result.errLines()).containsExactly(
                "standard input: 5 rows read: 3 valid (3 records), 2 refused",
                "refused: MODEL_RULE 1, MALFORMED 1",
                "-:3: column /statement/id: MALFORMED: Unexpected end-of-input within/between Object entries",
                "-:5: column /casualtyReport/count/bounds: MODEL_RULE: QualifiedCount.bounds must satisfy "
                        + "low <= best <= high, got low=300, best=271, high=∞");
    }

    @Test
    void a_refused_document_is_not_briefed() {
        Cli.Result result = Cli.run("{\"demarcheFormat\":2,\"source\":{}}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "brief", "-");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.errLines().get(0)).isEqualTo("standard input: 1 document read: 0 valid (0 records), 1 refused");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.demarche.cli.ConvertCommandTest#samples")
    void briefs_any_format_with_from(DataFormat format, String sample) {
        Cli.Result result = Cli.run("brief", "--from", format.cliName(), Cli.SAMPLES.resolve(sample).toString());
        assertThat(result.exitCode()).as(result.stderr()).isIn(0, 1);
        assertThat(result.outLines().get(0)).isEqualTo("DEMARCHE BRIEFING: " + sample);
    }
}
