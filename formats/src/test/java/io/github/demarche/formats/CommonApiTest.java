package io.github.demarche.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.SecondFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The API the importers share: options, problems, rows of records, and the reader's bookkeeping. */
class CommonApiTest {

    private static final Dossier DOSSIER = SecondFixture.dossier();

    @Test
    void formats_are_named_as_on_the_command_line() {
        assertThat(DataFormat.values()).extracting(DataFormat::cliName)
                .containsExactly("gdelt1", "gdelt2", "icews", "ucdp-ged", "plover", "ndjson");
        assertThat(DataFormat.ofCliName("UCDP-GED")).isEqualTo(DataFormat.UCDP_GED);
        assertThat(DataFormat.GDELT2).hasToString("gdelt2");
        assertThatThrownBy(() -> DataFormat.ofCliName("csv")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown format \"csv\"; the formats are gdelt1, gdelt2, icews, ucdp-ged, plover, ndjson");
    }

    @Test
    void options_have_defaults_and_refuse_bad_values() {
        ReadOptions defaults = ReadOptions.defaults();
        assertThat(defaults.input()).isEqualTo("-");
        assertThat(defaults.errorMode()).isEqualTo(ErrorMode.FAIL_FAST);
        assertThat(defaults.maxProblems()).isEqualTo(1000);
        ReadOptions options = defaults.withInput("a.tsv").withErrorMode(ErrorMode.COLLECT).withMaxProblems(0);
        assertThat(options).hasToString("ReadOptions[input a.tsv, COLLECT, maxProblems 0]");
        assertThat(defaults.input()).isEqualTo("-");
        assertThatThrownBy(() -> defaults.withInput(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ReadOptions.input must not be blank");
        assertThatThrownBy(() -> defaults.withMaxProblems(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ReadOptions.maxProblems must be at least 0, got -1");
        assertThatThrownBy(() -> defaults.withErrorMode(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("errorMode");
    }

    @Test
    void a_problem_reads_as_one_line_and_cuts_long_values() {
        assertThat(RowProblem.of("a.csv", 3, "low", "0", ProblemCode.MODEL_RULE, "too low"))
                .hasToString("a.csv:3: column low = \"0\": MODEL_RULE: too low");
        assertThat(RowProblem.of("a.csv", 3, "low", null, ProblemCode.MODEL_RULE, "too low"))
                .hasToString("a.csv:3: column low: MODEL_RULE: too low");
        assertThat(RowProblem.of("a.csv", 3, null, "x", ProblemCode.MALFORMED, "bad"))
                .hasToString("a.csv:3: \"x\": MALFORMED: bad");
        assertThat(RowProblem.of("-", 0, ProblemCode.FIELD_COUNT, "12 fields"))
                .hasToString("-:0: FIELD_COUNT: 12 fields");
        RowProblem longOne = RowProblem.of("a", 1, "c", "v".repeat(600), ProblemCode.MALFORMED, "m".repeat(600));
        assertThat(longOne.value().orElseThrow()).hasSize(RowProblem.MAX_TEXT).endsWith("...");
        assertThat(longOne.message()).hasSize(RowProblem.MAX_TEXT);
        assertThatThrownBy(() -> RowProblem.of("a", -1, ProblemCode.MALFORMED, "m"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("RowProblem.line must be at least 0, got -1");
        RowProblem problem = RowProblem.of("a.csv", 3, "low", "0", ProblemCode.MODEL_RULE, "too low");
        assertThat(problem).isEqualTo(RowProblem.of("a.csv", 3, "low", "0", ProblemCode.MODEL_RULE, "too low"))
                .hasSameHashCodeAs(RowProblem.of("a.csv", 3, "low", "0", ProblemCode.MODEL_RULE, "too low"))
                .isNotEqualTo(RowProblem.of("a.csv", 4, "low", "0", ProblemCode.MODEL_RULE, "too low"));
        RowException exception = new RowException(problem);
        assertThat(exception).hasMessage(problem.toString());
        assertThat(exception.problem()).isSameAs(problem);
    }

    @Test
    void rows_hold_one_kind_of_record_and_an_event_holds_only_its_own_reports() {
        CasualtyReport report = DOSSIER.casualtyReports().get(0);
        Event event = Event.builder().from(DOSSIER.events().get(0)).casualtyReportIds(List.of(report.id())).build();
        RowRecords row = RowRecords.of(event, List.of(report)).withLine(7);
        assertThat(row.line()).isEqualTo(7);
        assertThat(row.records()).containsExactly(event, report);
        assertThat(row.recordCount()).isEqualTo(2);
        assertThat(row.statement()).isEmpty();
        assertThat(row.document()).isEmpty();
        assertThat(row).hasToString("RowRecords[line 7, Event " + event.id() + ", 1 casualty report(s)]");
        assertThat(RowRecords.of(report)).hasToString("RowRecords[line 0, 1 casualty report(s)]");
        assertThat(RowRecords.of(report).records()).containsExactly(report);
        assertThat(RowRecords.of(DOSSIER.statements().get(0)).recordCount()).isEqualTo(1);
        assertThat(RowRecords.of(DOSSIER.documents().get(0)).records()).containsExactly(DOSSIER.documents().get(0));
        assertThatThrownBy(() -> RowRecords.of(DOSSIER.events().get(0), List.of(report)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RowRecords: casualty report " + report.id() + " is not one of event "
                        + DOSSIER.events().get(0).id() + "'s " + DOSSIER.events().get(0).casualtyReportIds());
        assertThatThrownBy(() -> row.withLine(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RowRecords.line must be at least 0, got -1");
        assertThat(row).isEqualTo(RowRecords.of(event, List.of(report)).withLine(7))
                .isNotEqualTo(RowRecords.of(event, List.of(report)));
    }

    /** A reader of a script: each entry a row, or a problem to refuse. */
    private static final class ScriptedReader extends FormatReader {

        private final Deque<Object> script;

        ScriptedReader(ReadOptions options, Object... script) {
            super(options);
            this.script = new ArrayDeque<>(List.of(script));
        }

        @Override
        protected RowRecords readRow() throws IOException {
            Object next = script.poll();
            if (next instanceof ProblemCode code) {
                throw refuse(script.size(), "col", "cell", code, "refused");
            }
            return (RowRecords) next;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void collect_mode_keeps_problems_up_to_the_cap_and_counts_them_all() throws IOException {
        RowRecords a = RowRecords.of(DOSSIER.statements().get(0)).withLine(1);
        RowRecords b = RowRecords.of(DOSSIER.statements().get(1)).withLine(5);
        ScriptedReader reader = new ScriptedReader(ReadOptions.defaults().withErrorMode(ErrorMode.COLLECT)
                .withMaxProblems(2), a, ProblemCode.NOT_A_DATE, ProblemCode.MODEL_RULE, ProblemCode.NOT_A_DATE, b);
        assertThat(reader.read()).isEqualTo(a);
        assertThat(reader.read()).isEqualTo(b);
        assertThat(reader.read()).isNull();
        assertThat(reader.read()).isNull();
        assertThat(reader.rowsRead()).isEqualTo(5);
        assertThat(reader.rowsRefused()).isEqualTo(3);
        assertThat(reader.rowsAccepted()).isEqualTo(2);
        assertThat(reader.recordsRead()).isEqualTo(2);
        assertThat(reader.problems()).extracting(RowProblem::code).containsExactly(ProblemCode.NOT_A_DATE,
                ProblemCode.MODEL_RULE);
        assertThat(reader.problems().get(0)).hasToString("-:3: column col = \"cell\": NOT_A_DATE: refused");
        assertThat(reader.problemCounts()).containsExactly(Map.entry(ProblemCode.NOT_A_DATE, 2L),
                Map.entry(ProblemCode.MODEL_RULE, 1L));
        assertThat(reader).hasToString("ScriptedReader[-, 5 rows read, 3 refused]");
    }

    @Test
    void fail_fast_throws_each_refused_row_and_goes_on_after_it() throws IOException {
        RowRecords a = RowRecords.of(DOSSIER.statements().get(0)).withLine(2);
        ScriptedReader reader = new ScriptedReader(ReadOptions.defaults().withInput("x"), ProblemCode.UNKNOWN_CODE, a);
        assertThatThrownBy(reader::read).isInstanceOf(RowException.class)
                .hasMessage("x:1: column col = \"cell\": UNKNOWN_CODE: refused");
        assertThat(reader.read()).isEqualTo(a);
        assertThat(reader.problems()).hasSize(1);
        assertThat(reader.rowsRead()).isEqualTo(2);
    }

    @Test
    void the_iterator_and_the_stream_give_the_accepted_rows_and_wrap_exceptions() {
        RowRecords a = RowRecords.of(DOSSIER.statements().get(0)).withLine(1);
        ScriptedReader collecting = new ScriptedReader(ReadOptions.defaults().withErrorMode(ErrorMode.COLLECT), a,
                ProblemCode.MALFORMED, a);
        assertThat(collecting.stream()).containsExactly(a, a);
        ScriptedReader failing = new ScriptedReader(ReadOptions.defaults(), a, ProblemCode.MALFORMED);
        assertThat(failing.next()).isEqualTo(a);
        assertThatThrownBy(failing::hasNext).isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(RowException.class);
        assertThat(failing.hasNext()).isFalse();
        assertThatThrownBy(failing::next).isInstanceOf(NoSuchElementException.class).hasMessage("no more rows in -");
    }
}
