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

    @Test
    void example05_keeps_the_latest_uncontradicted_total_and_flags_both_sides_of_a_conflict() {
        List<String> lines = linesOf(Example05ReconcilingCasualties::run);
        assertThat(lines).contains(
                "Current: CasualtyReport[killed >270 civilians as of 2021-03-23]",
                "Estimate: >270",
                "  CONFLICTING    CasualtyReport[killed 90 civilians as of 2021-03-20]",
                "  CURRENT        CasualtyReport[killed >270 civilians as of 2021-03-23]",
                "  DISJOINT_RANGES: other-2021-03 vs claim-2021-03-20",
                "  DECREASING_TOTAL: killed-2021-03-14 vs claim-2021-03-20",
                "3 that day consistent with over 270 in all: true",
                "over 270 supersedes at least 126: true");
        assertThat(lines).filteredOn(line -> line.startsWith("  CONFLICTING") || line.startsWith("  CURRENT")).hasSize(4);
    }

    @Test
    void example06_resolves_names_and_compares_china_and_russia() {
        List<String> lines = linesOf(Example06AlignmentAndTimelines::run);
        assertThat(lines).contains(
                "Beijing    -> Found['Beijing' -> chn-gov]",
                "Naypyidaw  -> Unknown['Naypyidaw']",
                "China and Russia on the situation: ALIGNED",
                "on UN action: China / Russia: ALIGNED",
                "on UN action: China / Myanmar pro-democracy movement: DIVERGENT",
                "China's stances on UN action: 1",
                "China's shifts on UN action: none (1 stance)");
    }

    @Test
    void example07_round_trips_json_and_refuses_a_bad_field_with_its_path() {
        List<String> lines = linesOf(Example07JsonRoundTrip::run);
        assertThat(lines.get(0)).startsWith("JSON: {\"id\":\"chn-gov\",\"name\":\"Government of China\",\"kind\":\"government\"");
        assertThat(lines).contains("read back equal: true",
                "refused at /affiliation/id: Actor.id must be lower-case letters and digits separated by single '-',"
                        + " '.' or '_', got 'CHN'");
    }

    @Test
    void example08_streams_ndjson_and_reports_a_bad_line_instead_of_dropping_it() {
        List<String> lines = linesOf(Example08StreamingNdjson::run);
        assertThat(lines).containsExactly(
                "wrote 18 lines; the first: {\"demarcheFormat\":2}",
                "read back: {CasualtyReport=1, Event=6, Statement=10}",
                "statements only: stopped at line 12: NdjsonLine must hold a 'statement' record, the type this reader"
                        + " reads, got 'event'",
                "collect mode: 17 records read, 1 bad line",
                "  line 19 at /statement/date: ApproximateDate.text must be an EDTF date such as '2021-03-23',"
                        + " '2021-03~' or '2021-02-01/..', got 'March 2021'");
    }
}
