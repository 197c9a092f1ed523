package io.github.demarche.formats.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.demarche.Actor;
import io.github.demarche.ValidationException;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.TableRows;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcewsReaderTest {

    static final String FILE = "/samples/icews-events-2018-06.sample.tab";
    static final String HEADER = String.join("\t", IcewsRows.COLUMNS);

    private static final ReadOptions COLLECT = ReadOptions.defaults().withInput("bad.tab")
            .withErrorMode(ErrorMode.COLLECT);
    private static final ReadOptions FAIL_FAST = ReadOptions.defaults().withInput("bad.tab");

    /** The first event of the sample: Donald Trump demands (102) of China, in Beijing. */
    static List<String> goodRow() {
        return new ArrayList<>(SampleFiles.readTsv(FILE).get(1));
    }

    /** The good row with one cell changed. */
    static String rowWith(String column, String cell) {
        List<String> row = goodRow();
        row.set(IcewsRows.COLUMNS.indexOf(column), cell);
        return String.join("\t", row);
    }

    static InputStream input(String... lines) {
        return new ByteArrayInputStream((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static FormatReader open(ReadOptions options, String... lines) throws IOException {
        return Formats.reader(DataFormat.ICEWS, input(lines), options);
    }

    //-----------------------------------------------------------------------
    @Test
    void reads_every_row_of_the_sample_and_refuses_none() throws IOException {
        List<RowRecords> rows = new ArrayList<>();
        try (InputStream in = IcewsReaderTest.class.getResourceAsStream(FILE);
                FormatReader reader = Formats.reader(DataFormat.ICEWS, in, COLLECT)) {
            reader.forEachRemaining(rows::add);
            assertThat(reader.rowsRead()).isEqualTo(303);
            assertThat(reader.rowsRefused()).isZero();
            assertThat(reader.rowsAccepted()).isEqualTo(303);
            assertThat(reader.recordsRead()).isEqualTo(303);
            assertThat(reader.problems()).isEmpty();
        }
        assertThat(rows).hasSize(303);
        assertThat(rows.stream().filter(row -> row.statement().isPresent())).hasSize(295);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(302).line()).isEqualTo(304);
        List<List<String>> lines = SampleFiles.readTsv(FILE);
        Set<List<String>> sectors = Collections.newSetFromMap(new IdentityHashMap<>());
        int actorsWithSectors = 0;
        for (RowRecords row : rows) {
            assertThat(row).isEqualTo(IcewsRows.toModel(lines.get((int) row.line() - 1)).withLine(row.line()));
            for (Actor actor : actors(row)) {
                if (!actor.sectors().isEmpty()) {
                    actorsWithSectors++;
                    sectors.add(actor.sectors());
                }
            }
        }
        // an actor named again is a copy with the row's own id, its attributes shared
        assertThat(sectors).hasSizeLessThan(actorsWithSectors / 2);
    }

    private static List<Actor> actors(RowRecords row) {
        List<Actor> actors = new ArrayList<>();
        row.statement().ifPresent(statement -> {
            actors.addAll(statement.speakers());
            statement.stances().forEach(stance -> stance.target().actor().ifPresent(actors::add));
        });
        row.event().ifPresent(event -> event.participants().forEach(participant -> actors.add(participant.actor())));
        return actors;
    }

    @Test
    void reads_the_first_row_as_a_demand_of_the_united_states_president() throws IOException {
        try (FormatReader reader = open(FAIL_FAST, HEADER, String.join("\t", goodRow()))) {
            RowRecords row = reader.read();
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.statement().orElseThrow().id()).isEqualTo("icews-32891068");
            assertThat(row.statement().orElseThrow().speakers().get(0).name()).contains("Donald Trump");
            assertThat(reader.read()).isNull();
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void skips_a_byte_order_mark_and_empty_lines() throws IOException {
        try (FormatReader reader = open(FAIL_FAST, "\uFEFF" + HEADER, "", String.join("\t", goodRow()), "")) {
            assertThat(reader.read().line()).isEqualTo(3);
            assertThat(reader.read()).isNull();
            assertThat(reader.rowsRead()).isEqualTo(1);
        }
    }

    @Test
    void reads_lines_that_end_with_crlf() throws IOException {
        String text = HEADER + "\r\n" + String.join("\t", goodRow()) + "\r\n";
        try (FormatReader reader = Formats.reader(DataFormat.ICEWS,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), FAIL_FAST)) {
            assertThat(reader.read()).isEqualTo(IcewsRows.toModel(goodRow()).withLine(2));
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void reads_a_header_alone_as_no_rows() throws IOException {
        try (FormatReader reader = open(FAIL_FAST, HEADER)) {
            assertThat(reader.read()).isNull();
            assertThat(reader.rowsRead()).isZero();
        }
    }

    //-----------------------------------------------------------------------
    static Stream<Arguments> bad_headers() {
        List<String> renamed = new ArrayList<>(IcewsRows.COLUMNS);
        renamed.set(2, "Source");
        List<String> gdelt = SampleFiles.readTsv("/samples/gdelt2-export-20191024143000.sample.tsv").get(0);
        return Stream.of(
                Arguments.of("a column renamed", String.join("\t", renamed), RowProblem.of("bad.tab", 1, "Source Name",
                        "Source", ProblemCode.MALFORMED, "ICEWS header must name column 3 'Source Name', got 'Source'")),
                Arguments.of("lower case", HEADER.toLowerCase(java.util.Locale.ROOT), RowProblem.of("bad.tab", 1,
                        "Event ID", "event id", ProblemCode.MALFORMED,
                        "ICEWS header must name column 1 'Event ID', got 'event id'")),
                Arguments.of("a column too many", HEADER + "\tNotes", RowProblem.of("bad.tab", 1, ProblemCode.FIELD_COUNT,
                        "ICEWS header must have the 20 columns Event ID to Longitude, got 21 fields beginning 'Event ID'")),
                Arguments.of("a GDELT 2.0 row", String.join("\t", gdelt), RowProblem.of("bad.tab", 1,
                        ProblemCode.FIELD_COUNT, "ICEWS header must have the 20 columns Event ID to Longitude, got 61"
                                + " fields beginning '" + gdelt.get(0) + "'")),
                Arguments.of("an event row with no header", String.join("\t", goodRow()), RowProblem.of("bad.tab", 1,
                        "Event ID", "32891068", ProblemCode.MALFORMED,
                        "ICEWS header must name column 1 'Event ID', got '32891068'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_headers")
    void refuses_an_input_whose_header_is_not_icews_at_line_1(String name, String header, RowProblem problem) {
        for (ReadOptions options : List.of(COLLECT, FAIL_FAST)) {
            RowException e = catchThrowableOfType(RowException.class,
                    () -> open(options, header, String.join("\t", goodRow())));
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage(problem.toString());
        }
    }

    @Test
    void refuses_an_empty_input() {
        for (String text : new String[] {"", "\n\n", "\uFEFF"}) {
            assertThatThrownBy(() -> Formats.reader(DataFormat.ICEWS,
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), COLLECT))
                    .isInstanceOfSatisfying(RowException.class, e -> assertThat(e.problem()).isEqualTo(RowProblem.of(
                            "bad.tab", 1, ProblemCode.MALFORMED, "ICEWS header must be the first line, got an empty input")));
        }
    }

    @Test
    void refuses_a_header_too_long_to_hold() {
        String text = "\n" + "Event ID\t".repeat(TableRows.TooLongRow.MAX_LENGTH / 9 + 1) + "\n";
        assertThatThrownBy(() -> Formats.reader(DataFormat.ICEWS,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), COLLECT))
                .isInstanceOfSatisfying(RowException.class, e -> assertThat(e.problem()).isEqualTo(RowProblem.of(
                        "bad.tab", 2, ProblemCode.MALFORMED,
                        "ICEWS header must be at most 1048576 bytes long, got a longer line")));
    }

    @Test
    void closes_the_input_when_the_header_is_refused() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("Event ID\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        assertThatThrownBy(() -> Formats.reader(DataFormat.ICEWS, in, COLLECT)).isInstanceOf(RowException.class);
        assertThat(closed[0]).isTrue();
    }

    //-----------------------------------------------------------------------
    /** Each kind of bad row, with the problem it is refused with when it stands on line 3. */
    static Stream<Arguments> bad_rows() {
        String twelve = String.join("\t", goodRow().subList(0, 12));
        return Stream.of(
                Arguments.of("too few fields", twelve,
                        problem(null, null, ProblemCode.FIELD_COUNT, "ICEWS row must have 20 fields, got 12")),
                Arguments.of("too many fields", String.join("\t", goodRow()) + "\tNA",
                        problem(null, null, ProblemCode.FIELD_COUNT, "ICEWS row must have 20 fields, got 21")),
                Arguments.of("a line of one field", "NA",
                        problem(null, null, ProblemCode.FIELD_COUNT, "ICEWS row must have 20 fields, got 1")),
                Arguments.of("a line too long to hold", "x".repeat(TableRows.TooLongRow.MAX_LENGTH + 1),
                        problem(null, null, ProblemCode.MALFORMED,
                                "ICEWS row must be at most 1048576 bytes long, got a longer line")),
                Arguments.of("an id that is not a number", rowWith("Event ID", "E-17"), problem("Event ID", "E-17",
                        ProblemCode.NOT_A_NUMBER, "ICEWS.Event ID must be a whole number, got 'E-17'")),
                Arguments.of("no id", rowWith("Event ID", "NA"), problem("Event ID", "NA",
                        ProblemCode.NOT_A_NUMBER, "ICEWS.Event ID must be a whole number, got 'NA'")),
                Arguments.of("a day June has not", rowWith("Event Date", "2018-06-31"), problem("Event Date",
                        "2018-06-31", ProblemCode.NOT_A_DATE, "ICEWS.Event Date must be a date yyyy-MM-dd, got '2018-06-31'")),
                Arguments.of("a date of another form", rowWith("Event Date", "06/01/2018"), problem("Event Date",
                        "06/01/2018", ProblemCode.NOT_A_DATE, "ICEWS.Event Date must be a date yyyy-MM-dd, got '06/01/2018'")),
                Arguments.of("no date", rowWith("Event Date", "NA"), problem("Event Date", "NA",
                        ProblemCode.NOT_A_DATE, "ICEWS.Event Date must be a date yyyy-MM-dd, got 'NA'")),
                Arguments.of("a code CAMEO does not have", rowWith("CAMEO Code", "999"), problem("CAMEO Code", "999",
                        ProblemCode.UNKNOWN_CODE, "ICEWS.CAMEO Code must be a CAMEO event code of the ICEWS dialect, got '999'")),
                Arguments.of("a code that is not digits", rowWith("CAMEO Code", "10a"), problem("CAMEO Code", "10a",
                        ProblemCode.UNKNOWN_CODE, "ICEWS.CAMEO Code must be a CAMEO event code of the ICEWS dialect, got '10a'")),
                Arguments.of("an intensity that is not a number", rowWith("Intensity", "high"), problem("Intensity",
                        "high", ProblemCode.NOT_A_NUMBER, "ICEWS.Intensity must be a number from -10 to 10, got 'high'")),
                Arguments.of("an intensity past 10", rowWith("Intensity", "10.5"), problem("Intensity", "10.5",
                        ProblemCode.NOT_A_NUMBER, "ICEWS.Intensity must be a number from -10 to 10, got '10.5'")),
                Arguments.of("sentence 0", rowWith("Sentence Number", "0"), problem("Sentence Number", "0",
                        ProblemCode.NOT_A_NUMBER, "ICEWS.Sentence Number must be a whole number from 1, got '0'")),
                Arguments.of("a sentence that is not a number", rowWith("Sentence Number", "first"), problem(
                        "Sentence Number", "first", ProblemCode.NOT_A_NUMBER,
                        "ICEWS.Sentence Number must be a whole number from 1, got 'first'")),
                Arguments.of("a latitude past the pole", rowWith("Latitude", "95.5"), problem("Latitude", "95.5",
                        ProblemCode.NOT_A_NUMBER, "ICEWS.Latitude must be a number from -90 to 90, got '95.5'")),
                Arguments.of("a longitude that is not a number", rowWith("Longitude", "116.397E"), problem("Longitude",
                        "116.397E", ProblemCode.NOT_A_NUMBER,
                        "ICEWS.Longitude must be a number from -180 to 180, got '116.397E'")),
                Arguments.of("a sector with a control character", rowWith("Source Sectors", "Government,Exe\u0001cutive"),
                        problem("Source Sectors", "Government,Exe\u0001cutive", ProblemCode.MODEL_RULE,
                                "Actor.sectors[1] must not contain control characters, got 'Exe\\u0001cutive' (U+0001 at index 3)")),
                Arguments.of("a name with a control character", rowWith("Target Name", "Chi\u0007na"), problem(
                        "Target Name", "Chi\u0007na", ProblemCode.MODEL_RULE,
                        "Actor.name must not contain control characters, got 'Chi\\u0007na' (U+0007 at index 3)")));
    }

    private static RowProblem problem(String column, String value, ProblemCode code, String message) {
        return RowProblem.of("bad.tab", 3, column, value, code, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_rows")
    void collects_the_problem_of_a_bad_row_and_reads_on(String name, String bad, RowProblem problem) throws IOException {
        String good = String.join("\t", goodRow());
        try (FormatReader reader = open(COLLECT, HEADER, good, bad, rowWith("Event ID", "32891069"))) {
            assertThat(reader.read().line()).isEqualTo(2);
            RowRecords after = reader.read();
            assertThat(after.line()).isEqualTo(4);
            assertThat(after.statement().orElseThrow().id()).isEqualTo("icews-32891069");
            assertThat(reader.read()).isNull();
            assertThat(reader.problems()).containsExactly(problem);
            assertThat(reader.rowsRead()).isEqualTo(3);
            assertThat(reader.rowsAccepted()).isEqualTo(2);
            assertThat(reader.rowsRefused()).isEqualTo(1);
            assertThat(reader.problemCounts()).isEqualTo(Map.of(problem.code(), 1L));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bad_rows")
    void throws_the_problem_of_a_bad_row_in_fail_fast_mode_and_can_read_on(String name, String bad, RowProblem problem)
            throws IOException {
        try (FormatReader reader = open(FAIL_FAST, HEADER, String.join("\t", goodRow()), bad,
                rowWith("Event ID", "32891069"))) {
            assertThat(reader.read().line()).isEqualTo(2);
            RowException e = catchThrowableOfType(RowException.class, reader::read);
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage(problem.toString());
            if (problem.code() == ProblemCode.MODEL_RULE) {
                assertThat(e).hasCauseInstanceOf(ValidationException.class);
            }
            assertThat(reader.read().line()).isEqualTo(4);
            assertThat(reader.read()).isNull();
            assertThat(reader.rowsRead()).isEqualTo(reader.rowsAccepted() + reader.rowsRefused()).isEqualTo(3);
            assertThat(reader.problems()).containsExactly(problem);
        }
    }

    @Test
    void toModel_refuses_with_the_same_message() {
        assertThatThrownBy(() -> IcewsRows.toModel(List.of("1", "2")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ICEWS row must have 20 fields, got 2");
    }
    //-----------------------------------------------------------------------
    /** Cells a mutated row may hold: missing marks, odd numbers, odd dates, odd codes, odd texts. */
    private static final String[] CELLS = {"NA", "", " ", "x", "0", "-0", "01", "1", "7", "1.50", "-10", "10.5", "95",
        "-180", "180.0001", "2018-06-31", "2018-06-02", "2018-6-1", "999", "010", "190", "14", "0211",
        "Government,,Executive", "Government,Government", ",", "Russian Federation", "United States", "Narnia",
        "Occupied Palestinian Territory", "a\u0007b", "\u202Eevil", "x".repeat(250), "1e3", "+1", "NaN", "Beijing",
        "\"quoted\"", "Zürich", "NA NA"};

    /**
     * Seeded: rows of the sample with random cells changed (and now and then a field dropped) are
     * each either accepted, and then written back as they were read, or refused with a problem of
     * their line, naming a cell that the row holds; no other exception, every row counted once.
     */
    @Test
    void a_row_of_any_cells_is_written_back_exactly_or_refused_with_its_problem() throws IOException {
        long seed = Long.getLong("demarche.seed", 20180601L);
        Random random = new Random(seed);
        List<List<String>> sample = SampleFiles.readTsv(FILE).subList(1, 304);
        List<List<String>> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 3000; i++) {
            List<String> row = new ArrayList<>(sample.get(random.nextInt(sample.size())));
            for (int changes = 1 + random.nextInt(3); changes > 0; changes--) {
                int column = random.nextInt(row.size());
                String cell = CELLS[random.nextInt(CELLS.length)];
                // jackson-dataformat-csv drops the spaces that begin a line: no Event ID begins with one
                row.set(column, column == 0 ? cell.strip() : cell);
            }
            if (random.nextInt(100) == 0) {
                row.remove(random.nextInt(row.size()));
            }
            rows.add(row);
            text.append(String.join("\t", row)).append('\n');
        }
        Set<Long> lines = new HashSet<>();
        try (FormatReader reader = Formats.reader(DataFormat.ICEWS,
                new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                COLLECT.withMaxProblems(rows.size()))) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                List<String> original = rows.get((int) row.line() - 2);
                assertThat(IcewsRows.toRow(row)).as("seed %d, line %d", seed, row.line()).isEqualTo(original);
                assertThat(lines.add(row.line())).isTrue();
            }
            for (RowProblem problem : reader.problems()) {
                List<String> original = rows.get((int) problem.line() - 2);
                assertThat(lines.add(problem.line())).as("seed %d: %s", seed, problem).isTrue();
                problem.column().ifPresent(column -> assertThat(problem.value())
                        .as("seed %d: %s in %s", seed, problem, original).contains(original.get(IcewsRows.COLUMNS.indexOf(column))));
            }
            assertThat(reader.rowsRead()).isEqualTo(rows.size());
            assertThat(reader.rowsAccepted() + reader.rowsRefused()).isEqualTo(rows.size());
            assertThat(reader.rowsAccepted()).as("seed %d: rows accepted", seed).isGreaterThan(rows.size() / 4);
            assertThat(reader.problemCounts().keySet()).as("seed %d", seed).contains(ProblemCode.FIELD_COUNT,
                    ProblemCode.NOT_A_DATE, ProblemCode.NOT_A_NUMBER, ProblemCode.UNKNOWN_CODE, ProblemCode.MODEL_RULE);
        }
        assertThat(lines).hasSize(rows.size());
    }
}
