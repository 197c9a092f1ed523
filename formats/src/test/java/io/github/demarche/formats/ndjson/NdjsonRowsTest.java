package io.github.demarche.formats.ndjson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.SecondFixture;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NdjsonRowsTest {

    private static final ReadOptions COLLECT = ReadOptions.defaults().withInput("rows.ndjson")
            .withErrorMode(ErrorMode.COLLECT);

    /** Every kind of row of the second fixture: statements, documents, reports alone, an event with its reports. */
    private static List<RowRecords> rows() {
        Dossier dossier = SecondFixture.dossier();
        List<RowRecords> rows = new ArrayList<>();
        dossier.statements().forEach(statement -> rows.add(RowRecords.of(statement)));
        dossier.documents().forEach(document -> rows.add(RowRecords.of(document)));
        List<CasualtyReport> reports = dossier.casualtyReports();
        Event event = Event.builder().from(dossier.events().get(0))
                .casualtyReportIds(List.of(reports.get(0).id(), reports.get(1).id())).build();
        rows.add(RowRecords.of(event, List.of(reports.get(1), reports.get(0))));
        rows.add(RowRecords.of(reports.get(2)));
        dossier.events().subList(1, dossier.events().size()).forEach(other -> rows.add(RowRecords.of(other)));
        return rows;
    }

    private static String write(List<RowRecords> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(DataFormat.NDJSON, out)) {
            for (RowRecords row : rows) {
                writer.write(row);
            }
            assertThat(writer.rowsWritten()).isEqualTo(rows.size());
            assertThat(writer.recordsWritten()).isEqualTo(rows.stream().mapToLong(RowRecords::recordCount).sum());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FormatReader reader(String text, ReadOptions options) throws IOException {
        return Formats.reader(DataFormat.NDJSON, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                options);
    }

    private static List<RowRecords> readAll(FormatReader reader) throws IOException {
        List<RowRecords> read = new ArrayList<>();
        for (RowRecords row; (row = reader.read()) != null; ) {
            read.add(row);
        }
        return read;
    }

    @Test
    void rows_come_back_as_written_each_with_the_line_of_its_first_record() throws IOException {
        List<RowRecords> rows = rows();
        String text = write(rows);
        try (FormatReader reader = reader(text, ReadOptions.defaults())) {
            List<RowRecords> read = readAll(reader);
            List<RowRecords> expected = new ArrayList<>();
            long line = 2;  // the header is line 1
            for (RowRecords row : rows) {
                expected.add(row.withLine(line));
                line += row.recordCount();
            }
            assertThat(read).containsExactlyElementsOf(expected);
            assertThat(reader.rowsRead()).isEqualTo(rows.size());
            assertThat(reader.rowsRefused()).isZero();
            assertThat(reader.recordsRead()).isEqualTo(line - 2);
        }
    }

    @Test
    void a_report_that_another_record_separates_from_its_event_is_a_row_of_its_own() throws IOException {
        Dossier dossier = SecondFixture.dossier();
        CasualtyReport first = dossier.casualtyReports().get(0);
        CasualtyReport second = dossier.casualtyReports().get(1);
        Event event = Event.builder().from(dossier.events().get(0)).casualtyReportIds(List.of(first.id(), second.id()))
                .build();
        String text = write(List.of(RowRecords.of(event, List.of(first)), RowRecords.of(dossier.statements().get(0)),
                RowRecords.of(second)));
        try (FormatReader reader = reader(text, ReadOptions.defaults())) {
            assertThat(readAll(reader)).containsExactly(RowRecords.of(event, List.of(first)).withLine(2),
                    RowRecords.of(dossier.statements().get(0)).withLine(4), RowRecords.of(second).withLine(5));
        }
    }

    @Test
    void bad_lines_are_refused_with_line_pointer_code_and_message_and_reading_goes_on() throws IOException {
        List<RowRecords> rows = rows().subList(0, 2);
        String[] lines = write(rows).split("\n");
        String text = lines[0] + "\n" + lines[1] + "\nnot json\n"
                + lines[2].replaceFirst("\"date\":\"[^\"]*\"", "\"date\":\"2021-13-45\"") + "\n" + lines[2] + "\n";
        try (FormatReader reader = reader(text, COLLECT)) {
            assertThat(readAll(reader)).containsExactly(rows.get(0).withLine(2), rows.get(1).withLine(5));
            assertThat(reader.problems()).hasSize(2);
            RowProblem notJson = reader.problems().get(0);
            assertThat(notJson.input()).isEqualTo("rows.ndjson");
            assertThat(notJson.line()).isEqualTo(3);
            assertThat(notJson.code()).isEqualTo(ProblemCode.MALFORMED);
            RowProblem badDate = reader.problems().get(1);
            assertThat(badDate.line()).isEqualTo(4);
            assertThat(reader.rowsRead()).isEqualTo(4);
            assertThat(reader.rowsAccepted()).isEqualTo(2);
            assertThat(reader.rowsRefused()).isEqualTo(2);
            assertThat(reader.problemCounts()).containsExactly(Map.entry(ProblemCode.MODEL_RULE, 1L),
                    Map.entry(ProblemCode.MALFORMED, 1L));
            assertThat(notJson.toString()).startsWith("rows.ndjson:3: MALFORMED: Unrecognized token 'not'");
            assertThat(badDate.toString()).isEqualTo("rows.ndjson:4: column /statement/date: MODEL_RULE: 2 violations: "
                    + "ApproximateDate.month must be between 1 and 12, got 13; "
                    + "ApproximateDate.day must be between 1 and 31, got 45");
        }
    }

    @Test
    void a_record_the_model_refuses_is_a_model_rule_problem_with_the_models_message() throws IOException {
        String text = "{\"casualtyReport\":{\"id\":\"r1\",\"type\":\"killed\",\"count\":{\"qualifier\":\"between\",\"figure\":5,\"secondFigure\":3},"
                + "\"victims\":{\"group\":\"civilians\"},\"asOf\":\"2021-03-14\"}}\n";
        try (FormatReader reader = reader(text, COLLECT)) {
            assertThat(reader.read()).isNull();
            RowProblem problem = reader.problems().get(0);
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem).isEqualTo(RowProblem.of("rows.ndjson", 1, "/casualtyReport/count/secondFigure", null,
                    ProblemCode.MODEL_RULE, "QualifiedCount.bounds must satisfy low <= best <= high, got low=5, best=5, high=3"));
        }
    }

    @Test
    void fail_fast_throws_the_problem_and_reading_can_go_on() throws IOException {
        List<RowRecords> rows = rows().subList(0, 1);
        String[] lines = write(rows).split("\n");
        String text = lines[0] + "\n[1]\n" + lines[1] + "\n";
        try (FormatReader reader = reader(text, ReadOptions.defaults().withInput("in.ndjson"))) {
            assertThatThrownBy(reader::read).isInstanceOf(RowException.class)
                    .satisfies(e -> assertThat(((RowException) e).problem().line()).isEqualTo(2))
                    .hasMessageStartingWith("in.ndjson:2: MALFORMED: ");
            assertThat(reader.read()).isEqualTo(rows.get(0).withLine(3));
            assertThat(reader.read()).isNull();
            assertThat(reader.rowsRead()).isEqualTo(2);
            assertThat(reader.rowsRefused()).isEqualTo(1);
        }
    }

    @Test
    void a_header_of_a_later_format_is_refused_and_ends_reading() throws IOException {
        String text = "{\"demarcheFormat\":99}\n" + write(rows().subList(0, 1)).split("\n")[1] + "\n";
        try (FormatReader reader = reader(text, COLLECT)) {
            assertThatThrownBy(reader::read).isInstanceOf(IOException.class).isNotInstanceOf(RowException.class)
                    .hasMessageStartingWith("rows.ndjson: NDJSON cannot be read on: ");
            assertThat(reader.problems()).extracting(RowProblem::line).containsExactly(1L);
            assertThat(reader.rowsRefused()).isEqualTo(1);
        }
    }
}
