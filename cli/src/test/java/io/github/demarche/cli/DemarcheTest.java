package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DemarcheTest {

    @Test
    void help_lists_the_commands_and_the_exit_codes() {
        Cli.Result result = Cli.run("--help");
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).startsWith("Usage: demarche [-hV] COMMAND");
        assertThat(result.out()).contains("Exit codes: 0 every row read, 1 rows refused (the others still written), 2");
        assertThat(result.outLines()).containsSubsequence("Commands:", "  convert   Reads INPUT in one format and "
                + "writes its records to OUTPUT in", "  help      Display help information about the specified command.");
        assertThat(result.outLines()).anyMatch(line -> line.startsWith("  validate  "))
                .anyMatch(line -> line.startsWith("  brief     ")).anyMatch(line -> line.startsWith("  schema    "));
        assertThat(result.stderr()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"convert", "validate", "brief", "schema"})
    void every_command_has_help(String command) {
        for (List<String> args : List.of(List.of(command, "--help"), List.of(command, "-h"), List.of("help", command))) {
            Cli.Result result = Cli.run(args.toArray(String[]::new));
            assertThat(result.exitCode()).as(args.toString()).isZero();
            assertThat(result.outLines().get(0)).as(args.toString()).startsWith("Usage: demarche " + command + " [-hV]");
            assertThat(result.out()).contains("-h, --help").contains("Show this help message and exit.");
            assertThat(result.stderr()).isEmpty();
        }
    }

    @Test
    void convert_help_gives_the_formats_and_the_exit_codes() {
        Cli.Result result = Cli.run("convert", "--help");
        assertThat(result.outLines()).startsWith(
                "Usage: demarche convert [-hV] --from=FORMAT --to=FORMAT [--fail-fast]",
                "                        [--max-problems=N] INPUT OUTPUT");
        assertThat(result.out()).contains("Formats: gdelt1, gdelt2, icews, ucdp-ged, plover, ndjson (Demarche's own")
                .contains("Exit codes: 0 every row written, 1 rows refused, 2 usage error.")
                .contains("--from=FORMAT      The format of INPUT: gdelt1, gdelt2, icews, ucdp-ged,");
    }

    @Test
    void prints_its_version() {
        Cli.Result result = Cli.run("--version");
        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(1).first().asString().startsWith("demarche ");
    }

    @Test
    void without_a_command_is_a_usage_error() {
        Cli.Result result = Cli.run();
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("demarche: Missing required command",
                "Try 'demarche --help' for more information.");
    }

    @Test
    void an_unknown_command_is_a_usage_error_with_suggestions() {
        Cli.Result result = Cli.run("convret");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("demarche: Unmatched argument at index 0: 'convret'",
                "Did you mean: demarche convert?", "Try 'demarche --help' for more information.");
    }
}
