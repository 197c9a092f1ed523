package io.github.demarche.examples;

import static io.github.demarche.examples.ExampleOutput.linesOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs every teaching example and asserts the lines that carry its lesson. */
class TeachingExamplesTest {

    @Test
    void example01_builds_a_joint_statement_of_two_speakers() {
        List<String> lines = linesOf(Example01BuildingValues::run);
        assertThat(lines).contains(
                "Built: Statement[s03-joint-statement 2021-03-23 wang-yi+sergei-lavrov: SUPPORT]",
                "Wang Yi speaks for China: true",
                "\"Beijing\" names Government of China: true",
                "Rebuilt statement equals the original: true");
    }

    @Test
    void example02_keeps_dates_partial_and_orders_them_partially() {
        List<String> lines = linesOf(Example02ApproximateDates::run);
        assertThat(lines).contains(
                "2021-03-early    earliest 2021-03-01, latest 2021-03-10",
                "2021-02-01/..    earliest 2021-02-01, latest open",
                "early March before Tuesday: true",
                "early March before March:   false",
                "March before early March:   false",
                "sorted: [2021-02-01, 2021-02-01/.., 2021-03-early, 2021-03, 2021-03-23]",
                "approximate: 2021-03~, uncertain: 2021-03?");
    }

    @Test
    void example03_reports_every_violation_with_path_code_and_message() {
        List<String> lines = linesOf(Example03ValidationErrors::run);
        assertThat(lines).contains("Actor refused with 2 violations:");
        assertThat(lines).anyMatch(line -> line.matches("\\s+id\\s+MALFORMED\\s+Actor\\.id must be .*got 'Wang Yi'"));
        assertThat(lines).anyMatch(line -> line.matches("\\s+name\\s+BLANK\\s+Actor\\.name must not be blank, got ' '"));
        assertThat(lines).anyMatch(line -> line.matches(
                "\\s+day\\s+INVALID_DATE\\s+ApproximateDate\\.day must be a day of 2021-02, got 30"));
        assertThat(lines).anyMatch(line -> line.matches(
                "\\s+bounds\\s+COUNT_RANGE_INVERTED\\s+QualifiedCount\\.bounds must satisfy low <= best <= high.*"));
    }

    @Test
    void example04_orders_stances_from_conflict_to_cooperation() {
        List<String> lines = linesOf(Example04ComparingStances::run);
        assertThat(lines).containsSubsequence(
                "   -5.0  VETO               CAMEO 129   \"blocking a U.N Security Council resolution\"",
                "   -0.6  CONCERN            CAMEO 012   \"deep concern\"",
                "    3.0  APPEAL             CAMEO 020   \"called on the United Nations (UN) to take serious action\"");
        assertThat(lines).contains(
                "deep concern agrees with 'alarming': true",
                "the appeal opposes the veto:         true",
                "the appeal opposes deep concern:     false (other target)");
    }
}
